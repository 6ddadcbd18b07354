/** @module Problem (one sentence) and symptoms, from the subject and the customer's own words. */
import { maskPhoneNumbers } from '../intake/text/phone-number.js';
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';
import { stripLabel } from './extract-account.js';
import { cleanSentence } from './text/clean-sentence.js';

const SUBJECT_FIELDS = new Set(['subject', 'title', 'summary']);
const PREFIX =
  /^\s*(?:(?:re|fwd?|aw|sv)\s*:\s*|\[[^\]]{1,30}\]\s*|(?:urgent|asap|help|important)\s*[:!-]+\s*)+/i;
const SYMPTOM =
  /\b(?:fail(?:s|ed|ing|ure)?|errors?|not (?:working|loading|syncing|showing|sent|arriving|appearing|received|making it)|(?:can't|cannot|can ?not|unable to|couldn't) |missing|broken|stuck|time[sd]? ?out|timing out|timeouts?|slow|blank|empty|loops?|looping|duplicat\w*|wrong|rejected|crash\w*|hangs?|delayed|late|never (?:show|arrive|appear)\w*|(?:does|do|did|is|are|was|were)(?:n't| not) work\w*|stopped (?:work|load|sync|send)\w*|no longer (?:work|load|sync|show|arriv)\w*|(?:is|are|was|were|went|goes|been) (?:completely |totally )?down\b|dead\b|outage|unreachable|unavailable|\b5\d\d\b|4\d\d\b)/i;

// "heads-up: we deploy 6.14 tonight", "FYI maintenance on Sunday": news, not a failure
const ANNOUNCEMENT =
  /\b(?:heads[- ]?up|fyi|just so you know|for your information|planned|scheduled (?:maintenance|downtime|release)|we(?:'ll| will| are going to)? (?:deploy|release|roll out|ship|upgrade|migrate)\w* .{0,40}\b(?:tonight|tomorrow|next|on (?:mon|tue|wed|thu|fri|sat|sun)))/i;

/** Cleans a subject line: reply prefixes, tags and repeated punctuation removed. */
export function cleanSubject(subject: string): string {
  return cleanSentence(stripLabel(subject).replace(PREFIX, ''))
    .replace(/\s*[([](?:ticket|case|issue)?\s*#?\d+[)\]]\s*$/i, '')
    .replace(/[!?.]+$/, '');
}

/** One sentence saying what is broken or needed. */
export function extractProblem(ctx: ExtractContext): Claim<string> | null {
  const subject = ctx.items.find(
    (i) => i.unit === 'field' && SUBJECT_FIELDS.has((i.ev.meta?.field ?? '').toLowerCase()),
  );
  if (subject && cleanSubject(subject.ev.text).length > 3)
    return claim(cleanSubject(subject.ev.text), [subject.id]);
  const mail = ctx.items.find((i) => i.isCustomer && i.ev.meta?.subject);
  if (mail?.ev.meta?.subject && cleanSubject(mail.ev.meta.subject).length > 3 && mail.ev.text.includes(' ')) {
    const s = cleanSubject(mail.ev.meta.subject);
    if (mail.ev.text.toLowerCase().includes(s.toLowerCase().split(' ')[0] ?? '')) return claim(s, [mail.id]);
  }
  // the customer's first statement of a failure, wherever it is; a heads-up or greeting before it is not the problem
  for (const item of ctx.items) {
    if (!item.isCustomer) continue;
    const failure = item.sentences.find((s) => SYMPTOM.test(s) && !ANNOUNCEMENT.test(s));
    if (failure) return claim(cleanSentence(failure), [item.id]);
  }
  const first = ctx.items.find((i) => i.isCustomer && i.sentences.length > 0);
  const sentence = first?.sentences[0];
  return first && sentence ? claim(cleanSentence(sentence), [first.id]) : null;
}

/** What the customer sees, in their words (public customer items), at most eight, oldest first. */
export function extractSymptoms(ctx: ExtractContext): Claim<string>[] {
  const out: Claim<string>[] = [];
  for (const item of ctx.items) {
    if (!item.isCustomer || item.unit === 'field') continue;
    for (const s of item.sentences) {
      // a phone number's digit groups ("+420 541 228 910") are no status codes
      if (s.endsWith('?') || !SYMPTOM.test(maskPhoneNumbers(s))) continue;
      out.push(claim(cleanSentence(s), [item.id]));
    }
  }
  return uniqueClaims(out).slice(0, 8);
}
