/**
 * @module Whether the remedy our side is applying will work: a restart, revert, rollback, re-import or
 * replay under way or planned and not yet reported done → "Does the rolling restart of … fix it?";
 * our side's expectation ("the replay should create the missing users") → "Will the replay create …?"
 */
import type { ExtractContext, Item } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';
import { fromSentence, type Unknown } from './unknown.js';

// the remedy word, as a verb or a noun; "roll back" and "rollback" are one remedy
const REMEDY =
  /\b((?:rolling\s+)?(?:restart(?:ing)?|revert(?:ing)?|roll(?:ing)?\s+back|rollback|re-?import(?:ing)?|replay(?:ing)?|re-?send(?:ing)?|re-?run(?:ning)?|re-?deploy(?:ing)?|fail(?:ing)?\s*over|failover))\b/i;
// under way or planned: "started 06:20", "now", "going with", "I can …", "then we …", "in progress"
const UNDER_WAY =
  /\b(?:now|started|starting|in progress|under ?way|running|kicked off|going with|i can|i'?ll|we'?ll|will|then we|plan:|next step)\b/i;
const DONE =
  /\b(?:done|finished|complete[d]?|succeeded|worked|didn'?t (?:help|work)|no (?:change|effect))\b/i;
// an expectation about an outcome: "<subject> should <recover, create, restore …> …" — not a norm
// ("it should display the key"), not "should we", not advice to a person
const EXPECTS =
  /^(?:and\s+|then\s+)?((?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+should\s+((?:re-?)?(?:create|restore|recover|fix|clear|resolve|bring|deliver|drain|sync|catch up|backfill|pick up|process|populate|reappear|come back|send)\w*\s.{6,})$/i;
/^(?:and\s+|then\s+)?((?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+should\s+(?!be able\b)([a-z]\w+\s.{6,})$/i;
const PERSON =
  /^(?:i|we|you|they|he|she|it|this|that|there|someone|somebody|support|customers?|the customer|people)$/i;

function ours(item: Item): boolean {
  return !item.isCustomer && item.role !== 'bot' && item.unit !== 'field' && item.unit !== 'log';
}

const key = (remedy: string): string =>
  remedy
    .toLowerCase()
    .replace(/^rolling\s+(?=restart)/, '')
    .replace(/roll(?:ing)?\s+back/, 'rollback')
    .replace(/(?:ing|-)/g, '');

const gerund = (verb: string): string =>
  verb.replace(/^(\S+)/, (w) => (/(?:^|-)run$/.test(w) ? `${w}ning` : `${w.replace(/e$/, '')}ing`));

// "revert the font cache migration" → "reverting the font cache migration"; a noun keeps "the"
function asSubject(remedy: string, rest: string): string {
  const object = /^\s*(?:is|was|are|were|has|have)\b/i.test(rest)
    ? ''
    : (rest
        .split(
          /,\s|;|\s[—–-]\s|\s(?:but|then|so|if|once|and then|need|needs|should|because|started|now)\b|\(|\.(?=\s|$)/,
        )[0]
        ?.trim()
        .split(/\s+/)
        .slice(0, 9)
        .join(' ')
        .replace(/[\s,.:;!]+$/, '') ?? '');
  const lower = remedy.toLowerCase().replace(/\s+/g, ' ');
  const verbal =
    /^(?:restart|revert|roll back|re-?import|replay|re-?send|re-?run|re-?deploy|fail over)$/.test(lower);
  const head = verbal
    ? gerund(lower)
    : /^\w+ing\b/.test(lower) && !/ restart$/.test(lower)
      ? lower
      : `the ${lower}`;
  return object ? `${head} ${object}` : head;
}

/** Remedies under way that no later message reports done, and our side's untested expectations; at most two each. */
export function askRemedyWorks(ctx: ExtractContext): Unknown[] {
  const remedies = new Map<string, Unknown>();
  const expectations: Unknown[] = [];
  for (const item of ctx.items) {
    if (!ours(item)) continue;
    item.sentences.forEach((raw, index) => {
      const s = cleanSentence(raw);
      const read = item.analyzed[index];
      if (!read || read.question || s.endsWith('?')) return;
      const m = REMEDY.exec(s);
      if (m?.[1]) {
        const k = key(m[1]);
        const denied =
          read.negators.length > 0 &&
          /\b(?:not|no|never|don'?t|won'?t)\b[^.,;]{0,30}$/i.test(s.slice(0, m.index));
        if (DONE.test(s)) remedies.delete(k);
        else if (!denied && !read.conditional && UNDER_WAY.test(s)) {
          const subject = asSubject(m[1], s.slice(m.index + m[0].length));
          if (subject.split(/\s+/).length >= 3 && !remedies.has(k))
            remedies.set(
              k,
              fromSentence(
                `Does ${subject} fix it?`,
                'A remedy is under way; until it is seen to work, the severity and the customer message stay open.',
                'ask-remedy-works',
                item.id,
                raw,
              ),
            );
        }
      }
      const e = EXPECTS.exec(s);
      if (e?.[1] && e[2] && !PERSON.test(e[1].trim()) && !/\b(?:we|you|i)\b/i.test(e[1])) {
        const rest =
          e[2].split(/;|\s[—–-]\s|,\s(?:but|so)\s|\.(?=\s|$)/)[0]?.replace(/[\s,.:;!]+$/, '') ?? '';
        expectations.push(
          fromSentence(
            `Will ${e[1].trim().replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())} ${rest}?`,
            'Our side expects it but nobody has seen it happen yet.',
            'ask-expectation-holds',
            item.id,
            raw,
          ),
        );
      }
    });
  }
  return [...[...remedies.values()].slice(-2), ...expectations.slice(-2)];
}
