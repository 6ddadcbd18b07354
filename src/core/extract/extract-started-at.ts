/** @module When it began: onset phrases resolved against each item's own timestamp. */
import type { Sentence } from '../language/types.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext } from './context.js';
import { resolveDates } from './resolve-date.js';
import { contentWords } from './text/content-words.js';
import { caseZone } from './time-zone.js';

const ONSET =
  /\b(?:since|started|starting|began|begun|beginning|first (?:noticed|saw|seen|reported|happened|appeared|occurred|use[ds]?|failed|failure|error|hit)|as of|ever since|(after) (?:the|our|yesterday's|last|this|today's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)|from (?:yesterday|last night|this morning))\b/i;
// "nobody has touched it since August" dates a non-event, not the onset
const NON_EVENT = /\b(?:nobody|no one|no-one|nothing|never)\b/i;
// "it sat in my inbox since yesterday": how long a message waited, not when the problem began
const WAITING =
  /\b(?:inbox|mailbox|waiting|waited|pending|unanswered|unread|no (?:reply|answer|response|update)|chas(?:e|ed|ing)|sat|sitting|been open|forgot|forgotten|missed it)\b[^.;]{0,30}$/i;
// "our peak season is starting this week", "the sale starts Monday": a coming business event, not
// the problem's onset ("errors are starting to pile up" still is one)
const COMING_START = /\b(?:is|are|'s|'re|will be|will)\s+(?:starting|beginning|start|begin)\b(?!\s+to\b)/i;
const BUSINESS_EVENT =
  /\b(?:peak|season|sale|sales|campaign|promo(?:tion)?|launch|holidays?|black friday|cyber monday|christmas|rush|busy (?:period|week|season)|quarter|month-end|year-end|fiscal year|semester|term|enrol(?:l)?ment|open enrol(?:l)?ment)\b/i;
// "after the update on Tuesday" dates the update; a time further on ("… three events, at 03:20")
// is a later event
const AFTER_REACH = 40;
const MAX_BACK_DAYS = 60;

const EVENT =
  /\b(?:charged|billed|fail(?:ed|ing|s)?|broke|stopped|went down|crashed|errored|missing|dropped|lost|deleted|locked out|double[- ]charged|outage)\b/i;
const INCIDENT_START = /\bstarted (\d{4}-\d\d-\d\dT[\d:.]+Z)/;

/** A past, explicitly dated event in the customer's own report ("charged twice on 1 November"). */
function datedEvent(ctx: ExtractContext): Claim<string> | null {
  for (const item of ctx.items) {
    if (!item.at || !item.isCustomer || item.unit === 'field') continue;
    const at = new Date(item.at).getTime();
    for (const s of item.sentences) {
      if (!EVENT.test(s) || NON_EVENT.test(s)) continue;
      const d = resolveDates(s, item.at, true).find((x) => x.text.match(/\d/) && x.date.getTime() <= at);
      if (d && at - d.date.getTime() <= MAX_BACK_DAYS * 86_400_000) return claim(d.iso, [item.id]);
    }
  }
  return null;
}

/** The start of a status-page incident about the same thing as the problem. */
function relatedIncident(ctx: ExtractContext, topic: ReadonlySet<string>): Claim<string> | null {
  for (const item of ctx.items) {
    if (item.kind !== 'status' || item.unit !== 'field') continue;
    const start = INCIDENT_START.exec(item.ev.text)?.[1];
    const subject = item.ev.meta?.subject ?? item.ev.text;
    if (start && contentWords(subject).some((w) => topic.has(w.replace(/s$/, ''))))
      return claim(start, [item.id]);
  }
  return null;
}

/**
 * The earliest credible onset: a date phrase in an onset sentence, not after the item itself;
 * else an explicitly dated event in the customer's report; else a related status-page incident.
 */
export function extractStartedAt(ctx: ExtractContext, problem: string | null = null): Claim<string> | null {
  const phrased = onsetFromPhrases(ctx);
  if (phrased) return phrased;
  const topic = new Set(contentWords(problem ?? '').map((w) => w.replace(/s$/, '')));
  return datedEvent(ctx) ?? relatedIncident(ctx, topic);
}

/** A business event that is about to begin ("our peak is starting this week"), not an onset. */
function comingEvent(s: string, cueAt: number): boolean {
  const around = s.slice(Math.max(0, cueAt - 12), cueAt + 20);
  if (COMING_START.test(around)) return true;
  // "the christmas rush started Monday": the clause before the cue names a business event
  const clause =
    s
      .slice(0, cueAt)
      .split(/[,;:]|\b(?:and|but|so)\b/)
      .pop() ?? '';
  return /^\s*(?:start|began|begin)/i.test(s.slice(cueAt)) && BUSINESS_EVENT.test(clause);
}

const VERBAL = new Set(['VERB', 'AUX']);

/**
 * "No deploy on the SMS service since 24 Nov", "there is no change since July": a change denied as a
 * noun phrase ("no" then no verb up to the cue) dates the last change, not the problem's onset.
 * "the files have not arrived since Monday" denies a verb: that is the failure itself, and stays.
 */
function deniesChange(read: Sentence | undefined, cueAt: number): boolean {
  if (!read) return false;
  const before = read.tokens.filter((t) => t.start - read.start < cueAt);
  const no = before.findIndex((t) => t.normal === 'no' && t.pos === 'DET');
  // the word after "no" is its noun, whatever the tagger calls it ("no deploy")
  return no >= 0 && !before.slice(no + 2).some((t) => VERBAL.has(t.pos));
}

function onsetFromPhrases(ctx: ExtractContext): Claim<string> | null {
  // a long chat repeats the same phrase on the same day: resolve it once
  const memo = new Map<string, ReturnType<typeof resolveDates>[number] | undefined>();
  let best: { time: number; value: string; ids: string[] } | null = null;
  let hint: string | null = null;
  let hinted = false;
  for (const item of ctx.items) {
    if (item.unit === 'field' || item.unit === 'account') continue;
    // an undated paste ("First use was Dec 6, 02:14 UTC") counts only with a stated date
    const dated = item.at !== null;
    const ref = item.at ?? ctx.asOf;
    const at = new Date(ref).getTime();
    if (Number.isNaN(at)) continue;
    for (const [k, s] of item.sentences.entries()) {
      const cue = ONSET.exec(s);
      // the non-event comes before its date: "nobody has touched it since August"
      if (!cue || NON_EVENT.test(s.slice(0, cue.index)) || WAITING.test(s.slice(0, cue.index))) continue;
      if (deniesChange(item.analyzed[k], cue.index)) continue;
      if (comingEvent(s, cue.index)) continue;
      // only the phrase after the cue speaks of the onset
      const tail = s.slice(cue.index);
      const key = `${ref.slice(0, 10)}|${tail}`;
      if (!memo.has(key)) {
        if (!hinted) [hint, hinted] = [caseZone(ctx.items.map((i) => i.ev.text)), true];
        memo.set(key, resolveDates(tail, ref, true, hint)[0]);
      }
      const first = memo.get(key);
      if (!first) continue;
      if (!dated && !first.absolute) continue;
      if (cue[1] && tail.indexOf(first.text) - cue[0].length > AFTER_REACH) continue;
      const t = first.date.getTime();
      if (t > at || at - t > MAX_BACK_DAYS * 86_400_000) continue;
      const day = first.iso.slice(0, 10);
      // every item that dates the onset to the same day backs it
      if (best && best.value.slice(0, 10) === day) {
        if (best.ids.length < 3 && !best.ids.includes(item.id)) best.ids.push(item.id);
      } else if (!best || t < best.time) best = { time: t, value: first.iso, ids: [item.id] };
    }
  }
  return best ? claim(best.value, best.ids) : null;
}
