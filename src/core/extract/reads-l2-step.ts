/**
 * @module Whether a sentence says a step is one only our second support tier may take: "only L2
 * can reset a pinned key", "L2 only", "this needs tier 2 to rebuild the snapshots", "that's L2's
 * runbook", "restricted to level 2". Tier 1 then cannot finish the case, though nothing is broken.
 * Read from structure: the tier's name ("L2", "tier 2", "level 2", "second line", with "team" or
 * "support" after it) restricted by "only", needed for a step ("needs L2 to …"), owning a procedure
 * ("L2's runbook"), reserved ("restricted to L2"), needed by possession ("needs L2's bulk merge"),
 * a named L2 team closing a title with "only" ("(L2 Data Ops only)"), or a case or document given to
 * it ("Owner: L2 Data Ops", "assigned this conversation to the L2 team"). Never asked, denied or
 * inside a condition's clause, and never "L2 only supports vectors" or "the L2 cache" (a cache, a
 * layer or a norm: the hardware and maths senses of the name).
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const SHORT = new Set(['l2', 't2']);
const NUMBERED = new Set(['tier', 'level']);
// what may follow the tier's name and still name it: "the L2 team", "tier 2 support"
const HEAD = new Set(['team', 'support', 'engineer', 'engineers', 'agent', 'agents', 'queue']);
// what a tier owns that tier 1 may not run: "L2's runbook", "an L2 procedure"
const PROCEDURE = new Set(['runbook', 'procedure', 'playbook']);
const NEEDING = new Set(['need', 'require']);
const RESERVING = new Set(['restrict', 'reserve', 'limit']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our']);
// "L2 cache", "L2 norm", "tier 2 city": the name's other senses, never a support tier
const OTHER_SENSE = new Set([
  'cache',
  'caches',
  'layer',
  'layers',
  'level',
  'norm',
  'norms',
  'regularization',
  'regularisation',
  'penalty',
  'loss',
  'distance',
  'switch',
  'switching',
  'miss',
  'misses',
  'hit',
  'hits',
  'tlb',
  'memory',
  'ram',
  'block',
  'blocks',
  'line',
  'lines',
  'city',
  'cities',
  'bank',
  'banks',
  'supplier',
  'suppliers',
]);
// "Owner: L2 Data Ops", "assigned to L2": the case or document given to the tier
const GIVING = new Set(['assign', 'reassign', 'transfer', 'route']);
const OWNER_LABEL = new Set(['owner', 'owners', 'assignee', 'owned']);

/** The last token of the tier's name starting at `i` (with its head nouns), or -1. */
function tierEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  let end = -1;
  if (SHORT.has(t.normal)) end = i;
  else if (NUMBERED.has(t.normal) && tokens[i + 1]?.normal === '2') end = i + 1;
  else if (t.normal === 'second') {
    const dash = tokens[i + 1]?.text === '-' ? 1 : 0;
    if (tokens[i + 1 + dash]?.normal === 'line') end = i + 1 + dash;
  }
  if (end < 0) return -1;
  if (OTHER_SENSE.has(tokens[end + 1]?.normal ?? '')) return -1;
  while (HEAD.has(tokens[end + 1]?.normal ?? '')) end++;
  return end;
}

const titleCase = (w: string): boolean =>
  w.length > 1 &&
  w[0] !== w[0]?.toLowerCase() &&
  w.slice(1) === w.slice(1).toLowerCase() &&
  w.toLowerCase() !== w.toUpperCase();

/** Past a capitalised team name after the tier ("L2 Data Ops"): at most three words. */
function teamNameEnd(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k - end < 3 && titleCase(tokens[k + 1]?.text ?? '')) k++;
  return k;
}

/** The index of the token before `i`, past determiners. */
function before(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]?.normal ?? '')) k--;
  return k;
}

function restricts(tokens: readonly Token[], start: number, end: number): boolean {
  const at = before(tokens, start);
  const prior = tokens[at];
  const next = tokens[end + 1];
  // "only L2 can reset it", "only the second-line team may unlock it"
  if (prior?.normal === 'only' && (next?.pos === 'AUX' || next?.pos === 'VERB')) return true;
  // "L2 only", "that's L2 only.", "(L2 Data Ops only)": "only" closes the sentence
  const named = teamNameEnd(tokens, end);
  for (const last of new Set([end, named]))
    if (tokens[last + 1]?.normal === 'only' && tokens.slice(last + 2).every((t) => t.pos === 'PUNCT'))
      return true;
  // "needs L2 to rebuild …", "requires a tier 2 engineer to …", "needs L2's bulk merge"
  const possessive =
    (next?.normal === "'s" || next?.normal === '’s') && !OTHER_SENSE.has(tokens[end + 2]?.normal ?? '');
  if (prior && NEEDING.has(prior.lemma) && (next?.normal === 'to' || possessive)) return true;
  // "Owner: L2 Data Ops", "assigned this conversation to the L2 team": a team, never a bare "L2"
  // ("the GPU is assigned to L2", "files assigned to L2" are layers and lanes)
  if (prior?.normal === ':' && OWNER_LABEL.has(tokens[at - 1]?.normal ?? '') && at - 1 === 0) return true;
  const team = named > end || HEAD.has(tokens[end]?.normal ?? '');
  if (team && prior?.normal === 'to' && givenBefore(tokens, at)) return true;
  // "L2's runbook", "an L2 procedure"
  const owned = possessive ? tokens[end + 2] : next;
  if (owned && PROCEDURE.has(owned.lemma)) return true;
  // "restricted to L2", "reserved for level 2"
  const verb = tokens[at - 1];
  return (
    (prior?.normal === 'to' || prior?.normal === 'for') && verb !== undefined && RESERVING.has(verb.lemma)
  );
}

/** "assigned (this conversation) to" before the "to" at `to`: a verb of giving within four words. */
function givenBefore(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= 0 && k >= to - 4; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT') return false;
    if (GIVING.has(t.lemma)) return true;
  }
  return false;
}

/** "if L2 can reset it, …": token `i` follows "if" or "unless" within its clause. */
function insideCondition(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.normal === ',' || t.normal === ';' || t.normal === ':') return false;
    if (t.normal === 'if' || t.normal === 'unless') return true;
  }
  return false;
}

/** True when the sentence says a step is one only the second support tier may take. */
export function readsL2Step(s: Sentence): boolean {
  if (s.question) return false;
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const end = tierEnd(tokens, i);
    if (end < 0) continue;
    if (isDenied(s, i) || insideCondition(tokens, i)) continue;
    if (restricts(tokens, i, end)) return true;
  }
  return false;
}
