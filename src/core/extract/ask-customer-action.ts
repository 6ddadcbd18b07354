/**
 * @module What our side asked the customer to do that no later customer message reports done:
 * "Could you ask your network team to allow …?" → "Has the customer asked their network team to allow …?"
 */
import type { ExtractContext, Item } from './context.js';
import { pastParticiple } from './past-participle.js';
import { cleanSentence } from './text/clean-sentence.js';
import { wordStems } from './text/word-stems.js';
import { fromSentence, type Unknown } from './unknown.js';

// "could you (please) <verb> …?", "please <verb> …", "you'll need to <verb> …"
const ASKED =
  /^(?:so\s+|also\s+|meanwhile\s+|in the meantime,?\s+)?(?:(?:could|can|would)\s+you\s+(?:guys\s+|all\s+)?(?:please\s+)?(?:also\s+)?|please\s+(?:could you\s+)?|you(?:'ll| will)?\s+(?:need to|should|must|have to)\s+)([a-z][\w-]*)\s+(.{4,})$/i;
// "An account admin can switch it back on under …": someone on their side, named by role
const THEIR_ROLE =
  /^(?:an?|the|your)\s+((?:account\s+|workspace\s+|network\s+|it\s+|dev\s+)?(?:admin(?:istrator)?|owner|developer|it team|team|engineer))\s+(?:can|could|will need to|needs to|should|must)\s+([a-z][\w-]*)\s+(.{4,})$/i;
// verbs that ask for patience, attention or a reply, not an action on their side
const NOT_ACTION = new Set([
  'let',
  'know',
  'note',
  'be',
  'bear',
  'feel',
  'see',
  'hold',
  'accept',
  'excuse',
  'forgive',
  'understand',
  'help',
  'advise',
  'email',
  'refer',
  'look',
  'take',
  'go',
  'guide',
  'anyone',
  'someone',
  'wait',
  'keep',
  'rest',
  'expect',
  'find',
  'reach',
  'reply',
  'contact',
  'do',
]);
// asks for information: settled by any later message from the customer
const INFO = new Set(['tell', 'send', 'share', 'paste', 'provide', 'attach', 'forward', 'describe', 'give']);
const DONE =
  /\b(?:done|did (?:it|that)|works? now|working (?:again|now)|fixed (?:it|now)|all good|sorted)\b/i;

function theirs(text: string): string {
  return text
    .replace(/\byour(?=\s)/gi, 'their')
    .replace(/\byourselves\b/gi, 'themselves')
    .replace(/\byou\b/gi, 'they')
    .replace(/\bme\b/g, 'us')
    .replace(/\bmy\b/gi, 'our');
}

// the action as far as the first aside: a parenthesis, a link, a dash, a semicolon or a new clause
function actionOf(rest: string): string {
  const cut = rest
    .replace(/\s*\((?:[^()]*)\)/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .split(
      /\s[—–-]\s|;|\?|\.(?=\s|$)|,\s+(?:and |so |then |which |or |but )|\s+(?:so that|once|before|if|to make sure|to ensure|because)\s/,
    )[0];
  const words = (cut ?? '').trim().split(/\s+/);
  return words
    .slice(0, 18)
    .join(' ')
    .replace(/[\s,.:;!]+$/, '');
}

function reportedDone(later: readonly Item[], verb: string, action: string, info: boolean): boolean {
  const replies = later.filter((i) => i.isCustomer);
  if (info) return replies.length > 0;
  const asked = new Set(wordStems(`${verb} ${action}`));
  return replies.some((r) => {
    const text = r.sentences.join(' ');
    if (DONE.test(text)) return true;
    return wordStems(text).filter((w) => asked.has(w)).length >= 3;
  });
}

/** Actions our side asked the customer to take that no later customer message reports; the latest two. */
export function askCustomerAction(ctx: ExtractContext): Unknown[] {
  const out: Unknown[] = [];
  ctx.items.forEach((item, at) => {
    if (!item.isStaff || !item.isPublic || item.unit === 'field') return;
    item.sentences.forEach((raw, index) => {
      const s = cleanSentence(raw).replace(/^(?:hi|hello|dear)\s+\S+,?\s*/i, '');
      const analyzed = item.analyzed[index];
      if (analyzed?.conditional && !/^(?:could|can|would|please)\b/i.test(s)) return;
      const asked = ASKED.exec(s);
      const role = asked ? null : THEIR_ROLE.exec(s);
      const verb = (asked?.[1] ?? role?.[2] ?? '').toLowerCase();
      const rest = asked?.[2] ?? role?.[3] ?? '';
      if (!verb || NOT_ACTION.has(verb)) return;
      const action = actionOf(theirs(rest));
      if (action.split(/\s+/).length < 2) return;
      if (reportedDone(ctx.items.slice(at + 1), verb, action, INFO.has(verb))) return;
      const who = role?.[1] ? `the customer's ${role[1].toLowerCase()}` : 'the customer';
      out.push(
        fromSentence(
          `Has ${who} ${pastParticiple(verb)} ${action}?`,
          'Our side asked for it; until they report it done, the next step and the close both wait on it.',
          'ask-customer-action',
          item.id,
          raw,
        ),
      );
    });
  });
  return out.slice(-2);
}
