/**
 * @module Whether our side already explained the problem to the customer in public, and the
 * customer wrote back since: then "what we found" is news to nobody, and the update answers what
 * they asked after it.
 */
import { promises } from './update-earlier-answer.js';
import type { Said, UpdateMaterial } from './update-material.js';

// an explanation has a few statements of its own: a reply of one or two lines asks or acknowledges
const MIN_STATEMENTS = 3;
// "could you send me …?" after an explanation is a follow-up, not a questionnaire
const MAX_QUESTIONS = 1;

function replies(ours: readonly Said[]): Map<string, Said[]> {
  const by = new Map<string, Said[]>();
  for (const s of ours) by.set(s.item.id, [...(by.get(s.item.id) ?? []), s]);
  return by;
}

/**
 * A public reply by one of our people (not a bot's canned answer) made mostly of statements — at
 * least three, at most one question, not all of them promises to come back — followed by a later
 * message from the customer.
 */
export function explainedBefore(material: UpdateMaterial): boolean {
  const lastCustomer = Math.max(...material.customer.map((c) => Date.parse(c.item.at ?? '') || 0), 0);
  for (const said of replies(material.ours).values()) {
    const item = said[0]?.item;
    if (!item || item.author?.role === 'bot') continue;
    if (!((Date.parse(item.at ?? '') || Number.POSITIVE_INFINITY) < lastCustomer)) continue;
    const statements = said.filter((s) => !s.text.trim().endsWith('?') && !promises(s.text));
    const questions = said.filter((s) => s.text.trim().endsWith('?'));
    if (statements.length >= MIN_STATEMENTS && questions.length <= MAX_QUESTIONS) return true;
  }
  return false;
}
