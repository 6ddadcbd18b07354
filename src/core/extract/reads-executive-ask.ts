/**
 * @module Whether a sentence brings in someone senior, read from structure over the language
 * layer's tokens: reaching out to a senior title ("escalate it to our COO", "talk with your VP"),
 * a senior title who will reach ours ("our CFO, Dana, will phone yours"), a title-to-title meeting
 * ("CEO-to-CEO"), an executive's attention or sponsorship, a "head of" / "VP of" a department, or
 * "someone senior". Never a senior person merely present ("our CEO joined the demo") nor an
 * escalation to a team ("escalated to our IT team").
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

// senior titles (normal forms)
const SENIOR = new Set([
  'ceo',
  'cto',
  'cio',
  'coo',
  'cfo',
  'cro',
  'president',
  'founder',
  'chairman',
  'chairwoman',
  'director',
  'vp',
  'svp',
  'evp',
  'executive',
  'exec',
  'leadership',
  'senior',
]);
// reaching someone (lemmas): "call", "ring", "escalate", "take (it) to", "a meeting with"
const REACHING = new Set([
  'call',
  'ring',
  'phone',
  'email',
  'contact',
  'speak',
  'talk',
  'write',
  'escalate',
  'escalation',
  'take',
  'meet',
  'meeting',
]);
// what an executive gives a case: "exec sponsor", "executive attention"
const BACKING = new Set(['sponsor', 'attention']);
// titles that head a department: "head of support", "VP of Engineering"
const HEADS = new Set(['head', 'vp', 'director']);
const PEOPLE = new Set(['someone', 'somebody']);
const POSSESSIVE = new Set(['your', 'our', 'my', 'their']);
const WINDOW = 6;

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

/** "escalate it straight to our own COO", "talk with your VP": reaching, then to/with, then a title. */
function reachesSenior(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  if (!has(tokens[i], REACHING) || isDenied(s, i)) return false;
  for (let k = i + 1; k <= i + WINDOW && k < tokens.length; k++) {
    if (tokens[k]?.pos === 'PUNCT') return false;
    if (tokens[k]?.normal !== 'to' && tokens[k]?.normal !== 'with') continue;
    for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
      const t = tokens[j];
      if (has(t, SENIOR)) return true;
      if (!t || !['DET', 'PRON', 'ADJ', 'VERB'].includes(t.pos)) return false;
    }
    return false;
  }
  return false;
}

/** "our CEO will call yours", "our CFO, Dana, is going to phone yours": a title reaching ours. */
function seniorReachesYours(tokens: readonly Token[], i: number): boolean {
  if (!has(tokens[i], SENIOR)) return false;
  for (let k = i + 1; k <= i + WINDOW + 2 && k < tokens.length; k++) {
    if (!has(tokens[k], REACHING) || tokens[k]?.pos !== 'VERB') continue;
    let j = k + 1;
    while (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'ADP') j++;
    if (tokens[j]?.normal === 'your' || tokens[j]?.normal === 'yours') return true;
  }
  return false;
}

function namesSenior(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "CEO-to-CEO"
  if (
    has(t, SENIOR) &&
    tokens.slice(i + 1, i + 5).some((x, k, a) => x.normal === 'to' && has(a[k + 2], SENIOR))
  )
    return true;
  // "exec sponsor", "executive attention", "an exec call"
  if ((t?.normal === 'exec' || t?.normal === 'executive') && (has(next, BACKING) || has(next, REACHING)))
    return true;
  // "get your VP of Support on a call": a department's head, someone's, with a reaching word; a
  // signature's "Head of BI" brings nobody in
  const head = has(t, HEADS) && next?.normal === 'of' && ['NOUN', 'PROPN'].includes(tokens[i + 2]?.pos ?? '');
  if (head && POSSESSIVE.has(tokens[i - 1]?.normal ?? '') && tokens.some((x) => has(x, REACHING)))
    return true;
  return has(t, PEOPLE) && next?.normal === 'senior';
}

/** True when the sentence brings in, or threatens to bring in, someone senior. */
export function readsExecutiveAsk(s: Sentence): boolean {
  const tokens = s.tokens;
  return tokens.some(
    (_, i) => reachesSenior(s, i) || seniorReachesYours(tokens, i) || namesSenior(tokens, i),
  );
}
