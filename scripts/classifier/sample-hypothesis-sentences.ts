/**
 * @module One-off sampler that chose which real sentences to label for the sentence-act corpus
 * (kept for the record; `npx tsx scripts/classifier/sample-hypothesis-sentences.ts > /tmp/candidates.tsv`; the
 * corpus rows are its output in order).
 * Cheap cue words over-sample sentences likely to state a cause or rule one out, so both classes
 * are represented; the rest is a plain sample. The cue only chose what to read: every sampled
 * sentence was then labelled by reading it, and the classifier never sees which stratum it came from.
 */
import {
  readFarsecReports,
  readIssueComments,
  readNlbseBodies,
  readPostmortems,
  type SentenceSpan,
  splitHypothesisSentences,
} from './act-corpus-sources.js';
import { stableHash } from './stable-hash.js';

const CUE =
  /\b(?:suspect|probably|likely|seems?|looks? like|because|caus\w+|due to|root cause|reason|i think|i believe|guess|theory|might be|could be|culprit|turns? out|not the|ruled? out|unrelated|nothing to do|isn'?t the|result(?:s|ed)? (?:in|from)|led to|triggered)\b/i;

function sample(
  spans: readonly SentenceSpan[],
  cued: number,
  plain: number,
  taken: readonly SentenceSpan[] = [],
  perDocLimit = 3,
): SentenceSpan[] {
  const seen = new Set<string>(taken.map((s) => s.text.toLowerCase()));
  const perDoc = new Map<string, number>();
  const ordered = [...spans].sort(
    (a, b) => stableHash(`${a.doc}@${a.start}`) - stableHash(`${b.doc}@${b.start}`) || a.start - b.start,
  );
  const out: SentenceSpan[] = [];
  let c = 0;
  let p = 0;
  for (const s of ordered) {
    const key = s.text.toLowerCase();
    if (seen.has(key) || (perDoc.get(s.doc) ?? 0) >= perDocLimit) continue;
    const isCued = CUE.test(s.text);
    if (isCued ? c >= cued : p >= plain) continue;
    seen.add(key);
    perDoc.set(s.doc, (perDoc.get(s.doc) ?? 0) + 1);
    if (isCued) c++;
    else p++;
    out.push(s);
  }
  return out;
}

const issues = readNlbseBodies().flatMap(splitHypothesisSentences);
const round1 = [
  ...sample(issues, 550, 350),
  ...sample(readPostmortems().flatMap(splitHypothesisSentences), 250, 150),
];
// round 2: round 1 gave too few causes in issue language (127 of 900), so more cued issue sentences
const round2 = [...round1, ...sample(issues, 500, 0, round1)];
// round 3: still few (148 of 1,012), so up to 6 more cued sentences an issue (only 13 left)
const round3 = [...round2, ...sample(issues, 500, 0, round2, 6)];
// round 4: bug reports from another tracker, mostly cued
const round4 = [...round3, ...sample(readFarsecReports().flatMap(splitHypothesisSentences), 450, 100)];
// round 5: replies in issue threads, the register of a support escalation's internal chat
const picked = [...round4, ...sample(readIssueComments().flatMap(splitHypothesisSentences), 450, 150)];
for (const s of picked)
  console.log([s.source, s.doc, s.start, s.end, s.text.replace(/\s+/g, ' ')].join('\t'));
