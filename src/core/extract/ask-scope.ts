/**
 * @module Scope our side has counted but not settled: "9 accounts have locations over 150 staff" →
 * "Which of the 9 accounts that have locations over 150 staff are affected?"
 */
import type { ExtractContext } from './context.js';
import { cleanSentence } from './text/clean-sentence.js';
import { fromSentence, type Unknown } from './unknown.js';

const COUNTED =
  /\b(\d+)\s+((?:other\s+)?(?:accounts?|customers?|tenants?|merchants?|orgs?|organi[sz]ations?|workspaces?|shops?|clients?|sites?))\s+(have|had|with|on|use|using|run|running|are on|were on)\s+(.{4,120})/i;
// already known to be hit or known to be well: no open question about them
const SETTLED =
  /^(?:(?:also\s+)?(?:reported|written|complained|opened|raised|seen|confirmed|been affected))|\b(?:fine|healthy|normal|unaffected|not affected|no (?:errors?|issues?|problems?))\b/i;

/** The latest counted group of customers our side named whose state nobody settled. */
export function askScope(ctx: ExtractContext): Unknown | null {
  let found: Unknown | null = null;
  for (const item of ctx.items) {
    if (item.isCustomer || item.role === 'bot' || item.unit === 'log' || item.unit === 'field') continue;
    for (const raw of item.sentences) {
      const s = cleanSentence(raw);
      if (s.endsWith('?')) continue;
      const m = COUNTED.exec(s);
      if (!m?.[1] || !m[2] || !m[3] || !m[4]) continue;
      const rest = m[4]
        .split(/,\s|;|\s[—–-]\s|\s(?:but|and|so|which|too|as well)\b|\.(?=\s|$)/)[0]
        ?.trim()
        .replace(/\s+(?:too|as well)$/i, '');
      if (!rest || rest.split(/\s+/).length < 2 || SETTLED.test(m[4])) continue;
      const verb = m[3].toLowerCase();
      const how = /^(?:with|on|are on|were on)$/.test(verb)
        ? verb.replace(/^(?:are|were) /, '')
        : `that ${verb}`;
      found = fromSentence(
        `Which of the ${m[1]} ${m[2].toLowerCase()} ${how} ${rest} are affected?`,
        'Our side counted who could be hit; scope decides severity and whether this is an incident.',
        'ask-scope-counted',
        item.id,
        raw,
      );
    }
  }
  return found;
}
