/** @module What was tried and what came of it, with who tried it. */

import { isInsideCondition, isInsideQuestionClause, readSentence } from '../language/clause.js';
import type { Sentence } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import type { Claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';
import { documentationSources } from './documentation-sources.js';
import { cleanSentence } from './text/clean-sentence.js';
import { contentWords } from './text/content-words.js';
import { readsLabelledFinding, readsSubjectlessReport, readsTryWithOutcome } from './tried-act-reading.js';
import { triedBy, withActor } from './tried-by.js';
import {
  afterLabel,
  cueNotDone,
  cueStatesARule,
  instructsAfter,
  ownActAfter,
  readsCheckDone,
  readsPersonsAct,
  readsTimelineEntry,
  tailIsNoFinding,
} from './tried-clause-reading.js';
import { triedFromAnswers } from './tried-from-answers.js';
import { triedFromStatusPage } from './tried-from-status-page.js';
import { triedFromTheories } from './tried-from-theories.js';
import { readsNotDone } from './tried-not-done.js';
import {
  ADDRESSES_READER,
  ATTEMPT,
  CHANGE_BY_RELEASE,
  CHECK_VERB,
  COMMAND_CHECK,
  CUSTOMER_ATTEMPT,
  DID_THAT,
  FINDING,
  FINDING_TAIL,
  MODAL,
  NEGATED,
  NOT_ATTEMPT,
  NOT_THE,
  OBSERVATION,
  REPRODUCED,
  RESTARTED_ITSELF,
  RESULT,
  STAFF_OBSERVATION,
  STILL_AFTER_FIX,
  SUGGESTION,
  SUGGESTS,
  WORKING_ON_IT,
} from './tried-patterns.js';

type Tried = Facts['tried'][number];

const ATTEMPT_ALL = new RegExp(ATTEMPT.source, 'gi');

const MAX_TRIED = 28;
const SKIPPED_UNITS = new Set(['field', 'account', 'log', 'request', 'ocr']);

function splitResult(sentence: string): { action: string; result: string | null } {
  const m =
    /(?:;|\s*(?:->|=>|→)\s*|\s[—–-]\s|,?\s+but\s+|:\s+|,\s+(?=still\b|no luck|same\b|nothing\b|no change)|,\s+(?:and\s+)?(?:it'?s?|that|which|the error|this)\s+(?=still|did|didn|does|doesn|work|fail|return|show))/i.exec(
      sentence,
    );
  if (m && m.index > 10) {
    const tail = sentence.slice(m.index + m[0].length).trim();
    if (RESULT.test(tail) || /^but\b/i.test(m[0].trim()))
      return { action: sentence.slice(0, m.index).trim(), result: tail };
  }
  return { action: sentence, result: null };
}

type Kind = 'action' | 'observation' | null;

const QUOTED = /"[^"]+"|“[^”]+”/g;

// a Markdown table row as the notes reader gives it: "header: value; header: value; …"
const TABLE_ROW = /^[^:;]{1,40}:[^;]*(?:;\s*[^:;]{1,40}:[^;]*){2,}$/;

// what kind of attempt a sentence reports: something done, something looked at, or neither
function attemptKind(sentence: string, item: Item, read: Sentence | undefined): Kind {
  // "we can say they're re-sent": a plan or a possibility before the verb, not something done
  const done = (m: RegExpExecArray | null, veto?: RegExp): boolean => {
    if (!m) return false;
    const before = sentence.slice(0, m.index);
    // "whether anyone opened it", "if they were uploaded": a clause that asks or supposes
    const supposed = supposedAt(sentence, read, m.index);
    return (
      !MODAL.test(before) &&
      !veto?.test(before) &&
      !supposed &&
      !deniedCue(m[0], read) &&
      !cueNotDone(read, m[0]) &&
      !((item.isPublic || !item.isStaff) && cueStatesARule(read, m[0]))
    );
  };
  // the first cue outside a clause that asks or supposes ("if you re-upload, they import, we tested it")
  const action =
    [...sentence.matchAll(ATTEMPT_ALL)].find((m) => !supposedAt(sentence, read, m.index)) ?? null;
  if (done(action, CHANGE_BY_RELEASE)) return 'action';
  if (item.isCustomer && done(CUSTOMER_ATTEMPT.exec(sentence) ?? STILL_AFTER_FIX.exec(sentence)))
    return 'action';
  if (COMMAND_CHECK.test(sentence)) return 'observation';
  // a state is an attempt's finding only when someone says they looked: our staff report what they
  // checked; a customer's "iOS is fine" or "the file looks normal" is a report, not a try
  if (done(OBSERVATION.exec(sentence)) && (!item.isCustomer || firstPerson(read))) return 'observation';
  if (item.isStaff && !item.isPublic && done(STAFF_OBSERVATION.exec(sentence))) return 'observation';
  if (!read) return null;
  // read from structure where no cue names the verb: a subjectless report in our internal notes,
  // and anyone's try told together with what came of it
  if (item.isStaff && !item.isPublic && readsSubjectlessReport(read)) return 'action';
  if (readsTryWithOutcome(read)) return 'action';
  return null;
}

// inside a clause that asks ("whether anyone opened it") or supposes ("if they were uploaded"); a
// comma before a new clause ends it: "if you re-upload, they import, we tested it" reports the test
function supposedAt(sentence: string, read: Sentence | undefined, at: number): boolean {
  const s = read ?? readSentence(sentence);
  return s !== undefined && (isInsideQuestionClause(s, at, sentence) || isInsideCondition(s, at, sentence));
}

// an internal finding under a label naming where it was read ("Mail log: both delivered 3 Dec")
function labelledFinding(sentence: string, read: Sentence | undefined): boolean {
  const colon = sentence.indexOf(':');
  return read !== undefined && readsLabelledFinding(read) && FINDING_TAIL.test(sentence.slice(colon + 1));
}

// "we're not rolling back", "we never reset it": a negator right before the cue's verb (the
// language layer's negation scope runs on into later clauses, so only the verb's own is read)
const NEGATORS = new Set(['not', 'never', 'no']);
function deniedCue(cue: string, read: Sentence | undefined): boolean {
  const word = /^\W*([a-z'-]+)/i.exec(cue)?.[1]?.toLowerCase();
  const t = read?.tokens ?? [];
  const k = t.findIndex((x) => x.normal === word && x.pos === 'VERB');
  if (k < 0) return false;
  let j = k - 1;
  while (t[j]?.pos === 'AUX' || t[j]?.pos === 'ADV') j--;
  return NEGATORS.has(t[j]?.normal ?? '') || NEGATORS.has(t[k - 1]?.normal ?? '');
}

// "I'd rather hotfix than wait": a modal of will or wish says what is to come, not what was found
const WILL = new Set(['would', 'will', 'shall', 'should', 'could', 'might', 'must']);
const planned = (s: Sentence | undefined): boolean => s?.tokens.some((t) => WILL.has(t.normal)) ?? false;

// "could you try that and let me know": the suggestion names only a word pointing back; the sentence
// before it holds what to try
const BACK = new Set(['that', 'this', 'it', 'these', 'those']);
function pointsBack(read: Sentence | undefined): boolean {
  const t = read?.tokens ?? [];
  const k = t.findIndex((x) => x.lemma === 'try');
  return k >= 0 && BACK.has(t[k + 1]?.normal ?? '') && t[k + 2]?.pos !== 'NOUN';
}

// "we checked", "I can see": the writer says they looked
const firstPerson = (s: Sentence | undefined): boolean =>
  s?.tokens.some((t) => t.pos === 'PRON' && (t.normal === 'i' || t.normal === 'we')) ?? false;

// a clause after a colon, a dash or a semicolon that forbids or asks ("…: never quote it back",
// "draft is in the folder - do not send it yet", "…; please hold the reply"); "Checked the logs:
// don't see any 5xx" reports a finding
const BREAK = new Set([':', ';', '-', '–', '—']);
const FOUND = new Set(['see', 'find', 'get', 'have', 'show', 'notice']);
function beforeInstruction(s: Sentence | undefined): string | null {
  const t = s?.tokens ?? [];
  const at = t.findIndex((b, k) => {
    if (!BREAK.has(b.text) || k === 0) return false;
    const [a, n, v] = [t[k + 1], t[k + 2], t[k + 3]];
    if (a?.normal === 'never' || a?.normal === 'please') return n?.pos === 'VERB';
    return a?.normal === 'do' && n?.normal === 'not' && v?.pos === 'VERB' && !FOUND.has(v.lemma);
  });
  const cut = t[at];
  return s && cut ? s.text.slice(0, cut.start - s.start).trim() : null;
}

// documentation (an author-less note) instructs the reader; it reports no attempt
function isInstruction(sentence: string, item: Item): boolean {
  return item.role === 'unknown' && !item.isCustomer && ADDRESSES_READER.test(sentence);
}

/**
 * Attempts, oldest first: action, result from the same or the next sentence, and who.
 * `problem` gives a bare "repro'd in staging" the thing that was reproduced.
 */
export function extractTried(ctx: ExtractContext, problem: Claim<unknown> | null = null): Facts['tried'] {
  const out: Array<Tried & { at: string }> = [];
  const seen = new Set<string>();
  const push = (t: Tried, at: string | null) => {
    if (out.length < MAX_TRIED) out.push({ ...t, at: at ?? '' });
  };
  let suggestion: { text: string; id: string } | null = null;
  const documentation = documentationSources(ctx);
  for (const item of ctx.items) {
    // once the list is full nothing later is kept: a 5,000-message thread stops reading here
    if (out.length >= MAX_TRIED) break;
    // a sentence already taken as the previous attempt's result is not an attempt of its own
    let consumed = -1;
    // a status page is read as a whole incident (triedFromStatusPage), not update by update
    if (SKIPPED_UNITS.has(item.unit) || item.kind === 'status') continue;
    if (item.ev.author === null && documentation.has(item.ev.source)) continue;
    item.sentences.forEach((raw, i) => {
      // what follows a break that forbids or asks is an instruction, not part of what was done
      const before = beforeInstruction(item.analyzed[i]);
      let sentence = cleanSentence(before ?? raw);
      const suggested = SUGGESTION.exec(sentence);
      if (suggested?.[1] && item.isStaff && item.isPublic)
        suggestion = { text: suggested[1].trim(), id: item.id };
      const did = DID_THAT.test(sentence) && suggestion !== null && item.isCustomer;
      if (did && suggestion) sentence = `${suggestion.text}: ${sentence}`;
      const offered =
        item.isPublic &&
        (item.isStaff || item.role === 'bot') &&
        SUGGESTS.test(sentence) &&
        !did &&
        !pointsBack(item.analyzed[i]);
      if (offered) {
        const by = triedBy('', item.role);
        const key = sentence.toLowerCase();
        if (!seen.has(key)) {
          seen.add(key);
          const action = withActor(by, `suggested: ${sentence.replace(/\?$/, '')}`);
          push({ action, result: null, by, cites: [item.id] }, item.at);
        }
        return;
      }
      // bots only report (a deploy bot says nothing was tried)
      if (item.role === 'bot' || i === consumed) return;
      const next = item.sentences[i + 1];
      // "not the WAF. zero WAF blocks on /v2/checkout": a check that ruled something out
      const notThe = item.isStaff && !item.isPublic ? NOT_THE.exec(sentence) : null;
      if (notThe?.[1] && next && !next.endsWith('?')) {
        const key = `ruled out the ${notThe[1]}`.toLowerCase();
        if (seen.has(key)) return;
        seen.add(key);
        consumed = i + 1;
        const by = triedBy('', item.role);
        const action = withActor(by, `ruled out the ${notThe[1]}`);
        push({ action, result: cleanSentence(next), by, cites: [item.id] }, item.at);
        return;
      }
      // "Nobody touched the mappings, I checked the log back to October": the check after the denial
      const own = NOT_ATTEMPT.test(sentence) ? ownActAfter(item.analyzed[i], sentence) : null;
      if (own && ATTEMPT.test(own)) sentence = own.replace(/^and\s+/i, '').replace(/^i\b/, 'I');
      if (sentence.endsWith('?') || NOT_ATTEMPT.test(sentence) || NEGATED.test(sentence)) return;
      if (item.isStaff && item.isPublic && WORKING_ON_IT.test(sentence)) return;
      if (isInstruction(sentence, item) || RESTARTED_ITSELF.test(sentence)) return;
      if (readsNotDone(item.analyzed[i])) return;
      const read = item.analyzed[i];
      // "3 Feb 14:40: ticket opened": a timeline entry, unless it tells someone's act ("10:52: purged …")
      const entry = read && readsTimelineEntry(read) ? afterLabel(read) : null;
      if (entry && !readsSubjectlessReport(entry) && !readsPersonsAct(entry)) return;
      // a finding opens an internal note, or one of its list lines ("- 27.7 diff: only the backoff changed")
      const listed = i > 0 && startsListLine(item.ev.text, raw);
      // a list line says more than a label and a figure ("Charged: $32,173.15" is data, not a check)
      const opensLine = i === 0 || (listed && contentWords(sentence.replace(/^[^:]*:/, '')).length >= 4);
      // a table row ("ticket: #7731; rows: 20,000") is a record of data, not a finding
      const record = TABLE_ROW.test(sentence);
      const internal = !record && !item.isPublic && item.isStaff;
      // what follows the label orders, plans or passes on someone's ask: no finding
      const heading = internal && read !== undefined && tailIsNoFinding(read);
      const finding = internal && !heading && opensLine && FINDING.test(sentence);
      // "Mail log: both notices delivered": a check of the source the label names
      const labelled = internal && !heading && !finding && labelledFinding(sentence, read);
      // words in quotes are someone's wording ("Draft: 'I have escalated this …'"), not what was done
      // "L2 check done.": the check was made; the next sentence is its finding
      const checkDone = internal && read !== undefined && readsCheckDone(read);
      const kind: Kind = labelled
        ? 'observation'
        : did || finding || checkDone
          ? 'action'
          : attemptKind(sentence.replace(QUOTED, '""'), item, item.analyzed[i]);
      if (!kind) return;
      // a finding with an order after it ("…, so please don't promise a date") is guidance
      if ((kind === 'observation' || finding) && read && instructsAfter(read)) return;
      const split = splitResult(sentence);
      let result = split.result;
      // "Reproduced on staging. When X, Y happens", "Looked at the billing events. The three users …":
      // the sentence after a bare reproduction or check is what was found
      const bareRepro =
        (REPRODUCED.test(split.action) || CHECK_VERB.test(split.action)) &&
        contentWords(split.action).length <= 4;
      const found =
        (bareRepro || checkDone) &&
        next &&
        !next.endsWith('?') &&
        contentWords(next).length >= 4 &&
        !readsNotDone(item.analyzed[i + 1]) &&
        !item.analyzed[i + 1]?.hedged &&
        !planned(item.analyzed[i + 1]);
      // "Checked the access index for her seller id:": the colon promises the finding that follows
      const promised = split.action.endsWith(':');
      if (
        !result &&
        next &&
        (found || promised || (RESULT.test(next) && !ATTEMPT.test(next))) &&
        !next.endsWith('?')
      ) {
        result = cleanSentence(next);
        consumed = i + 1;
      }
      const key = split.action.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      const cites = did && suggestion ? [item.id, suggestion.id] : [item.id];
      // whoever reports a state looked at it ("membership svc looks healthy"), whatever the subject
      const observation = kind === 'observation' && item.isStaff;
      // a label may name who looked ("Oskar confirms: …")
      const by = observation && !labelled ? triedBy('', item.role) : triedBy(sentence, item.role);
      let action = observation && !CHECK_VERB.test(split.action) ? `checked: ${split.action}` : split.action;
      // "repro'd in our sandbox" alone does not say what was reproduced: the reported problem was
      if (problem && !result && REPRODUCED.test(action) && contentWords(action).length <= 4) {
        action = `${action} (the reported problem: ${String(problem.value).replace(/\.$/, '')})`;
        cites.push(...problem.cites);
      }
      push({ action: withActor(by, action), result, by, cites: [...new Set(cites)] }, item.at);
    });
  }
  const cited = new Set(out.flatMap((t) => t.cites[0] ?? []));
  const more = out.length < MAX_TRIED ? [...triedFromAnswers(ctx), ...triedFromStatusPage(ctx)] : [];
  for (const t of more) {
    // an answer already read as an attempt on its own is not repeated
    if (t.cites[0] && cited.has(t.cites[0])) continue;
    push(t, atOf(ctx, t.cites[0]));
  }
  out.sort((a, b) => (a.at === b.at ? 0 : a.at === '' ? 1 : b.at === '' ? -1 : a.at < b.at ? -1 : 1));
  const tried: Tried[] = out.map(({ at: _at, ...t }) => t);
  for (const t of tried.length < MAX_TRIED ? triedFromTheories(ctx) : []) {
    if (tried.length >= MAX_TRIED) break;
    tried.push(t);
  }
  return tried;
}

/** True when `raw` starts a line or a list item of `text`. */
function startsListLine(text: string, raw: string): boolean {
  const head = raw.trim().slice(0, 24);
  if (head.length < 8) return false;
  const at = text.indexOf(head);
  if (at < 0) return false;
  return /(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$/.test(text.slice(0, at));
}

function atOf(ctx: ExtractContext, id: string | undefined): string | null {
  return ctx.items.find((i) => i.id === id)?.at ?? null;
}
