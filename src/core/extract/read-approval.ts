/**
 * @module One reading of a sentence that says an approval or a decision lies with someone: who
 * (a name, a role, a function: "Finance", "the Head of Support", "product"), what about, by when,
 * and whether it is still pending, already given or declined. "Needs product sign-off", "waiting
 * for Finance to sign off the refund", "the voucher is for the account director to decide", "a
 * decision from legal", "Priya's approval of the credit note", "Product approved the change" (given),
 * "Legal rejected the clause" (declined), "not mine to approve" (pending, no one named). Read from
 * token order, part of speech and wink's negation scope; the only words listed are the decision
 * words themselves and the roles that can hold a decision.
 */
import { isDenied } from '../language/polarity.js';
import { looksPast } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';
import { opensQuestion } from './direct-question.js';
import { COMPANY } from './third-party-step.js';

export type ApprovalState = 'pending' | 'given' | 'declined';

/**
 * How the sentence names the approver: a decision verb's subject or "X to decide" ('verb'), "X's
 * approval" ('possessive'), "up to X" ('up-to'), "X sign-off" ('modifier'), "a decision from X"
 * ('from'), "escalated to X for approval" ('recipient'), "the change board meets Thursday" ('sitting'),
 * or no one ('none').
 */
export type ApprovalStructure =
  | 'verb'
  | 'possessive'
  | 'up-to'
  | 'modifier'
  | 'from'
  | 'recipient'
  | 'sitting'
  | 'none';

export interface ApprovalReading {
  /** who approves or decides, as written ("Finance", "the CFO and legal"); '' when nobody is named */
  readonly approver: string;
  /** token span [from, to) of the approver; from === to when nobody is named */
  readonly approverAt: readonly [number, number];
  /** 'approve' for approvals and sign-offs, 'decide' for choices */
  readonly act: 'approve' | 'decide';
  /** what is decided, as written (empty when the sentence does not say) */
  readonly thing: string;
  /** "at 17:00", "before Friday" (may be empty) */
  readonly deadline: string;
  readonly state: ApprovalState;
  /**
   * True when the sentence waits for it ("needs", "requires", "pending", "until", "waiting for X
   * to …", "not mine to approve"); false when it only says whose it is ("a Risk decision").
   */
  readonly awaited: boolean;
  /** the thing opens with a quantifier: a standing rule ("any credit needs VP approval"), not one decision */
  readonly rule: boolean;
  /** token span of whom the approver decides for ("Anand can decide for Product"); empty when none */
  readonly behalf: readonly [number, number];
  readonly by: ApprovalStructure;
  /** index of the decision word's first token */
  readonly at: number;
}

const DECIDE = new Set(['decide', 'choose']);
const APPROVE = new Set(['approve', 'sign']);
const DECLINE = new Set(['reject', 'decline', 'deny', 'veto', 'refuse']);
const DECISION_NOUNS = new Set(['approval', 'decision', 'sign-off', 'signoff', 'go-ahead']);
// who can hold a decision besides a name: a person's role, or a function of the company, which
// names a team only without an article ("Finance decides"; "the product decides" is what we sell)
const PEOPLE = new Set(
  'team lead manager owner officer director head board committee cab council panel leadership management mgmt customer client admin pm dpo vp cfo ceo cto coo'.split(
    ' ',
  ),
);
// another company that holds a decision of its own: "until the bank approves the mandate" (the
// parties third-party-step reads), and those that exist to rule on others
const OUTSIDE = new Set([...COMPANY, 'regulator', 'auditor']);
// a body that decides when it sits: "the change board meets Thursday", "the committee convenes on the 4th"
const BODIES = new Set(['board', 'committee', 'cab', 'council', 'panel']);
const SITS = new Set(['meet', 'convene', 'sit']);
// words of consent that approve as "approve" does: "the CAB's OK", "has to green-light it"
const CONSENT = new Set(['ok', 'okay', 'greenlight']);
const POSSESSIVES = new Set(['their', 'our', 'your', 'his', 'her', 'my', 'its']);
const FUNCTIONS = new Set(
  'legal finance product security compliance engineering billing procurement'.split(' '),
);
const WAITS = new Set(['need', 'require', 'wait', 'ask', 'want', 'await']);
// a decision already made and now held: "we got sign-off", "Legal gave the go-ahead"
const HOLDS = new Set(['get', 'give', 'receive', 'grant', 'obtain']);
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
const BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '>', '→']);
const IS = new Set(['is', 'are', "'s", 'was']);
// a subject that points back to what the clause before named
const POINTERS = new Set(['it', 'that', 'this']);
// verbs that join a subject to what describes it
const LINKING = new Set(['be', 'look', 'seem', 'sound', 'appear']);
const NOUNISH = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const OWN = new Set(['mine', 'his', 'hers', 'ours', 'yours', 'theirs']);
// "that's not my decision": the speaker's own word for a decision that lies with someone else
const MY = new Set(['my', 'his', 'her', 'our', 'your']);
// what says a decision is waited for, besides a verb of WAITS: "approval pending", "until Legal decides"
const WAITING = new Set(['pending', 'until', 'outstanding', 'subject', 'awaiting']);
// what joins two deciders ("the CFO and legal"); "but" opens a clause
const JOINS = new Set(['and', 'or', '&', '+', '/']);
// a thing that opens with a quantifier states a rule ("any credit needs VP approval"), not one decision
const QUANTIFIERS = new Set(['any', 'anything', 'every', 'everything', 'all']);
const END_PUNCT = new Set([' ', ',', ';', ':', '.', '!', '?']);

/** Every lemma or normal form a reading needs one of: callers may test raw text for them first. */
export const APPROVAL_WORDS: {
  readonly lemmas: readonly string[];
  readonly normals: readonly string[];
} = {
  lemmas: [...DECIDE, ...APPROVE, ...DECLINE, ...SITS, ...CONSENT],
  normals: [...DECISION_NOUNS, 'call', 'up', 'policy', 'green'],
};

// a dash breaks a clause when it stands alone ("… - needs a query"), not inside a word ("late-fee")
const breaks = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return t !== undefined && BREAKS.has(t.text) && (t.text !== '-' || (tokens[i - 1]?.end ?? 0) < t.start);
};
const caps = (t: Token): boolean => t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
const acronym = (t: Token): boolean =>
  t.text.length >= 2 && t.text.length <= 5 && t.text === t.text.toUpperCase() && caps(t);

/** The text without spaces and punctuation at its end. */
export function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && END_PUNCT.has(text.charAt(end - 1))) end--;
  return text.slice(0, end).trim();
}

// "mgmt." at a sentence's end: the word without its full stop
const bare = (t: Token): string => (t.normal.endsWith('.') ? t.normal.slice(0, -1) : t.normal);

/** True when a word names a role a person or a group holds ("manager", "board", "team"), which takes an article. */
export const isRoleNoun = (word: string): boolean => PEOPLE.has(word.toLowerCase());

/** True when a word names a role or a function of a company ("VP", "manager", "finance"), not a person. */
export function isRoleWord(t: Token): boolean {
  return PEOPLE.has(bare(t)) || FUNCTIONS.has(bare(t));
}

/** True when the tokens name someone who can decide: a name, an acronym, a role, a bare function. */
function namesDecider(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 8) return false;
  if (
    tokens.some(
      (t) => t.pos === 'PRON' || ((t.pos === 'VERB' || t.pos === 'AUX') && !caps(t) && !isRoleWord(t)),
    )
  )
    return false;
  const head = tokens[tokens.length - 1] as Token;
  // "the product", "the security": a function with an article is a thing
  if (FUNCTIONS.has(head.normal) && tokens.length === 2 && tokens[0]?.pos === 'DET') return false;
  return tokens.some(
    (t) => (t.pos === 'PROPN' && caps(t)) || isRoleWord(t) || acronym(t) || OUTSIDE.has(bare(t)),
  );
}

/**
 * The noun phrase that ends right before index `end` (exclusive): names, roles, "and", "+", and a
 * title's "of" ("Head of Support", "VP of Sales").
 */
function phraseBefore(tokens: readonly Token[], end: number): [number, number] {
  let i = end;
  while (i > 0) {
    const t = tokens[i - 1] as Token;
    const joins = JOINS.has(t.normal);
    const titleOf = t.normal === 'of' && caps(tokens[i] as Token) && caps(tokens[i - 2] ?? t);
    // a capitalised word inside the sentence is a name, whatever the tagger says ("Grant")
    const name = i > 1 && caps(t) && t.kind === 'word';
    // "… until 4 Jan. @Dev can decide": a word closed by a full stop ends a sentence the splitter kept
    const closes = t.text.length > 1 && t.text.endsWith('.');
    // a role the tagger took for a verb ("the DBA lead's") still names who, as in phraseAfter
    const role = isRoleWord(t) && t.pos !== 'AUX';
    if (!(NOUNISH.has(t.pos) || joins || titleOf || name || role) || t.pos === 'NUM' || closes) break;
    i--;
  }
  // an article inside opens the phrase: "in its infinite wisdom the STL authors"
  for (let k = end - 1; k > i; k--)
    if (tokens[k]?.pos === 'DET' && !JOINS.has(tokens[k - 1]?.normal ?? '')) {
      i = k;
      break;
    }
  while (i < end && tokens[i]?.pos === 'CCONJ') i++;
  return [i, end];
}

/** The noun phrase that opens at `from`: "the Head of Finance", "product". */
function phraseAfter(tokens: readonly Token[], at: number): [number, number] {
  // "from their security team": the phrase after its possessive, as "Our CFO" is read as "CFO"
  const from = POSSESSIVES.has(tokens[at]?.normal ?? '') ? at + 1 : at;
  let b = from;
  while (b < tokens.length) {
    const t = tokens[b] as Token;
    const titleOf = t.normal === 'of' && caps(tokens[b - 1] ?? t) && caps(tokens[b + 1] ?? t);
    // a role the tagger took for a verb ("the QA lead") still names who
    if (!(NOUNISH.has(t.pos) || t.pos === 'CCONJ' || titleOf || isRoleWord(t)) || t.pos === 'NUM') break;
    b++;
    // "… approved by release mgmt. Marisol — draft …": a word closed by a full stop ends the sentence
    if (t.text.length > 1 && t.text.endsWith('.')) break;
  }
  return [from, b];
}

/** The words of tokens [from, to) as written, spaced where the text has space between them. */
function slice(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    out += (i > from && (tokens[i - 1]?.end ?? 0) < t.start ? ' ' : '') + t.text;
  }
  return out.trim();
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
function objectAfter(tokens: readonly Token[], start: number, deadline: [number, number] | null): string {
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
      return trimEnd(slice(tokens, m + 2, to));
    });
    return options.filter(Boolean).join('; ');
  }
  const first = tokens[from];
  // "decide first since …", "decide that, not us": no object of its own
  if (!first || !(NOUNISH.has(first.pos) || opensQuestion(first.text) || first.normal === 'to')) return '';
  let end = from;
  while (end < tokens.length && !breaks(tokens, end) && !CLAUSE_OPENERS.has(tokens[end]?.normal ?? '')) end++;
  if (deadline && deadline[0] > from && deadline[0] < end) end = deadline[0];
  // "decide first": a clause or a noun is a thing, an adjective alone is not
  const clause = opensQuestion(first.text) || first.normal === 'to';
  // a verb after an article is a noun the tagger missed: "approves the revert"
  const noun = (t: Token, j: number): boolean =>
    t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && tokens[j - 1]?.pos === 'DET');
  if (!clause && !tokens.slice(from, end).some((t, k) => noun(t, from + k))) return '';
  return trimEnd(slice(tokens, from, end));
}

/** Where the subject of its own clause opens, ending before `end`: after the last break, past a joining word. */
function subjectStart(tokens: readonly Token[], end: number): number {
  let from = end;
  while (from > 0 && !breaks(tokens, from - 1) && tokens[from - 1]?.text !== '.') from--;
  while (from < end && (tokens[from]?.pos === 'CCONJ' || tokens[from]?.pos === 'ADV')) from++;
  return from;
}

/** "… ; relocation costs are for X to decide": the subject of its own clause, after the last break. */
function subjectBefore(tokens: readonly Token[], end: number): string {
  return slice(tokens, subjectStart(tokens, end), end);
}

/**
 * The last token of a decision word opening at `j`, or -1: "decide", "approval", and "sign-off"
 * or "sign off", which the tokenizer splits ("sign", "-", "off"); "signed" alone is a signature.
 */
export function decisionWordEnd(t: readonly Token[], j: number): number {
  const w = t[j];
  if (!w) return -1;
  const lemma = w.lemma || w.normal;
  if (lemma === 'sign' || lemma === 'green') {
    const off = t[j + 1]?.normal === '-' ? j + 2 : j + 1;
    return t[off]?.normal === (lemma === 'sign' ? 'off' : 'light') ? off : -1;
  }
  // "OK" approves only as someone's ("the CAB's OK"), from someone ("an OK from Legal") or as a verb
  // ("has to OK it"); alone it is a reply
  if (CONSENT.has(w.normal) && w.normal !== 'greenlight') {
    const before = t[j - 1]?.normal ?? '';
    const owned = before === "'s" || before === '’s' || POSSESSIVES.has(before);
    return owned || before === 'to' || t[j + 1]?.normal === 'from' ? j : -1;
  }
  return DECIDE.has(lemma) || APPROVE.has(lemma) || CONSENT.has(lemma) || DECISION_NOUNS.has(w.normal)
    ? j
    : -1;
}

const isPast = (t: Token): boolean => looksPast(t);

/**
 * Pending, given or declined, from the decision word at `i` (a verb when `verb`): a past form
 * ("approved", "signed off", "got sign-off") is given unless it waits ("not approved yet" is still
 * pending, "did not approve" is declined); a declining verb anywhere is declined; a wait for it
 * ("needs", "until", "pending") or anything else is pending.
 */
function stateOf(s: Sentence, i: number, verb: boolean): ApprovalState | null {
  const t = s.tokens;
  const w = t[i] as Token;
  // wink's scope runs to the next punctuation; a negator in the decision's own clause denies it
  const denied = deniedHere(s, i);
  // a declining verb declines this decision only in its own clause: "we need Finance's approval
  // because the bank declined the card" still waits
  const declines = (k: Token, j: number): boolean =>
    DECLINE.has(k.lemma) && k.pos === 'VERB' && isPast(k) && !k.negated && sameClause(t, j, i);
  if (t.some(declines)) return 'declined';
  const to = t[i - 1]?.normal === 'to';
  const yet = t.some((k) => k.normal === 'yet' || k.normal === 'still');
  if (verb && !to && isPast(w)) {
    if (!denied) return 'given';
    return yet ? 'pending' : 'declined';
  }
  // "we got Finance sign-off", "Legal gave the go-ahead": a decision held, not waited for
  if (!verb) {
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const k = t[j] as Token;
      if (WAITS.has(k.lemma) || k.normal === 'until' || k.normal === 'pending') break;
      if (HOLDS.has(k.lemma) && k.pos === 'VERB' && isPast(k) && !k.negated) return 'given';
    }
  }
  // "does not need approval", "no sign-off is needed": nothing waits
  if (denied) return null;
  return 'pending';
}

/** True when no clause break or clause opener stands between tokens `a` and `b`. */
function sameClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++)
    if (breaks(tokens, k) || CLAUSE_OPENERS.has(tokens[k]?.normal ?? '')) return false;
  return true;
}

interface Found {
  readonly span: [number, number];
  readonly act: 'approve' | 'decide';
  readonly thing: string;
  readonly deadline: [number, number] | null;
  readonly verb: boolean;
  /** the structure itself waits ("for X to decide", "not mine to approve") */
  readonly waits?: boolean;
  readonly behalf?: [number, number];
  readonly by: ApprovalStructure;
  /**
   * a passive with its agent ("approved by X"): awaited ("until it is approved by X", "needs to be
   * approved by X"), a standing rule in the present ("credits are approved by X"), or past ("was
   * approved by X", "as approved by X")
   */
  readonly passive?: 'awaited' | 'present' | 'past';
}

/**
 * True when a negator denies token `j` inside its own clause: isDenied's reach, but not across a
 * conjunction ("are not covered by policy and need VP approval" denies no need).
 */
function deniedHere(s: Sentence, j: number): boolean {
  if (!isDenied(s, j)) return false;
  const negator = s.negators.findLast((n) => n < j) ?? -1;
  return !s.tokens.slice(negator + 1, j).some((k) => k.pos === 'CCONJ');
}

/**
 * True when the sentence waits for the decision at `i`: a verb of waiting shortly before it in its
 * clause ("needs product sign-off", "we are waiting on Legal's approval"), "until", "pending" or
 * "subject to" right before the decider or the decision ("until Product approves", "pending
 * approval"), or "pending" shortly after ("sign-off by the PM is still pending").
 */
function waitedFor(s: Sentence, i: number, span: readonly [number, number]): boolean {
  const t = s.tokens;
  const from = Math.min(i, span[0]);
  for (let j = from - 1; j >= 0 && j >= from - 6; j--) {
    const k = t[j] as Token;
    if (BREAKS.has(k.text)) break;
    // "first need some approval": a need the tagger read as a noun, with no article of its own
    const verbal = k.pos !== 'NOUN' || (t[j - 1]?.pos !== 'DET' && t[j + 1]?.pos === 'DET');
    if (WAITS.has(k.lemma) && verbal && !deniedHere(s, j)) return true;
  }
  const lead = t[from - 1]?.pos === 'DET' ? t[from - 2] : t[from - 1];
  const leadsIn =
    lead !== undefined &&
    (WAITING.has(lead.normal) || (lead.normal === 'to' && t[from - 2]?.normal === 'subject'));
  return leadsIn || t.slice(i + 1, i + 6).some((k) => WAITING.has(k.normal) && k.normal !== 'until');
}

/** The clause holding token `at` opens with a quantifier: "any refund, release or commitment needs …". */
function statesRule(tokens: readonly Token[], at: number): boolean {
  let from = at;
  while (from > 0 && ![':', ';', '.', '—', '(', ')'].includes(tokens[from - 1]?.text ?? '')) from--;
  return QUANTIFIERS.has(tokens[from]?.normal ?? '');
}

function reading(s: Sentence, i: number, f: Found): ApprovalReading | null {
  const stated = f.passive === 'awaited' && !deniedHere(s, i) ? 'pending' : stateOf(s, i, f.verb);
  // "credits are approved by the VP": who approves such things, each one still to be approved
  const state = f.passive === 'present' && stated === 'given' ? 'pending' : stated;
  if (!state) return null;
  const { tokens } = s;
  const awaited = f.waits === true || f.passive === 'awaited' || waitedFor(s, i, f.span);
  // a decision nobody holds and nothing waits for ("an informed decision", "click sign off") is no pending one
  if (state === 'pending' && !awaited && f.span[0] === f.span[1]) return null;
  return {
    approver: trimEnd(slice(tokens, f.span[0], f.span[1])),
    approverAt: f.span,
    act: f.act,
    thing: f.thing,
    deadline: f.deadline ? slice(tokens, f.deadline[0], f.deadline[1]) : '',
    state,
    awaited,
    rule: f.passive === 'present' || statesRule(tokens, Math.min(i, f.span[0])),
    behalf: f.behalf ?? [i, i],
    by: f.by,
    at: i,
  };
}

/**
 * The approval or decision a sentence speaks of, with who holds it and whether it is still
 * pending, or null.
 */
export function readApproval(s: Sentence): ApprovalReading | null {
  if (s.question) return null;
  if (s.conditional && opensQuestion(s.text) && s.tokens[0]?.normal !== 'whether') return null;
  const tokens = s.tokens;
  // "Status page: Tomoko decides at 17:00": a short label names the thing
  const colon = tokens.findIndex((t) => t.text === ':');
  const label = colon > 0 && colon <= 4 ? slice(tokens, 0, colon) : '';
  let unnamed: ApprovalReading | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const lemma = t.lemma || t.normal;
    const before = tokens[i - 1];
    // "Pilar's call", "it's a product call": "call" is a decision only as someone's
    const call =
      t.normal === 'call' &&
      (before?.normal === "'s" ||
        (MY.has(before?.normal ?? '') && tokens[i - 2]?.normal === 'not') ||
        (IS.has(tokens[i - 3]?.normal ?? '') && tokens[i - 2]?.pos === 'DET'));
    const upTo =
      t.normal === 'up' &&
      tokens[i + 1]?.normal === 'to' &&
      (IS.has(before?.normal ?? '') || leaves(tokens, i));
    if (SITS.has(lemma) && t.pos === 'VERB') {
      const sitting = sittingReading(s, i);
      const read = sitting ? reading(s, i, sitting) : null;
      if (read?.approver) return read;
      continue;
    }
    const exception = policyException(tokens, i);
    const end = call || upTo || exception ? i : decisionWordEnd(tokens, i);
    if (end < 0) continue;
    // "the CAB's OK", "a green light from Legal"; "has to OK it", "will green-light it" are verbs
    const consent = CONSENT.has(t.normal) || lemma === 'green';
    const consentVerb = consent && (before?.normal === 'to' || before?.pos === 'AUX');
    const noun =
      DECISION_NOUNS.has(t.normal) ||
      call ||
      (consent && !consentVerb) ||
      (lemma === 'sign' && (t.pos === 'NOUN' || t.pos === 'PROPN' || tokens[i + 1]?.normal === '-'));
    const act = APPROVE.has(lemma) || t.normal === 'approval' || exception || consent ? 'approve' : 'decide';
    const deadline = deadlineSpan(s, end + 1);
    const found = exception
      ? exceptionReading(tokens, i, deadline)
      : upTo
        ? upToReading(tokens, i, deadline)
        : noun
          ? nounReading(tokens, i, end, act, deadline, call)
          : verbReading(tokens, i, end, act, deadline);
    // "that's not my decision / call": it lies with someone else, not named
    const notMine = noun && MY.has(before?.normal ?? '') && tokens[i - 2]?.normal === 'not';
    if (found === 'unnamed' || notMine) {
      // "it is not mine to approve": the speaker holds no authority, someone else does
      unnamed ??= {
        approver: '',
        approverAt: [i, i],
        act,
        thing: '',
        deadline: '',
        state: 'pending',
        awaited: true,
        rule: false,
        behalf: [i, i],
        by: 'none',
        at: i,
      };
      continue;
    }
    if (!found) continue;
    // "rollback is an option but Ingrid would need to sign off": an approval with no object of its
    // own approves what the sentence is about, the subject of the clause before
    const about = !found.thing && found.verb && act === 'approve' ? subjectThing(tokens, found.span[0]) : '';
    const read = reading(s, i, { ...found, thing: found.thing || label || about });
    if (!read) continue;
    if (read.approver) return read;
    unnamed ??= read;
  }
  return unnamed;
}

/**
 * "a policy exception", "outside (of our) policy": an exception someone must grant. Read only
 * when no decision word follows ("outside policy -> need Leadership approval" is the approval's).
 */
function policyException(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const at = tokens
    .slice(0, i)
    .findLastIndex((k, j) => j >= i - 3 && k.pos !== 'DET' && k.pos !== 'PRON' && k.normal !== 'of');
  // said of the thing ("the fee is outside policy"), not where something is ("files outside of the policy")
  const outside =
    tokens[at]?.normal === 'outside' && ['AUX', 'VERB'].includes(tokens[at - 1]?.pos ?? '')
      ? tokens[at]
      : undefined;
  // "the policy window", "the exception handler": a modifier of another noun
  const heads = tokens[i + 1]?.pos !== 'NOUN';
  const names =
    heads &&
    ((t.normal === 'exception' && tokens[i - 1]?.normal === 'policy') ||
      (t.normal === 'policy' && outside?.normal === 'outside'));
  return names && !tokens.some((k, j) => j > i && decisionWordEnd(tokens, j) >= 0);
}

/** "the commitment is a policy exception and needs Legal": whom the exception needs, what it is about. */
function exceptionReading(tokens: readonly Token[], i: number, deadline: [number, number] | null): Found {
  const need = tokens.findIndex((k, j) => j > i && WAITS.has(k.lemma) && k.pos !== 'NOUN' && !k.negated);
  const [a, b] = need >= 0 ? phraseAfter(tokens, need + 1) : [i, i];
  const span: [number, number] = namesDecider(tokens.slice(a, b)) ? [a, b] : [i, i];
  const by = span[0] < span[1] ? 'modifier' : 'none';
  return { span, act: 'approve', thing: subjectThing(tokens, i), deadline, verb: false, waits: true, by };
}

/** "leaving it (up) to X", "leave the call to X": a leave shortly before hands the decision on. */
const leaves = (tokens: readonly Token[], at: number): boolean =>
  tokens.slice(Math.max(0, at - 3), at).some((k) => k.lemma === 'leave' && k.pos === 'VERB');

/** "whether to roll back is up to the release manager" */
function upToReading(tokens: readonly Token[], i: number, deadline: [number, number] | null): Found | null {
  const [a, b] = phraseAfter(tokens, i + 2);
  if (!namesDecider(tokens.slice(a, b))) return null;
  return {
    span: [a, b],
    act: 'decide',
    thing: subjectBefore(tokens, i - 1),
    deadline,
    verb: false,
    by: 'up-to',
  };
}

/** A decision verb: "needs X to decide", "is for X to decide", "Marta decides …", "our PM has to approve". */
function verbReading(
  tokens: readonly Token[],
  i: number,
  end: number,
  act: 'approve' | 'decide',
  deadline: [number, number] | null,
): Found | 'unnamed' | null {
  const after = end + 1;
  const object = objectAfter(tokens, after, deadline);
  // "Anand can decide for Product": whom the decider stands for
  const forAt = tokens[after]?.normal === 'for' ? phraseAfter(tokens, after + 1) : null;
  const behalf = forAt && namesDecider(tokens.slice(...forAt)) ? forAt : undefined;
  if (tokens[after]?.normal === 'by' && isPast(tokens[i] as Token))
    return passiveReading(tokens, i, after, act, deadline);
  if (act === 'decide' && concludes(tokens, after)) return null;
  if (tokens[i - 1]?.normal === 'to') {
    // "not mine to approve", "not his to decide"
    if (OWN.has(tokens[i - 2]?.normal ?? '') && tokens[i - 3]?.normal === 'not') return 'unnamed';
    const [a, b] = phraseBefore(tokens, i - 1);
    const lead = tokens[a - 1];
    if (lead && namesDecider(tokens.slice(a, b))) {
      // "leaving it to Evan to decide": the decision handed to someone
      if (lead.normal === 'to' && leaves(tokens, a - 1))
        return { span: [a, b], act, thing: object, deadline, verb: true, waits: true, behalf, by: 'verb' };
      // "waiting for X to approve", "waiting on Legal to sign off"
      const onWait = lead.normal === 'on' && WAITS.has(tokens[a - 2]?.lemma ?? '');
      if (!WAITS.has(lead.lemma || lead.normal) && lead.normal !== 'for' && !onWait) return null;
      // "the refund is for Finance to decide": the subject is the thing
      if (lead.normal === 'for' && IS.has(tokens[a - 2]?.normal ?? ''))
        return {
          span: [a, b],
          act,
          thing: subjectBefore(tokens, a - 2),
          deadline,
          verb: true,
          waits: true,
          by: 'verb',
        };
      // "waiting for X to approve"; "for X to decide" alone is a purpose
      const waiting = tokens[a - 2];
      if (lead.normal === 'for' && !WAITS.has(waiting?.lemma || waiting?.normal || '')) return null;
      return { span: [a, b], act, thing: object, deadline, verb: true, waits: true, behalf, by: 'verb' };
    }
  }
  // "Marta decides at 17:00 …", "Legal will decide which …", "until Product approves the toggle",
  // "our PM has to approve", "Finance needs to sign off": the subject, past auxiliaries and a need
  let stop = i;
  const skips = (k: Token | undefined, n: Token | undefined): boolean =>
    k !== undefined &&
    (k.pos === 'AUX' || k.pos === 'ADV' || k.pos === 'PART' || (WAITS.has(k.lemma) && n?.normal === 'to'));
  while (stop > 0 && skips(tokens[stop - 1], tokens[stop])) stop--;
  // "has to review and approve it": a verb of deliberation joined before shares its subject;
  // "talked with John and decided to …" has it further back than the reading goes
  if (JOINS.has(tokens[stop - 1]?.normal ?? '')) {
    if (tokens[stop - 2]?.pos !== 'VERB' || !SITS_TO.has(tokens[stop - 2]?.lemma ?? '')) return null;
    stop -= 2;
    while (stop > 0 && skips(tokens[stop - 1], tokens[stop])) stop--;
  }
  const [a, b] = phraseBefore(tokens, stop);
  if (b === a || !namesDecider(tokens.slice(a, b))) {
    // "we need to decide whether …", "Need to decide on the path": a wait, no one named to end it
    // "… until we decide what the URL should be": a wait before the speakers' own decision
    // ("until someone approves it" is a help text's rule)
    const pron = ['we', 'i'].includes(tokens[stop - 1]?.normal ?? '') ? stop - 1 : stop;
    const needs =
      tokens.slice(stop, i).some((k) => WAITS.has(k.lemma) && k.pos !== 'NOUN') ||
      WAITING.has(tokens[pron - 1]?.normal ?? '');
    return needs ? { span: [i, i], act, thing: object, deadline, verb: true, waits: true, by: 'none' } : null;
  }
  // "Word decides to prefer the URL", "the site decides it doesn't want …": a bare present verb
  // with no deadline, no auxiliary, nothing waiting and no open choice says how something behaves
  const w = tokens[i] as Token;
  const bare = tokens.slice(stop, i).every((k) => k.pos === 'ADV');
  const lead = tokens[a - 1]?.normal ?? '';
  const choice = opensQuestion(tokens[after]?.text ?? '');
  if (
    bare &&
    !isPast(w) &&
    !deadline &&
    !choice &&
    !WAITING.has(lead) &&
    lead !== 'unless' &&
    lead !== 'once'
  )
    return null;
  return { span: [a, b], act, thing: object, deadline, verb: true, behalf, by: 'verb' };
}

/**
 * "Windows decided the Ctrl key was held down", "Chrome has decided that the site is my default":
 * "decide" with a clause of plain fact (its verb neither modal nor an infinitive) reaches a
 * conclusion, it makes no choice; "decided the API should be Windows only" chooses.
 */
function concludes(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || opensQuestion(first.text) || first.pos === 'ADP' || first.pos === 'PART') {
    if (first?.normal !== 'that') return false;
  }
  for (let j = from + 1; j < tokens.length; j++) {
    const k = tokens[j] as Token;
    if (breaks(tokens, j) || k.text === '.' || CLAUSE_OPENERS.has(k.normal)) return false;
    if (k.pos === 'AUX') return ['be', 'have', 'do'].includes(k.lemma);
    if (k.pos === 'VERB') return isPast(k) || k.normal.endsWith('s');
  }
  return false;
}

/**
 * A decision verb in the passive, its agent after "by": "until the revert is approved by release
 * mgmt", "it needs to be signed off by the PM", "any credit is approved by the VP", "as approved by
 * the CFO". The thing is the passive's subject.
 */
function passiveReading(
  tokens: readonly Token[],
  i: number,
  by: number,
  act: 'approve' | 'decide',
  deadline: [number, number] | null,
): Found | null {
  const [a, b] = phraseAfter(tokens, by + 1);
  if (!namesDecider(tokens.slice(a, b))) return null;
  let be = i;
  while (be > 0 && tokens[be - 1]?.pos === 'ADV') be--;
  const copula = tokens[be - 1];
  const thing = copula?.lemma === 'be' ? passiveSubject(tokens, be - 1) : '';
  // a wait in the clause before: "until", "pending", "needs to be"
  let passive: Found['passive'] =
    copula?.lemma === 'be' && IS.has(copula.normal) && copula.normal !== 'was' ? 'present' : 'past';
  for (let j = be - 2; j >= 0; j--) {
    const k = tokens[j] as Token;
    if (WAITING.has(k.normal) || (WAITS.has(k.lemma) && k.pos !== 'NOUN')) {
      passive = 'awaited';
      break;
    }
    if (breaks(tokens, j) || CLAUSE_OPENERS.has(k.normal) || k.text === '.') break;
  }
  return { span: [a, b], act, thing, deadline, verb: true, by: 'verb', passive };
}

/** The subject of a passive whose copula is at `copula`: back to the clause's start, past its needs and auxiliaries. */
function passiveSubject(tokens: readonly Token[], copula: number): string {
  let end = copula;
  while (
    end > 0 &&
    (['AUX', 'PART', 'ADV'].includes(tokens[end - 1]?.pos ?? '') || WAITS.has(tokens[end - 1]?.lemma ?? ''))
  )
    end--;
  let from = end;
  while (
    from > 0 &&
    !breaks(tokens, from - 1) &&
    tokens[from - 1]?.text !== '.' &&
    !CLAUSE_OPENERS.has(tokens[from - 1]?.normal ?? '')
  )
    from--;
  // "Either way any credit under the contract": the noun phrase opens at its first determiner
  const det = tokens.findIndex((k, j) => j >= from && j < end && k.pos === 'DET');
  if (det > from && tokens[from]?.pos !== 'DET') from = det;
  const words = tokens.slice(from, end);
  const named = words.some((k) => k.pos === 'NOUN' || k.pos === 'PROPN' || k.pos === 'VERB');
  return named && words.length <= 8 && !words.some((k) => k.pos === 'PRON') ? slice(tokens, from, end) : '';
}

/**
 * The subject of the clause joined before the pronoun at `at` ("the discount looks fair, but it …"):
 * from where that clause opens to its first verb, a noun phrase of a few words; '' when the pronoun
 * is not joined by "but"/"and"/a comma, or the clause opens on no noun.
 */
function clauseSubjectBefore(tokens: readonly Token[], at: number): string {
  let k = at - 1;
  const joins = (t: Token | undefined): boolean => !!t && (t.pos === 'CCONJ' || t.text === ',');
  if (!joins(tokens[k])) return '';
  while (k > 0 && joins(tokens[k])) k--;
  const from = subjectStart(tokens, k + 1);
  const verb = tokens.findIndex((t, j) => j >= from && j <= k && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (verb <= from) return '';
  // only a clause that describes its subject ("is plausible", "looks fair", "should be ready"):
  // after an action ("made a plan, but it needs …", "would make X possible, but that's …") the
  // pronoun stands for the object or the whole clause, not the subject
  let p = verb;
  while (p <= k && ['AUX', 'VERB', 'ADV', 'PART'].includes(tokens[p]?.pos ?? '')) p++;
  const linking = tokens.slice(verb, p).some((t) => LINKING.has(t.lemma || t.normal));
  if (!linking || tokens[p]?.pos !== 'ADJ') return '';
  const words = tokens.slice(from, verb);
  const named = words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const plain = words.every((t) => NOUNISH.has(t.pos) || t.pos === 'ADP' || t.text === '-');
  return named && plain && words.length <= 8 ? slice(tokens, from, verb) : '';
}

/**
 * The thing as the subject of the need or the copula before token `before`: "the credit needs VP
 * sign-off", "the toggle is a product decision". Not a long stretch (a clause of its own), nor a
 * pronoun ("we are waiting on …": the speaker waits, nothing is named).
 */
function subjectThing(tokens: readonly Token[], before: number): string {
  let verb = tokens.findLastIndex(
    (k, j) => j < before && (WAITS.has(k.lemma) || IS.has(k.normal)) && k.pos !== 'NOUN',
  );
  // "we are waiting", "the refund still needs": the subject ends before the auxiliaries and adverbs
  while (verb > 0 && ['AUX', 'ADV'].includes(tokens[verb - 1]?.pos ?? '')) verb--;
  if (verb <= 0) return '';
  // "a per-role limit is plausible but it's a product decision": a pronoun subject stands for the
  // subject of the clause before it; with none there, nothing is named (not the words in between)
  // ("… but it's", "…, and it needs"); a pronoun after anything else (a bracket, a dash) points to
  // what this reading cannot see
  const pronoun = tokens[verb - 1];
  if (pronoun && POINTERS.has(pronoun.normal) && (pronoun.pos === 'PRON' || pronoun.pos === 'DET')) {
    return clauseSubjectBefore(tokens, verb - 1);
  }
  const opens = subjectStart(tokens, verb);
  // "X says Y is off the table and any deferral of Z needs …": a clause before, joined by "and"
  // and a new determiner, is not part of the subject
  const joined = tokens.findLastIndex(
    (k, j) => j > opens && j < verb - 1 && k.pos === 'CCONJ' && tokens[j + 1]?.pos === 'DET',
  );
  const clauseBefore =
    joined > 0 && tokens.slice(opens, joined).some((k) => k.pos === 'VERB' || k.pos === 'AUX');
  const from = clauseBefore ? joined + 1 : opens;
  // "the fees are outside policy -> need Leadership approval": a verb with no subject of its own
  // shares the one of the clause before
  if (from === verb) return subjectThing(tokens, from - 1);
  // "a new revision that is uploaded …": a relative clause ends the subject
  const relative = tokens.findIndex((k, j) => j > from && j < verb && ['PRON', 'SCONJ'].includes(k.pos));
  const end = relative > 0 ? relative : verb;
  const named = tokens.slice(from, end).some((k) => !['PRON', 'AUX', 'DET', 'ADV'].includes(k.pos));
  const subject = slice(tokens, from, end);
  // a long subject is a clause of its own, unless it is a noun phrase with its prepositional
  // phrases ("any deferral of the launch date for a district"): no verb in it
  const phrase = tokens.slice(from, end).every((k) => NOUNISH.has(k.pos) || ['ADP', 'PUNCT'].includes(k.pos));
  const words = subject.split(' ').length;
  return named && (words <= 8 || (phrase && words <= 12)) ? subject : '';
}

/** A decision noun: "needs product sign-off", "Priya's approval of …", "a decision from legal", "escalated to Legal for approval". */
function nounReading(
  tokens: readonly Token[],
  i: number,
  end: number,
  act: 'approve' | 'decide',
  deadline: [number, number] | null,
  call: boolean,
): Found | null {
  // a decision word heading a noun names a thing: "the product approval queue", "the sign-off page"
  const next = tokens[end + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !DEADLINE_PREP.has(next.normal)) return null;
  const what = (at: number): string =>
    ['of', 'on', 'for', 'to', 'about'].includes(tokens[at]?.normal ?? '')
      ? objectAfter(tokens, at + 1, deadline)
      : '';
  const before = tokens[i - 1];
  if (before?.normal === "'s" || before?.normal === '’s') {
    // "waiting on Priya's approval of the credit note", "whether we do it is Pilar's call"
    const [a, b] = phraseBefore(tokens, i - 1);
    if (!namesDecider(tokens.slice(a, b))) return null;
    const said = what(end + 1) || (IS.has(tokens[a - 1]?.normal ?? '') ? subjectBefore(tokens, a - 1) : '');
    // "that's Pilar's call": the pointer's thing is read from the clause before, below
    const thing = POINTERS.has(said.toLowerCase()) ? '' : said;
    // "the refund still needs Marta's sign-off": the subject of the need
    if (!thing)
      return {
        span: [a, b],
        act: call ? 'decide' : act,
        thing: subjectThing(tokens, a),
        deadline,
        verb: false,
        by: 'possessive',
      };
    return { span: [a, b], act: call ? 'decide' : act, thing, deadline, verb: false, by: 'possessive' };
  }
  // "needs product sign-off", "a product decision", "requires VP Finance approval": the modifiers
  // that name someone, past what names no one ("… need VP Finance approval")
  let [a, b] = phraseBefore(tokens, i);
  const naming = (k: Token): boolean =>
    !WAITING.has(k.normal) &&
    (caps(k) || PEOPLE.has(k.normal) || FUNCTIONS.has(k.normal) || k.pos === 'CCONJ' || k.normal === 'of');
  while (a < b && (tokens[a]?.pos === 'CCONJ' || !naming(tokens[a] as Token))) a++;
  if (!namesDecider(tokens.slice(a, b))) [a, b] = [i, i];
  let by: ApprovalStructure = a < b ? 'modifier' : 'none';
  let thing = what(end + 1);
  const of = tokens[end + 1]?.normal ?? '';
  if (a === b && (of === 'from' || of === 'by')) {
    // "a decision from product on …", "sign-off by the PM"
    const [c, d] = phraseAfter(tokens, end + 2);
    if (namesDecider(tokens.slice(c, d))) [a, b, thing, by] = [c, d, what(d), 'from'];
  }
  if (a === b && (before?.normal === 'for' || (before?.pos === 'DET' && tokens[i - 2]?.normal === 'for'))) {
    // "escalating to Product for a decision", "sent it to Legal for approval"
    const to = tokens.findLastIndex((k, j) => j < i && k.normal === 'to');
    const [c, d] = to >= 0 ? phraseAfter(tokens, to + 1) : [0, 0];
    if (d > c && tokens[d]?.normal === 'for' && namesDecider(tokens.slice(c, d)))
      [a, b, by] = [c, d, 'recipient'];
  }
  if (call && a === b) return null;
  if (!thing) thing = subjectThing(tokens, Math.min(a, i));
  return { span: [a, b], act: call ? 'decide' : act, thing, deadline, verb: false, by };
}

// what a body sits to do: "meets Thursday to review the rollback", "convenes to decide whether …"
const SITS_TO = new Set([...DECIDE, ...APPROVE, 'review', 'discuss', 'consider', 'vote']);
// a habit: "meets every Thursday", "meets monthly", "will meet four times a year"
const HABIT = new Set([
  'every',
  'each',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'annually',
  'twice',
  'times',
  'regularly',
]);

/**
 * A body that decides sitting ahead: "the change board meets Thursday", "the committee will convene
 * on the 4th to review the rollout", "the CAB is meeting tomorrow". Its decision is pending until it
 * sits: a board or committee as the subject, the verb not past, with a date or a modal ahead; a habit
 * ("meets every Thursday", "meets monthly") is no sitting ahead.
 */
function sittingReading(s: Sentence, i: number): Found | null {
  const { tokens } = s;
  const w = tokens[i] as Token;
  if (isPast(w)) return null;
  let stop = i;
  while (stop > 0 && ['AUX', 'ADV', 'PART'].includes(tokens[stop - 1]?.pos ?? '')) stop--;
  const aux = tokens.slice(stop, i).filter((k) => k.pos === 'AUX');
  if (aux.some((k) => isPast(k))) return null;
  if (w.normal.endsWith('ing') && !aux.some((k) => k.lemma === 'be')) return null;
  const [a, b] = phraseBefore(tokens, stop);
  const head = tokens[b - 1];
  if (b === a || !head || !BODIES.has(bare(head)) || !namesDecider(tokens.slice(a, b))) return null;
  // the date it sits, right after the verb ("Thursday", "on the 4th", "tomorrow at 10")
  const dated = (k: Token | undefined): boolean =>
    k !== undefined &&
    ((k.pos === 'NUM' && k.text.includes(':')) ||
      s.entities.some(
        (e) => (e.type === 'date' || e.type === 'time') && k.start >= e.start && k.end <= e.end,
      ));
  let from = i + 1;
  while (tokens[from]?.pos === 'ADV' && !dated(tokens[from])) from++;
  let to = DEADLINE_PREP.has(tokens[from]?.normal ?? '') && !dated(tokens[from]) ? from + 1 : from;
  while (dated(tokens[to])) to++;
  const when = to > from && dated(tokens[to - 1]) ? ([from, to] as [number, number]) : null;
  if (when && tokens.slice(...when).some((k) => HABIT.has(k.normal))) return null;
  const ahead = aux.some((k) => k.pos === 'AUX' && k.lemma !== 'do');
  if (!when && !ahead) return null;
  if (tokens.slice(i + 1, i + 4).some((k) => HABIT.has(k.normal))) return null;
  // "… to review the rollback": what it sits on
  const after = when ? when[1] : i + 1;
  const purpose = tokens[after]?.normal === 'to' && SITS_TO.has(tokens[after + 1]?.lemma ?? '');
  const act = purpose && DECIDE.has(tokens[after + 1]?.lemma ?? '') ? 'decide' : 'approve';
  const thing = purpose ? objectAfter(tokens, after + 2, null) : '';
  return { span: [a, b], act, thing, deadline: when, verb: true, waits: true, by: 'sitting' };
}
