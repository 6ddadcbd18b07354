/**
 * @module Redact credentials people paste into tickets and chats (API keys, webhook secrets,
 * tokens, passwords, private keys, JWTs) before they become evidence text. A recognisable prefix
 * stays (`whsec_live_…[redacted]`) so a reader still knows what kind of secret was there.
 */

const MARK = '…[redacted]';

// Vendor tokens with a fixed prefix: the prefix (group 1) is kept, the rest is secret.
const PREFIXED: readonly RegExp[] = [
  // Stripe-style secret, restricted and webhook signing keys: sk_live_…, rk_test_…, whsec_…
  /\b((?:sk|rk)_(?:live|test)_|whsec_(?:live_|test_)?)[A-Za-z0-9_]{6,}/g,
  // Slack tokens: xoxb-, xoxp-, xoxa-, xoxe-, xapp-
  /\b(xox[abeoprs]-|xapp-)[A-Za-z0-9-]{6,}/g,
  // GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_, github_pat_
  /\b(gh[opusr]_|github_pat_)[A-Za-z0-9_]{16,}/g,
  // GitLab, npm, PyPI, OpenAI/Anthropic-style, SendGrid, Google API keys
  /\b(glpat-|npm_|pypi-|sk-(?:ant-|proj-)?|SG\.|AIza)[A-Za-z0-9_.-]{16,}/g,
  // AWS access key ids
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g,
  // JSON Web Tokens: header.payload.signature, all base64url
  /\b(eyJ)[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}/g,
];

// `Authorization: Bearer …`, `Basic …`, `Token …`: the scheme stays.
const SCHEME = /\b(Bearer|Basic|Token)(\s+)([A-Za-z0-9._~+/=-]{12,})/g;

// A PEM private key block, or its start when the end was cut off.
const PRIVATE_KEY =
  /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----|[\s\S]*$)/g;

// user:password@ in a URL: the password goes.
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(@)/gi;

// `name=value` or `name: value` where the name says it is a credential.
const SECRET_NAME =
  'pass(?:word|wd|phrase)?|pwd|secret|(?:client|app|api|signing|webhook|shared)[_-]?secret|secret[_-]?(?:key|access[_-]?key)|' +
  'api[_-]?key|apikey|access[_-]?key|private[_-]?key|(?:access|auth|refresh|api|bearer|session|id)[_-]?token|token';
const ASSIGNED = new RegExp(
  `(^|[^A-Za-z0-9_-])(["']?(?:${SECRET_NAME})["']?)(\\s*=\\s*|\\s*:\\s*)(["']?)([^\\s"',;&<>]+)`,
  'gim',
);

function alreadyRedacted(value: string): boolean {
  return /redacted|removed|\*{3,}|^x{3,}$|^[•·▇]+$|^<[^>]*>$|^\$\{?[A-Z_]+\}?$/i.test(value);
}

// After `password:` prose is common ("password: reset it"): only a token-like value is a secret there.
function looksLikeSecret(value: string, colon: boolean): boolean {
  if (alreadyRedacted(value)) return false;
  if (!colon) return value.length >= 3;
  const bare = value.replace(/[.,!?:)\]]+$/, '');
  if (bare.length < 6) return false;
  return /\d/.test(bare) || bare.length >= 16;
}

export interface Redacted {
  readonly text: string;
  /** how many secrets were replaced */
  readonly count: number;
}

/**
 * The text with every credential it recognises replaced by its prefix + `…[redacted]`.
 * @example redactSecrets('key: sk_live_51Habc123def456').text // 'key: sk_live_…[redacted]'
 */
export function redactSecrets(text: string): Redacted {
  let count = 0;
  let out = text.replace(PRIVATE_KEY, (_all, begin: string) => {
    count++;
    return `${begin}${MARK}`;
  });
  for (const pattern of PREFIXED) {
    out = out.replace(pattern, (_all, prefix: string) => {
      count++;
      return `${prefix}${MARK}`;
    });
  }
  out = out.replace(SCHEME, (all, scheme: string, space: string, token: string) => {
    // `Basic authentication`, `Token expired…`: a real credential has digits or symbols.
    if (token.includes(MARK) || alreadyRedacted(token) || /^[A-Za-z]+$/.test(token)) return all;
    count++;
    return `${scheme}${space}${MARK}`;
  });
  out = out.replace(URL_PASSWORD, (all, head: string, password: string, at: string) => {
    if (alreadyRedacted(password)) return all;
    count++;
    return `${head}${MARK}${at}`;
  });
  out = out.replace(
    ASSIGNED,
    (all, lead: string, name: string, sep: string, quote: string, value: string) => {
      if (value.includes(MARK) || !looksLikeSecret(value, sep.trim() === ':')) return all;
      // A URL after `token:` is where a token comes from, not the token.
      if (/^https?:/i.test(value)) return all;
      count++;
      return `${lead}${name}${sep}${quote}${MARK}`;
    },
  );
  return { text: out, count };
}
