/**
 * @module Whether a sentence says work cannot go on, read from structure over the language layer's
 * tokens: an inability ("we can't submit the claims", "unable to print"), a function denied ("the
 * labels do not print", "payouts never arrive"), or a stopped state ("held up", "stuck", "blocked",
 * "locked out") that nothing denies. Never a stance put as an inability ("can't wait", "can't
 * afford this", "can't see why"): that is a burden or a doubt, not a stopped workflow.
 */
import { isDenied } from '../language/polarity.js';
import { readsEveryoneFails } from '../language/reads-everyone-fails.js';
import type { Sentence, Token } from '../language/types.js';

// a stopped state (lemmas and normal forms): "blocked", "stuck", "halted", "unable to", "locked out"
const STOPPED = new Set(['block', 'stuck', 'halt', 'unable']);
// what a working system does (lemmas): denied at once ("does not load", "never arrive"), it fails
const FUNCTIONING = new Set(['work', 'load', 'sync', 'arrive', 'send', 'get', 'receive']);
// verbs of stance or knowing after "can't": a feeling or a doubt, not an inability to work
const STANCE = new Set([
  'afford',
  'wait',
  'believe',
  'imagine',
  'stress',
  'emphasize',
  'emphasise',
  'thank',
  'overstate',
  'tell',
  'say',
  'prove',
  'rule',
]);
// "can't see why", "can't understand how": a doubt; "can't see the invoices" is not
const KNOWING = new Set(['see', 'understand']);
const WH = new Set(['why', 'how', 'what', 'whether', 'if']);
const NEGATORS = new Set(['not', 'never']);
// "can't afford checkout errors": a failure they cannot bear is work that cannot go on; "can't
// afford this" or "the time" is a cost
const FAILURES = new Set(['error', 'failure', 'outage', 'downtime', 'bug', 'problem', 'issue', 'delay']);
const NOUN_PHRASE = 4;

/** A verb whose object, within a short noun phrase, names a failure ("afford checkout errors"). */
function namesFailure(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + NOUN_PHRASE && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos)) return false;
    if (t.pos === 'NOUN' && has(t, FAILURES)) return true;
  }
  return false;
}

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

/** "can't submit", "cannot even open": an inability, unless the verb is a stance. */
function cannot(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'can' || tokens[i + 1]?.normal !== 'not') return false;
  let k = i + 2;
  while (tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  if (!verb) return false;
  if (has(verb, STANCE)) return verb.lemma === 'afford' && namesFailure(tokens, k);
  return !(has(verb, KNOWING) && has(tokens[k + 1], WH));
}

/** "do not load", "are not arriving", "never show up": a function denied right before its verb. */
function functionDenied(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // the tagger reads "does not work" as a noun after the auxiliary
  const doSupport = tokens[i - 1]?.normal === 'not' && tokens[i - 2]?.pos === 'AUX';
  if (!t || (t.pos !== 'VERB' && !doSupport)) return false;
  const works = has(t, FUNCTIONING) || (t.lemma === 'show' && tokens[i + 1]?.normal === 'up');
  // "we don't get any errors" says it works
  if (!works || namesFailure(tokens, i)) return false;
  const before = tokens[i - 1]?.pos === 'ADV' && !has(tokens[i - 1], NEGATORS) ? i - 2 : i - 1;
  return has(tokens[before], NEGATORS) && !imperative(tokens, before - 1);
}

// what may open an instruction before "do not": "please", a mention, a greeting's comma
const OPENERS = new Set(['please', 'pls', 'kindly']);

/** "Please don't send that", "@Ana do not send it yet": an instruction (no subject before "do"), not a failure. */
function imperative(tokens: readonly Token[], aux: number): boolean {
  if (tokens[aux]?.lemma !== 'do') return false;
  const prev = tokens[aux - 1];
  return !prev || prev.pos === 'PUNCT' || has(prev, OPENERS) || prev.text.startsWith('@');
}

/** "blocked", "stuck", "locked out", not denied ("no longer blocked", "isn't stuck"). */
function stopped(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  const isStopped = has(t, STOPPED) || (t?.lemma === 'lock' && s.tokens[i + 1]?.normal === 'out');
  // a state is an inflected form or an adjective ("blocked", "stuck", "unable"); a bare "block" the
  // tagger calls a verb is mostly the noun ("the code block")
  const state = t !== undefined && t.pos !== 'NOUN' && (t.normal !== t.lemma || t.pos !== 'VERB');
  return isStopped && state && !isDenied(s, i);
}

/** True when the sentence, not a question, says something cannot be done or does not work, or fails for everyone. */
export function readsBlocked(s: Sentence): boolean {
  // a question asks; the layer's \`question\` also takes an unpunctuated "Cannot read …" line for
  // one (it opens with an auxiliary), which states an inability
  if (s.text.trimEnd().endsWith('?')) return false;
  const tokens = s.tokens;
  const one = tokens.some((_, i) => cannot(tokens, i) || functionDenied(tokens, i) || stopped(s, i));
  return one || readsEveryoneFails(s);
}
