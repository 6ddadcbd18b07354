/**
 * @module What our side, inside, words for the customer: a reported-speech frame addressed to the
 * customer ("tell them …", "let her know …", "we can say …", "for the customer: …") and its content.
 * The content is a candidate answer only; the leak guard and the question's words decide its use.
 */
import { analyze } from '../language/analyze.js';
import { toSecondPerson } from './to-second-person.js';

// the customer as the frame's addressee
const ADDRESSEE = String.raw`(?:them|her|him|the customer|the client)`;
// "tell them (that) …", "let her know (that) …", "reply to them (that) …": at the start or after a clause
const VERB_FRAME = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|so|just|please)\s+|\b(?:we|you|i)\s+(?:can|could|may|should)\s+)(?:tell\s+${ADDRESSEE}|let\s+${ADDRESSEE}\s+know|reply\s+to\s+${ADDRESSEE}|say\s+to\s+${ADDRESSEE})\s*[:,]?\s+(?:that\s+)?(.+)$`,
  'i',
);
// "we can say (that) …": a modal "say" with our side as subject
const SAY_FRAME = /\bwe\s+(?:can|could|may)\s+say\s*[:,]?\s+(?:that\s+)?(.+)$/i;
// "For the customer: …", "What we can say: …", "Script for them: …": a short head ending on a colon
const HEAD_FRAME = new RegExp(
  String.raw`^([^:]{0,60}?\b(?:(?:for|to)\s+${ADDRESSEE}|(?:we|you)\s+(?:can|could|may)\s+(?:say|tell\s+${ADDRESSEE})))\s*:\s+(.+)$`,
  'i',
);
const NEGATED = /\b(?:not|never|don['’]t|do not|can['’]t|cannot|shouldn['’]t|won['’]t)\s+(?:\w+\s+){0,2}$/i;

/** The content our side words for the customer in this sentence, said to them (second person), or null. */
export function scriptFor(sentence: string): string | null {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.includes('?')) return null;
  const head = HEAD_FRAME.exec(text);
  const verb = head ? null : (VERB_FRAME.exec(text) ?? SAY_FRAME.exec(text));
  const content = (head?.[2] ?? verb?.[1] ?? '').trim();
  if (content.length < 12) return null;
  // "do NOT tell the customer …", "we can't say …": a frame under negation forbids, it does not word
  const frameStart = text.length - content.length;
  const before = text.slice(0, frameStart);
  if (NEGATED.test(before.replace(/\s*(?:tell|let|say|reply|for|to)\b.*$/i, ' ')) || /\bnot\b/i.test(before))
    return null;
  // a frame about one person ("tell her …"): a "they" in the content is someone else, not the customer
  // a frame with no addressee ("we can say they're retained"): whom "they" means is unknown
  const toThem = /\b(?:them|the customer|the client)\b/i.test(before);
  if (!toThem && /\b(?:they|them|their)\b/i.test(content)) return null;
  // "they can pause …" advises the customer; "after they leave us" may mean the texts: unknown, refused
  if (
    /\b(?:them|their|theirs)\b|\bthey\b(?!\s+(?:can|could|should|may|might|must|need|will|would)\b)/i.test(
      content,
    )
  )
    return null;
  // the content is a statement: a frame over a question or a fragment is no answer
  const s = analyze(content).sentences[0];
  if (!s || s.question || !s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  // "… and that they can pause": the reported "that" goes with the frame
  const plain = content.replace(/^["“'‘]|["”'’]$/g, '').replace(/\band that\b/gi, 'and');
  const said = toSecondPerson(plain, 'staff');
  const ended = /[.!]$/.test(said) ? said : `${said}.`;
  return ended.charAt(0).toUpperCase() + ended.slice(1);
}
