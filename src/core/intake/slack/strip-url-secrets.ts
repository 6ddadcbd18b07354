/** @module Remove query strings and Slack tokens from URLs before they become evidence text. */

/** A URL without its query string and fragment (`?t=xoxe-…` carries access tokens). */
export function stripQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** Strips query strings from every http(s) URL in a text and masks bare Slack tokens. */
export function stripUrlSecrets(text: string): string {
  return text
    .replace(/\bhttps?:\/\/[^\s<>()"']+/g, (url) => stripQuery(url))
    .replace(/\bxox[a-z]-[A-Za-z0-9-]+/g, '[token removed]');
}
