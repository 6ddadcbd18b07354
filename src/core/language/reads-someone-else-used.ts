/**
 * @module Whether a sentence says that a person's means of access was used by someone who is not
 * its holder — unauthorised access, worded without "breach" or "security": "her login was used by
 * someone else", "somebody else signed in with my password", "another person is using our admin
 * account". Read from structure over the tokens: a credential (login, account, password, session,
 * token, key, credentials) and "someone/somebody else" (or "another person", "a stranger") joined by
 * a using verb (use, access, sign/log in) within one clause. Never denied ("nobody else used it"),
 * asked, nor conditional; never a service or a colleague named as the user.
 */
import { isDenied } from './polarity.js';
import { holdsAny } from './sentence-words.js';
import type { Sentence, Token } from './types.js';

const CREDENTIALS = new Set([
  'login',
  'logins',
  'account',
  'accounts',
  'password',
  'passwords',
  'credential',
  'credentials',
  'session',
  'sessions',
  'token',
  'tokens',
  'key',
  'keys',
  'identity',
  'sign-in',
  'username',
]);
const USING = new Set(['use', 'access', 'log', 'sign', 'hijack', 'borrow', 'share']);
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'stranger', 'outsider', 'intruder', 'attacker']);
const CLAUSE_END = new Set([';', '.', '!', '?', 'but', 'because', 'although', 'while']);
const TEAM = new Set(['team', 'side', 'company', 'staff', 'office', 'department']);
const ABILITY = new Set(['can', 'could', 'should', 'will', 'would', 'shall', 'must', 'may', 'to']);
const WINDOW = 8;

// the words isOtherPerson opens at
const OTHER_PERSON = new Set([...SOMEONE, 'another', 'unknown']);

// "someone else", "somebody else", "a stranger", "another person", "an unknown person"
function isOtherPerson(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.normal === 'someone' || t.normal === 'somebody') return tokens[i + 1]?.normal === 'else';
  if (SOMEONE.has(t.normal)) return t.normal !== 'anyone';
  const next = tokens[i + 1]?.normal ?? '';
  return (t.normal === 'another' || t.normal === 'unknown') && (next === 'person' || next === 'individual');
}

/** True when the sentence says someone other than its holder used a login, account or credential. */
export function readsSomeoneElseUsed(s: Sentence): boolean {
  if (s.question || s.conditional || !holdsAny(s, OTHER_PERSON)) return false;
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isOtherPerson(tokens, i) || isDenied(s, i)) continue;
    // the clause around the person: a using verb and a credential, both within reach
    let from = i;
    while (from > 0 && i - from < WINDOW && !CLAUSE_END.has(tokens[from - 1]?.normal ?? '')) from--;
    let to = i;
    while (to < tokens.length - 1 && to - i < WINDOW && !CLAUSE_END.has(tokens[to + 1]?.normal ?? '')) to++;
    const clause = tokens.slice(from, to + 1);
    // "someone else on my team": a colleague, not a stranger
    if (['on', 'from', 'in'].includes(tokens[i + 2]?.normal ?? '') && TEAM.has(tokens[i + 4]?.normal ?? ''))
      continue;
    // a using verb that happened or is suspected, not one that may happen ("can use", "will log in")
    const using = clause.some((t, k) => {
      const before = clause[k - 1]?.normal ?? '';
      return t.pos === 'VERB' && USING.has(t.lemma) && !t.negated && !ABILITY.has(before);
    });
    const credential = clause.some((t) => CREDENTIALS.has(t.normal));
    if (using && credential) return true;
  }
  return false;
}
