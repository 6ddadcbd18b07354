/** @module Customer asks: the questions and requests in the customer's own public messages. */

import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import { askKind } from './ask-states.js';
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';
import { pointsBack } from './points-back.js';
import { readsAskedQuestion } from './reads-asked-question.js';
import { readsRequest } from './reads-request.js';
import { cleanSentence } from './text/clean-sentence.js';
import { contentWords } from './text/content-words.js';

const SMALL_TALK = /^(?:thanks|cheers|best|regards|hi|hello|ok|okay|sure|great)\b[^?]{0,20}$/i;
const MAX_ASKS = 10;
// "Is this a bug?", "this needs to work this week": the ask points at the problem without naming it
const POINTS_AT_PROBLEM =
  /\b(?:is|was|are|will|can|could) (?:this|it)\b|\b(?:this|it) (?:needs|has|is|was|should|must)\b|\b(?:fix|resolve|explain|look at|escalate) (?:this|it)\b/i;

// "I need three things:" introduces the asks that follow as a list
const LIST_INTRO =
  /\b(?:need|want|expect|require|would like|confirm|questions?|requests?|things?|points?)\b[^:]{0,60}:$/i;
// "Three questions from our side:" announces asks even without a request word
const ASKS_INTRO = /\b(?:questions?|requests?|asks?)\b[^:]{0,40}:$/i;
// "If the board is not working by 6pm I will …": a threat asks for the fix by then
export const THREAT =
  /^(?:but )?(?:if .{0,80}?\b(?:(?:is|are|was|were)(?:n't| not)|not|doesn't|don't|does not|do not|hasn't|haven't|has not|have not|can't|cannot)\b|unless\b).{0,40}?\b(?:work(?:ing|s)?|fixed|resolved|back|sorted|up|running|restored|solved|live)\b.{0,120}?\b(?:i|we)(?:'ll| will)\b/i;
// "Do you understand what that costs us?", "So now it is OUR fault?": anger, not a question to answer
const RHETORICAL =
  /^(?:(?:and|so|but|now|really|seriously),? )*(?:do|did) you (?:(?:even|actually|really) )?(?:understand|reali[sz]e|know|have any idea|get|care)\b|\b(?:(?:our|my|the customer's) fault|a joke|(?:are|is) (?:you|this) (?:serious|kidding|joking)|what kind of (?:support|service|company)|how (?:many times|often) (?:do|must|should|will|have) (?:i|we)|who (?:do you think|is going to pay))\b/i;
// "Please treat this as urgent", "so please check urgent", "I need a human please": how to handle the
// case, not something to answer in an update
const URGENCY =
  /(?:\b(?:so|and) )?(?:\b(?:please|pls|kindly) )?\b(?:treat|handle|check|consider|mark|flag|prioriti[sz]e)(?: (?:this|it|that|the case|the ticket))?(?: as)? (?:(?:very|super|really|high|top|an?) )?(?:urgent(?:ly)?|priority|emergency|asap)\b(?: please)?/gi;
const WANTS_A_HUMAN =
  /\b(?:i|we) (?:need|want)(?: to (?:speak|talk|chat) (?:to|with))? (?:a )?(?:real )?(?:human(?: being)?|person)\b(?:,? please)?/gi;
// "- …", "1. …", "2) …", "(a) …"
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)]|\(?[a-h1-9]\))\s+(\S.*)$/;
const NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The list items right after `intro` in `text` ("1. a list of …", "- someone to remove …"). */
function listAfter(text: string, intro: string): string[] {
  const at = text.indexOf(intro.slice(0, 40));
  if (at < 0) return [];
  const lines = text.slice(at).split('\n').slice(1);
  const items: string[] = [];
  for (const line of lines) {
    const m = LIST_ITEM.exec(line);
    if (m?.[1]) items.push(m[1].trim());
    else if (line.trim() !== '' || items.length > 0) break;
  }
  return items;
}

/** A request or a question put indirectly. */
function asks(s: Sentence): boolean {
  return readsRequest(s) || readsAskedQuestion(s);
}

/** True when the sentence's only request is to hurry or to hand over to a person. */
function onlyHowToHandle(s: string): boolean {
  const rest = s.replace(URGENCY, ' ').replace(WANTS_A_HUMAN, ' ').trim();
  if (rest === s.trim()) return false;
  const words = rest.replace(/^[\s,.;:!-]+/, '');
  return !analyze(words).sentences.some(asks) && !THREAT.test(words);
}

/** "Some see a hold on their card. Were they charged?" → the question first, its context after. */
function questionFirst(entry: string): string {
  const parts = entry.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g)?.map((p) => p.trim()) ?? [entry];
  const q = parts.findIndex((p) => p.endsWith('?'));
  if (q <= 0) return entry;
  const question = parts[q] ?? '';
  return [question, ...parts.slice(0, q), ...parts.slice(q + 1)].map(upperFirst).join(' ');
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const CONTEXT = / \(re: [^)]*\)$/;

/** The customer's own words of an ask, without the problem context extraction may have added. */
export function askWords(value: string): string {
  return value.replace(CONTEXT, '');
}

/**
 * Questions and requests by the customer, newest last; plain statements are left out. An ask that
 * only points at "this" (or at "these", "them" as a bare object) gets the reported `problem` it
 * points at, and its cite.
 */
export function extractAsks(ctx: ExtractContext, problem: Claim<unknown> | null = null): Claim<string>[] {
  const topic = problem ? String(problem.value).replace(/[.!?]+$/, '') : '';
  const topicWords = new Set(contentWords(topic));
  const out: Claim<string>[] = [];
  for (const item of ctx.items) {
    // a customer posting from their own side (a shared channel) speaks to us even if the export says internal
    const toUs = item.isPublic || item.ev.author?.side === 'external';
    if (!item.isCustomer || !toUs || item.unit === 'field' || item.unit === 'account') continue;
    // list items already read as asks of their own (their sentences are skipped)
    const listed = new Set<string>();
    for (const [i, raw] of item.sentences.entries()) {
      const s = cleanSentence(raw);
      const read = item.analyzed[i];
      // a short intro ("I expect:") still opens a list
      if (SMALL_TALK.test(s) || (s.length < 12 && !LIST_INTRO.test(s))) continue;
      const bare = s.replace(/[.!?]+$/, '');
      if ([...listed].some((l) => l.includes(bare) || bare.includes(l))) continue;
      if (LIST_INTRO.test(s) && ((read && readsRequest(read)) || ASKS_INTRO.test(s))) {
        const count = NUMBERS[/\b(two|three|four|five|six)\b/i.exec(s)?.[1]?.toLowerCase() ?? ''];
        const items = listAfter(item.ev.text, raw).slice(0, count ?? 6);
        for (const entry of items) {
          const ask = upperFirst(questionFirst(cleanSentence(entry)));
          listed.add(cleanSentence(entry).replace(/[.!?]+$/, ''));
          out.push(claim(ask, [item.id]));
        }
        if (items.length > 0) continue;
      }
      if (s.length < 12) continue;
      if (s.endsWith('?') && RHETORICAL.test(s)) continue;
      if (!s.endsWith('?') && !(read && asks(read)) && !THREAT.test(s)) continue;
      if (!s.endsWith('?') && onlyHowToHandle(s)) continue;
      // a plea ("please help", "we need this fixed") or their own timeline: no ask of ours
      if (read && askKind(read) !== 'ask') continue;
      const value = s.replace(/!+$/, '.');
      const vague =
        problem &&
        topic &&
        (POINTS_AT_PROBLEM.test(s) || (read !== undefined && pointsBack(read))) &&
        !contentWords(s).some((w) => topicWords.has(w));
      if (vague) out.push(claim(`${value} (re: ${lowerFirst(topic)})`, [item.id, ...problem.cites]));
      else out.push(claim(value, [item.id]));
    }
  }
  return uniqueClaims(out).slice(-MAX_ASKS);
}
