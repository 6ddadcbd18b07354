/**
 * @module Draws the sentences that were labelled for the attempt corpus (printed as TSV: source, doc,
 * start, end, text). Attempts are rare in issue text, so half the sample comes through a cheap filter
 * (first person with a past-tense verb, "tried", "still", "no luck" …) and half at random; every drawn
 * sentence was then labelled by reading it. The filter only chooses what to read, never the label.
 *
 *   npx tsx scripts/classifier/sample-act-sentences.ts nlbse 900 > /tmp/nlbse-sample.tsv
 *   npx tsx scripts/classifier/sample-act-sentences.ts farsec 300 2 > /tmp/farsec-round2.tsv
 */
import {
  farsecDocuments,
  nlbseDocuments,
  postmortemDocuments,
  type Sentence,
  splitAttemptSentences,
} from './act-corpus-sources.js';
import { stableHash } from './stable-hash.js';

const LIKELY =
  /\b(?:i|we)(?:'ve| have| had| also| then| just| already)? [a-z]+ed\b|\b(?:tried|still|no luck|no change|same (?:error|result|issue)|didn'?t (?:help|work)|reinstall|restart|downgrad|upgrad|clear)/i;

// round 2 reads the other half of the sentences and draws only through the filter (more attempts)
// incident write-ups tell what the team did in the third person
const LIKELY_POSTMORTEM =
  /\b(?:we|they|engineers?|team|operators?|staff)(?: have| had| then| also| manually| quickly)? [a-z]+ed\b/i;

const [source = 'nlbse', countArg = '600', round = '1'] = process.argv.slice(2);
const half = round === '2' ? Number(countArg) : Math.floor(Number(countArg) / 2);
const docs =
  source === 'farsec'
    ? farsecDocuments()
    : source === 'postmortems'
      ? postmortemDocuments()
      : nlbseDocuments();
// write-ups are short and few (242): more of each is read
const perReport = source === 'postmortems' ? 8 : 3;
// one copy of a repeated sentence (templates, quoted text), at most three sentences of a report
const sentences: Sentence[] = [];
const seen = new Set<string>();
for (const [doc, text] of docs) {
  let n = 0;
  for (const s of splitAttemptSentences(doc, text)) {
    const norm = s.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(norm)) continue;
    seen.add(norm);
    // the high bits: FNV-1a's low bits mix poorly
    if (stableHash(`${doc}|${s.start}`) >>> 31 === (round === '2' ? 1 : 0) && n++ < perReport)
      sentences.push(s);
  }
}
const key = (s: Sentence) => stableHash(`${source}|${s.doc}|${s.start}`);
const ordered = [...sentences].sort((a, b) => key(a) - key(b));
const filter = source === 'postmortems' ? LIKELY_POSTMORTEM : LIKELY;
const likely = ordered.filter((s) => filter.test(s.text)).slice(0, half);
const taken = new Set(likely);
const random = ordered.filter((s) => !taken.has(s)).slice(0, Number(countArg) - half);
for (const s of [...likely, ...random])
  console.log([source, s.doc, s.start, s.end, s.text.replace(/\s+/g, ' ')].join('\t'));
