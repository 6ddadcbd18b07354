/** @module One mail address as written in a header or a forwarded block: name and lower-cased e-mail. */

export interface MailAddress {
  readonly name: string;
  readonly email?: string;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** `Haddad, Yara` (Outlook's directory order) → `Yara Haddad`; other names unchanged. */
export function displayName(name: string): string {
  const match = /^([^\s,]+),\s*([^,]+)$/.exec(name.trim());
  return match ? `${match[2]?.trim()} ${match[1]}` : name.trim();
}

/** Parses `"Name" <a@b.c>`, `Name <a@b.c>`, `<a@b.c>`, `a@b.c [mailto:a@b.c]` or a bare name. */
export function parseMailAddress(raw: string): MailAddress {
  const text = raw.replace(/\*\*/g, '').trim();
  const email = EMAIL.exec(text)?.[0]?.toLowerCase();
  const angle = text.indexOf('<');
  let name = angle >= 0 ? text.slice(0, angle) : email ? '' : text;
  name = name
    .replace(/\[mailto:[^\]]*\]/i, '')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
  name = name ? displayName(name) : (email ?? text);
  return email ? { name, email } : { name };
}
