/** @module Workaround: whether one exists, whether it only covers some cases, in whose words. */

import { looksPast } from '../language/tense.js';
import type { Sentence } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import type { ExtractContext } from './context.js';
import { describesBehaviour } from './describes-behaviour.js';
import { readsContainment } from './reads-containment.js';
import { readsFailedTry } from './reads-failed-try.js';
import { readsLimited } from './reads-limited.js';
import { readsNoWayRound } from './reads-no-way-round.js';
import { wayRoundCue } from './reads-way-round.js';
import { cleanSentence } from './text/clean-sentence.js';

// what was charged or shown "instead of" what was expected is the problem, not something to do
const NOT_WORKAROUND =
  /\b(?:(?:was|were|got|been|being|is|are) (?:over)?(?:charged|billed|invoiced|debited)\b|(?:charged|billed|invoiced|debited|paid|showed|displayed|shown|shows|said|says)\b[^.]{0,60}\binstead of\b)/i;
const FULL = /\b(?:fully|completely|covers (?:all|every))\b/i;

// "we tried it, same error": the try is the suggestion just before
const REFERS_BACK =
  /\b(?:(?:tried|did|done|followed|used) (?:it|that|this|those|these|your (?:suggestion|workaround|steps?|advice)))\b/i;
// what was done, in the past tense: "we cleared the cache", "restarted the phones"
const doneStems = (sentences: readonly (Sentence | undefined)[]): string[] =>
  sentences.flatMap((s) => (s?.tokens ?? []).filter(looksPast).map((t) => t.lemma.slice(0, 5)));
const stems = (s: string): Set<string> =>
  new Set((s.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).map((w) => w.slice(0, 5)));

const MAX_CITES = 6;

// "…, but that also breaks their public dashboards": what the way round costs or leaves out
const CONTRAST = new Set(['but', 'though', 'although']);
const MIN_CLAUSE = 3;

/**
 * "She can void the labels herself meanwhile, but 214 one by one is a lot": a contrast after the
 * way round, a clause of its own, states its limit. A contrast before it ("not ideal, but you can
 * export by hand") does not.
 */
function contrastedAfter(read: Sentence, cue: string): boolean {
  const at = read.tokens.findIndex((t) => t.normal === cue);
  const but = read.tokens.findIndex((t, i) => i > at && CONTRAST.has(t.normal));
  // a clause of its own (the tagger reads some verbs as nouns: "the portal drops/NOUN the comments")
  return (
    at >= 0 && but > at && read.tokens.slice(but + 1).filter((t) => t.kind === 'word').length >= MIN_CLAUSE
  );
}

/** The first of the ascending `sorted` greater than `at` (binary search), or undefined. */
function firstAfter(sorted: readonly number[], at: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) > at) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
}

interface Failure {
  readonly at: number;
  readonly done: readonly string[];
  readonly refersBack: boolean;
}

/** Reports of a try that failed, with the sentence before ("We cleared the cache. Same thing."). */
function failedTries(ctx: ExtractContext): Failure[] {
  const out: Failure[] = [];
  ctx.items.forEach((item, n) => {
    if (item.unit === 'log' || item.unit === 'request' || item.role === 'bot') return;
    item.sentences.forEach((s, i) => {
      const read = item.analyzed[i];
      if (!read || !readsFailedTry(read) || s.endsWith('?')) return;
      const window = `${item.sentences[i - 1] ?? ''} ${s}`;
      const done = doneStems([item.analyzed[i - 1], read]);
      out.push({ at: n * 10_000 + i, done, refersBack: REFERS_BACK.test(window) });
    });
  });
  return out;
}

// the things a sentence names: what ties a later report to a way round
const nouns = (s: Sentence): Set<string> =>
  new Set(s.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.lemma));

/**
 * Whether a later sentence reports the way round back with a limit: it names two of the things the
 * way round names, and limits it ("Box office lookup works, but only 1,900 got through"). The
 * thread's later word settles the earlier offer.
 */
function limitedLater(ctx: ExtractContext, at: number, offer: Sentence): boolean {
  const own = nouns(offer);
  return ctx.items.some((item, n) => {
    if (item.unit === 'log' || item.unit === 'request' || item.unit === 'field' || item.role === 'bot')
      return false;
    return item.analyzed.some((read, i) => {
      if (n * 10_000 + i <= at || read.question) return false;
      const shared = [...nouns(read)].filter((w) => own.has(w)).length;
      return shared >= 2 && readsLimited(read);
    });
  });
}

/** The workaround as the evidence states it; exists is null when nothing is said. */
export function extractWorkaround(ctx: ExtractContext): Facts['workaround'] {
  const cites: string[] = [];
  let text: string | null = null;
  let none = false;
  // where the thread last said there is no way round, and where the last way round still stands
  let noneAt = -1;
  let keptAt = -1;
  let partial = false;
  let full = false;
  let failed = false;
  const failures = failedTries(ctx);
  // indexes over the failures, so each suggestion looks them up instead of scanning them all:
  // every stem any failure did, and the positions of the "tried it" ones (in order, as read)
  const doneByAny = new Set(failures.flatMap((f) => f.done));
  const refersBackAt = failures.filter((f) => f.refersBack).map((f) => f.at);
  const suggestions: {
    at: number;
    sentence: string;
    read: Sentence | undefined;
    next: string;
    cue: string;
    readNext: Sentence | undefined;
    /** the sentence after the next one: an announced way round ("What you can do now:") states its limits there */
    readAfter: Sentence | undefined;
  }[] = [];
  ctx.items.forEach((item, n) => {
    if (item.unit === 'field' || item.unit === 'account' || item.unit === 'log' || item.unit === 'request')
      return;
    item.sentences.forEach((s, i) => {
      const read = item.analyzed[i];
      if (read && readsNoWayRound(read)) {
        none = true;
        noneAt = n * 10_000 + i;
        if (cites.length < MAX_CITES && !cites.includes(item.id)) cites.push(item.id);
        return;
      }
      // stopping something so the harm stops growing ("we paused the promotion to stop the bleeding")
      // is a partial way round: it holds the damage while the problem lasts, and it is marked partial below
      const cue = read ? (wayRoundCue(read) ?? (readsContainment(read) ? 'contain' : null)) : null;
      if (!cue || s.endsWith('?') || NOT_WORKAROUND.test(s)) return;
      // "the importer reads the first sheet instead of the chosen one" is the problem, not a way round
      if (cue === 'instead' && read && describesBehaviour(read)) return;
      if (cites.length < MAX_CITES && !cites.includes(item.id)) cites.push(item.id);
      suggestions.push({
        at: n * 10_000 + i,
        sentence: s,
        read,
        next: item.sentences[i + 1] ?? '',
        cue,
        readNext: item.analyzed[i + 1],
        readAfter: item.analyzed[i + 2],
      });
    });
  });
  for (const [k, sug] of suggestions.entries()) {
    const read = sug.read;
    // tried and failed: the same action done in the past tense, or "tried it" right after it
    const own = stems(sug.sentence);
    const nextAt = suggestions[k + 1]?.at ?? Number.POSITIVE_INFINITY;
    const gone =
      (read !== undefined && readsFailedTry(read)) ||
      [...own].some((w) => doneByAny.has(w)) ||
      (firstAfter(refersBackAt, sug.at) ?? Number.POSITIVE_INFINITY) < nextAt;
    if (gone) {
      failed = true;
      continue;
    }
    // the limits often follow in the next sentence: "works for line charts, NOT combo charts"
    const scope = `${sug.sentence} ${sug.next}`;
    // "What you can do now:" announces the way round in the sentence after it
    text ??= cleanSentence(
      sug.sentence.trimEnd().endsWith(':') && sug.next ? `${sug.sentence} ${sug.next}` : sug.sentence,
    );
    keptAt = sug.at;
    const announced = sug.sentence.includes(':');
    const limited =
      [sug.read, sug.readNext, announced ? sug.readAfter : undefined].some(
        (r) => r !== undefined && readsLimited(r),
      ) ||
      (sug.read !== undefined && contrastedAfter(sug.read, sug.cue)) ||
      (sug.read !== undefined && limitedLater(ctx, sug.at, sug.read));
    if (limited || (sug.read !== undefined && readsContainment(sug.read))) partial = true;
    if (FULL.test(scope)) full = true;
  }
  // "there is nothing they can switch off" after the offers settles them: no way round now
  if (text && noneAt > keptAt) return { exists: false, partial: false, text: null, cites };
  if (text) return { exists: true, partial: partial && !full, text, cites };
  if (none || failed) return { exists: false, partial: false, text: null, cites };
  return { exists: null, partial: null, text: null, cites: [] };
}
