/** @module Builds evidence authors: side follows role, e-mail lower-cased, manifest fills unknown roles. */
import type { Author, Role, Side } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';

/** Customers are external; staff and bots inside a help desk are internal; unknown stays unknown. */
export function sideOfRole(role: Role): Side {
  if (role === 'customer') return 'external';
  if (role === 'unknown') return 'unknown';
  return 'internal';
}

/**
 * An author with the side implied by `role`. When the format cannot tell the role, a person
 * named in the handoff manifest (matched by e-mail, then by name) supplies it.
 */
export function makeAuthor(
  name: string,
  role: Role,
  email: string | undefined,
  context?: ParseContext,
  side?: Side,
): Author {
  const lower = email?.trim().toLowerCase() || undefined;
  let finalRole = role;
  if (role === 'unknown' && context?.manifest) {
    const wanted = name.trim().toLowerCase();
    const person =
      context.manifest.people.find((p) => lower !== undefined && p.email?.toLowerCase() === lower) ??
      context.manifest.people.find((p) => p.name.trim().toLowerCase() === wanted);
    if (person) finalRole = person.role;
  }
  const author: Author = {
    name: name.trim() || 'unknown',
    role: finalRole,
    side: side ?? sideOfRole(finalRole),
  };
  return lower === undefined ? author : { ...author, email: lower };
}

/** Splits `Name <addr@host>` (or a bare address) into its parts. */
export function parseMailbox(value: string | undefined): { name?: string; email?: string } {
  if (value === undefined) return {};
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (match) {
    const name = match[1]?.trim();
    return { ...(name ? { name } : {}), ...(match[2] ? { email: match[2].trim() } : {}) };
  }
  return value.includes('@') ? { email: value.trim() } : { name: value.trim() };
}
