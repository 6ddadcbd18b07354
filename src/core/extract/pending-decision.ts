/**
 * @module A decision still waiting on someone named: "needs Finance to decide …", "the refund is
 * for the VP to decide", "Marta decides at 17:00 whether …", "waiting on Legal's approval of …".
 * Read from token order and part of speech: who decides (a name or a role), what about (the object
 * with its modifiers, a numbered list kept as options) and by when.
 */
import { analyze } from '../language/analyze.js';
import { textCue } from '../language/text-cue.js';
import type { Sentence, Token } from '../language/types.js';
import { opensQuestion } from './direct-question.js';

export interface PendingDecision {
  readonly decider: string;
  /** 'approve' for approvals and sign-offs, 'decide' for choices */
  readonly act: 'approve' | 'decide';
  /** what is decided, as written (empty when the sentence does not say) */
  readonly thing: string;
  /** "at 17:00", "before Friday" (may be empty) */
  readonly deadline: string;
}

const DECIDE = new Set(['decide', 'choose']);
const APPROVE = new Set(['approve', 'sign']);
const DECISION_NOUNS = new Set(['approval', 'decision', 'sign-off', 'signoff', 'go-ahead', 'call']);
// who can hold a decision besides a name: a role or a function of the company
const ROLES = new Set(
  'team lead manager owner officer director head board committee legal finance product leadership security compliance engineering billing procurement management customer client admin pm dpo vp cfo ceo cto coo'.split(
    ' ',
  ),
);
const WAITS = new Set(['need', 'require', 'wait', 'ask', 'want', 'await']);
const DEADLINE_PREP = new Set([
  'at',
  'by',
  'before',
  'on',
  'until',
  'within',
  'today',
  'tomorrow',
  'tonight',
]);
// where the object ends: a subordinate clause or a contrast begins ("… first since it's evidence")
const CLAUSE_OPENERS = new Set([
  'since',
  'once',
  'because',
  'until',
  'unless',
  'while',
  'as',
  'so',
  'but',
  'not',
]);
const BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')']);
const IS = new Set(['is', 'are', "'s", 'was']);
const NOUNISH = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
// every reading needs one of these words (see the loop in readPendingDecision); a sentence that
// cannot hold any of them is not analysed
const MAY_DECIDE = textCue([...DECIDE, ...APPROVE], [...DECISION_NOUNS, 'up']);

// a dash breaks a clause when it stands alone ("… - needs a query"), not inside a word ("late-fee")
const breaks = (text: string, t: Token | undefined): boolean =>
  t !== undefined && BREAKS.has(t.text) && (t.text !== '-' || text[t.start - 1] === ' ');
const caps = (t: Token): boolean => t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
const acronym = (t: Token): boolean =>
  t.text.length >= 2 && t.text.length <= 5 && t.text === t.text.toUpperCase() && caps(t);
const PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those']);
const END_PUNCT = new Set([' ', ',', ';', ':', '.', '!', '?']);
// the text without spaces and punctuation at its end
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && END_PUNCT.has(text.charAt(end - 1))) end--;
  return text.slice(0, end).trim();
}

/** True when the tokens name someone who can decide: a name, an acronym or a role noun. */
function namesDecider(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 6) return false;
  if (tokens.some((t) => t.pos === 'PRON' || t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return tokens.some((t) => (t.pos === 'PROPN' && caps(t)) || ROLES.has(t.normal) || acronym(t));
}

/** The noun phrase that ends right before index `end` (exclusive): names, roles, "and", "+". */
function phraseBefore(tokens: readonly Token[], end: number): [number, number] {
  let i = end;
  while (i > 0) {
    const t = tokens[i - 1] as Token;
    const joins = t.pos === 'CCONJ' || t.text === '+' || t.text === '&' || t.text === '/';
    if (!(NOUNISH.has(t.pos) || joins) || t.pos === 'NUM') break;
    i--;
  }
  while (i < end && tokens[i]?.pos === 'CCONJ') i++;
  return [i, end];
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0).trim();
}

/** Where the deadline words are: "at 17:00", "before Friday", "by 12 December", "today". */
function deadlineSpan(s: Sentence, from: number): [number, number] | null {
  const { tokens } = s;
  const dated = (t: Token | undefined): boolean =>
    t !== undefined &&
    ((t.pos === 'NUM' && t.text.includes(':')) ||
      s.entities.some(
        (e) => (e.type === 'date' || e.type === 'time') && t.start >= e.start && t.end <= e.end,
      ));
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!DEADLINE_PREP.has(t.normal)) continue;
    if (dated(t)) return [i, i + 1];
    let j = i + 1;
    while (dated(tokens[j])) j++;
    if (j > i + 1) return [i, j];
  }
  return null;
}

/** The thing decided: what follows the verb up to the next clause, a numbered list kept whole as options. */
function objectAfter(
  text: string,
  tokens: readonly Token[],
  start: number,
  deadline: [number, number] | null,
): string {
  let from = start;
  // "decides at 17:00 whether …": the deadline is not the object
  if (deadline && deadline[0] === from) from = deadline[1];
  if (['off', 'on', 'of'].includes(tokens[from]?.normal ?? '')) from++;
  // "(1) … (2) …": each marker is a number closed by a bracket
  const marks = tokens.flatMap((t, i) =>
    i >= from && t.pos === 'NUM' && tokens[i + 1]?.text === ')' ? [i] : [],
  );
  if (marks.length >= 2) {
    const options = marks.map((m, n) => {
      const next = marks[n + 1];
      const to = next === undefined ? tokens.length : tokens[next - 1]?.text === '(' ? next - 1 : next;
      return trimEnd(slice(text, tokens, m + 2, to));
    });
    return options.filter(Boolean).join('; ');
  }
  const first = tokens[from];
  // "decide first since …", "decide that, not us": no object of its own
  if (!first || !(NOUNISH.has(first.pos) || opensQuestion(first.text) || first.normal === 'to')) return '';
  let end = from;
  while (end < tokens.length && !breaks(text, tokens[end]) && !CLAUSE_OPENERS.has(tokens[end]?.normal ?? ''))
    end++;
  if (deadline && deadline[0] > from && deadline[0] < end) end = deadline[0];
  // "decide first": a clause or a noun is a thing, an adjective alone is not
  const clause = opensQuestion(first.text) || first.normal === 'to';
  if (!clause && !tokens.slice(from, end).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return '';
  return trimEnd(slice(text, tokens, from, end));
}

/** "… ; relocation costs are for X to decide": the subject of its own clause, after the last break. */
function subjectBefore(text: string, tokens: readonly Token[], end: number): string {
  let from = end;
  while (from > 0 && !breaks(text, tokens[from - 1]) && tokens[from - 1]?.text !== '.') from--;
  while (from < end && (tokens[from]?.pos === 'CCONJ' || tokens[from]?.pos === 'ADV')) from++;
  return slice(text, tokens, from, end);
}

/** The pending decision a sentence speaks of, or null. */
export function readPendingDecision(sentence: string): PendingDecision | null {
  const text = sentence.trim();
  if (!MAY_DECIDE.test(text)) return null;
  const read = analyze(text).sentences;
  if (read.length !== 1) return null;
  const s = read[0];
  if (!s || s.question || (s.conditional && opensQuestion(text) && s.tokens[0]?.normal !== 'whether'))
    return null;
  const tokens = s.tokens;
  // "Status page: Tomoko decides at 17:00": a short label names the thing
  const colon = tokens.findIndex((t) => t.text === ':');
  const label = colon > 0 && colon <= 4 ? slice(text, tokens, 0, colon) : '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const lemma = t.lemma || t.normal;
    // every reading below needs one of these words; the rest are passed before the deadline is
    // looked for (a scan to the sentence's end from every token)
    if (!(DECIDE.has(lemma) || APPROVE.has(lemma) || DECISION_NOUNS.has(t.normal) || t.normal === 'up'))
      continue;
    const verb = (t.pos === 'VERB' || t.pos === 'NOUN') && (DECIDE.has(lemma) || APPROVE.has(lemma));
    if (lemma === 'sign' && tokens[i + 1]?.normal !== 'off') continue;
    if (t.negated) continue;
    // a decision made ("approved", "decided") is no longer pending
    if (verb && (t.normal.endsWith('ed') || t.normal.endsWith('ing')) && tokens[i - 1]?.normal !== 'to')
      continue;
    const act = APPROVE.has(lemma) || t.normal === 'approval' ? 'approve' : 'decide';
    const deadline = deadlineSpan(s, i + 1);
    const when = deadline ? slice(text, tokens, deadline[0], deadline[1]) : '';
    const after = i + (lemma === 'sign' ? 2 : 1);
    if (verb && tokens[i - 1]?.normal === 'to') {
      // "needs X to decide", "is for X to decide", "waiting for X to approve"
      const [a, b] = phraseBefore(tokens, i - 1);
      const before = tokens[a - 1];
      if (!namesDecider(tokens.slice(a, b)) || !before) continue;
      if (!WAITS.has(before.lemma || before.normal) && before.normal !== 'for') continue;
      const decider = slice(text, tokens, a, b);
      // "the refund is for Finance to decide": the subject is the thing
      if (before.normal === 'for' && IS.has(tokens[a - 2]?.normal ?? ''))
        return { decider, act, thing: subjectBefore(text, tokens, a - 2), deadline: when };
      const waiting = tokens[a - 2];
      if (before.normal === 'for' && !WAITS.has(waiting?.lemma || waiting?.normal || '')) continue;
      return { decider, act, thing: objectAfter(text, tokens, after, deadline) || label, deadline: when };
    }
    if (verb && t.pos === 'VERB') {
      // "Marta decides at 17:00 …", "Legal will decide which …", "until Product approves the toggle"
      let end = i;
      while (end > 0 && (tokens[end - 1]?.pos === 'AUX' || tokens[end - 1]?.pos === 'ADV')) end--;
      const [a, b] = phraseBefore(tokens, end);
      if (b === a || !namesDecider(tokens.slice(a, b))) continue;
      const decider = slice(text, tokens, a, b);
      return { decider, act, thing: objectAfter(text, tokens, after, deadline) || label, deadline: when };
    }
    if (t.normal === 'up' && tokens[i + 1]?.normal === 'to' && IS.has(tokens[i - 1]?.normal ?? '')) {
      // "whether to roll back is up to the release manager"
      let b = i + 2;
      while (b < tokens.length && (NOUNISH.has(tokens[b]?.pos ?? '') || tokens[b]?.pos === 'CCONJ')) b++;
      if (!namesDecider(tokens.slice(i + 2, b))) continue;
      const thing = subjectBefore(text, tokens, i - 1);
      return { decider: slice(text, tokens, i + 2, b), act: 'decide', thing, deadline: when };
    }
    if (DECISION_NOUNS.has(t.normal) && tokens[i - 1]?.normal === "'s") {
      // "waiting on Priya's approval of the credit note", "whether we do it is Pilar's call"
      const [a, b] = phraseBefore(tokens, i - 1);
      if (!namesDecider(tokens.slice(a, b))) continue;
      const decider = slice(text, tokens, a, b);
      const of = tokens[i + 1]?.normal ?? '';
      const thing = ['of', 'on', 'for'].includes(of)
        ? objectAfter(text, tokens, i + 2, deadline)
        : IS.has(tokens[a - 1]?.normal ?? '')
          ? subjectBefore(text, tokens, a - 1)
          : '';
      return { decider, act: t.normal === 'call' ? 'decide' : act, thing: thing || label, deadline: when };
    }
  }
  return null;
}

// "Rollout" opens the question's object in lower case; "VP CS" and "EU" keep theirs
const lower = (s: string): string =>
  s.charAt(1) === s.charAt(1).toLowerCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** The question a lead asks: "Will Finance approve the refund before Friday?"; null when nothing names the thing. */
export function decisionQuestion(d: PendingDecision, context = ''): string | null {
  const thing = d.thing || trimEnd(context);
  // "decides that": the pronoun names nothing a reader of the list can see
  if (!thing || PRONOUNS.has(thing.toLowerCase())) return null;
  const when = d.deadline ? ` ${d.deadline}` : '';
  // "decide the refund" reads as "decide on the refund"; "decide whether …" needs nothing
  const on =
    d.act === 'decide' && !opensQuestion(thing) && !thing.toLowerCase().startsWith('to ') ? 'on ' : '';
  return `Will ${d.decider} ${d.act} ${on}${lower(thing)}${when}?`;
}
