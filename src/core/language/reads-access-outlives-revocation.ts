/**
 * @module Whether a sentence says that a means of access kept working after it should have been
 * cut off — a broken revocation, a security matter even when nobody says "security": "the token
 * still works after the user was deactivated", "deactivate leaves personal API tokens working",
 * "after the uninstall the app is still reading orders". Read from structure over the tokens: an
 * act that ends access (deactivate, offboard, revoke, uninstall, deprovision, disable, suspend), a
 * means of access (token, key, session, link, password, credential, grant, app, integration) and
 * persistence ("still", "keeps/leaves/stays … working/valid", "survives") in one sentence. Never asked, nor
 * conditional, nor denied ("no longer works", "still doesn't work").
 */
import type { Sentence, Token } from './types.js';

// stems, so the noun, the verb and a capitalised status ("user Deactivated") all count
const ENDS_ACCESS = [
  'deactivat',
  'offboard',
  'revok',
  'revoc',
  'uninstall',
  'deprovision',
  'disabl',
  'suspend',
];
const MEANS = new Set([
  'token',
  'key',
  'session',
  'link',
  'password',
  'credential',
  'grant',
  'app',
  'integration',
  'cookie',
]);
const WORKING = new Set(['work', 'working', 'active', 'valid', 'live', 'usable', 'open', 'alive', 'enabled']);
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing']);

const endsAccess = (t: Token): boolean => ENDS_ACCESS.some((stem) => t.normal.startsWith(stem));
const isMeans = (t: Token): boolean => MEANS.has(t.lemma) || MEANS.has(t.normal.replace(/s$/, ''));

/** "still" not followed by a negation within its clause ("still doesn't work", "still not revoked"). */
function stillHolds(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k] as Token;
    if (NEGATIONS.has(t.normal)) return false;
    if (t.pos === 'PUNCT') break;
  }
  return true;
}

const OUTLASTING = new Set(['leave', 'keep', 'stay', 'remain']);

/** "leaves … working", "keeps working", "stay valid", "keeps full access", "survives": the means outlasts the act. */
function outlasts(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.negated) return false;
  if (t.lemma === 'survive') return true;
  if (!OUTLASTING.has(t.lemma)) return false;
  return tokens
    .slice(i + 1, i + 6)
    .some((n) => !n.negated && (WORKING.has(n.normal) || (t.lemma === 'keep' && n.normal === 'access')));
}

/** True when the sentence says a token, key, session or app kept its access after access was ended. */
export function readsAccessOutlivesRevocation(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  const tokens = s.tokens;
  if (!tokens.some(endsAccess) || !tokens.some(isMeans)) return false;
  return tokens.some(
    (t, i) => (t.normal === 'still' && !t.negated && stillHolds(tokens, i)) || outlasts(tokens, i),
  );
}
