/** @module Compare people's names and mail domains across sources: accents, case and "Last, First" folded. */

/** `Chloé  Martin` → `chloe martin`; `Okafor, Ngozi` → `ngozi okafor`. */
export function foldName(name: string): string {
  let text = name.trim();
  const reversed = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (reversed && !/\s/.test((reversed[1] ?? '').trim())) text = `${reversed[2]} ${reversed[1]}`;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

const PUBLIC_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'yandex.ru',
  'mail.ru',
]);

/** The domain of an address, or null for free mail services, which say nothing about an organisation. */
export function orgDomain(email: string | undefined): string | null {
  const domain = email?.split('@')[1]?.trim().toLowerCase();
  if (!domain || PUBLIC_MAIL.has(domain)) return null;
  return domain;
}

/** True when `domain` is `base` or one of its subdomains. */
export function sameOrg(domain: string, base: string): boolean {
  return domain === base || domain.endsWith(`.${base}`);
}
