/** @module Removes secrets from what a HAR item quotes: query values, userinfo, token-like body fields. */

// Parameter names whose values are credentials or one-time secrets (OAuth, SAML, API keys, sessions).
const SECRET_NAME =
  /token|password|passwd|pwd|secret|saml|^code$|key|signature|^sig$|auth|session|credential|jwt|otp|ticket|assertion/i;

// In bodies `code` is usually an error code, not an OAuth grant: only these names are secret there.
const SECRET_BODY_NAME =
  /token|password|passwd|secret|saml|api_?key|signature|authorization|session|credential|jwt|otp|assertion/i;

const REDACTED = '[redacted]';

/** True when a query or form parameter of this name carries a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

function redactParams(params: URLSearchParams): boolean {
  let changed = false;
  for (const name of new Set(params.keys())) {
    if (isSecretName(name)) {
      params.set(name, REDACTED);
      changed = true;
    }
  }
  return changed;
}

/** The URL with secret query (and fragment) values replaced and any user:password@ removed. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not absolute: redact `name=value` pairs textually.
    return raw.replace(/([?&#]([^=&#]+)=)([^&#]*)/g, (all, head: string, name: string) =>
      isSecretName(name) ? `${head}${REDACTED}` : all,
    );
  }
  url.username = '';
  url.password = '';
  const query = new URLSearchParams(url.search);
  if (redactParams(query)) url.search = query.toString().replace(/%5Bredacted%5D/g, REDACTED);
  if (url.hash.includes('=')) {
    const fragment = new URLSearchParams(url.hash.slice(1));
    if (redactParams(fragment)) url.hash = fragment.toString().replace(/%5Bredacted%5D/g, REDACTED);
  }
  return url.toString();
}

/** Text with token-like JSON fields, form fields and bearer credentials replaced. */
export function redactText(text: string): string {
  return text
    .replace(/("([A-Za-z0-9_.-]*)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g, (all, head: string, name: string) =>
      SECRET_BODY_NAME.test(name) ? `${head}"${REDACTED}"` : all,
    )
    .replace(/(^|[?&\s])([A-Za-z0-9_.-]+)=([^&\s]+)/g, (all, lead: string, name: string) =>
      SECRET_BODY_NAME.test(name) ? `${lead}${name}=${REDACTED}` : all,
    )
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`);
}
