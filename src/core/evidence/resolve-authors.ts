/** @module Resolve authors' roles and sides across sources: the manifest first, then what other sources know. */
import type { Author, Evidence, Role, Side } from '../model/evidence.js';
import type { Manifest, ManifestPerson } from '../model/manifest.js';
import { foldName, orgDomain, sameOrg } from './fold-name.js';
import { roleFromTitle } from './role-from-title.js';

const INTERNAL_ROLES: ReadonlySet<Role> = new Set(['support', 'engineering', 'success', 'leadership']);

function sideOf(role: Role, current: Side): Side {
  if (role === 'customer') return 'external';
  if (role === 'unknown') return current;
  if (role === 'bot') return current === 'unknown' ? 'internal' : current;
  return 'internal';
}

function manifestRole(person: ManifestPerson): Role | null {
  if (person.role !== 'unknown') return person.role;
  return person.title ? roleFromTitle(person.title) : null;
}

/** Finds a manifest person by full name, e-mail, or a first name that only one person has. */
function manifestLookup(manifest: Manifest | null): (author: Author) => Role | null {
  const byName = new Map<string, Role>();
  const byEmail = new Map<string, Role>();
  const byFirst = new Map<string, Role | null>();
  for (const person of manifest?.people ?? []) {
    const role = manifestRole(person);
    if (!role) continue;
    const full = foldName(person.name);
    byName.set(full, role);
    if (person.email) byEmail.set(person.email.toLowerCase(), role);
    const first = full.split(' ')[0] ?? full;
    byFirst.set(first, byFirst.has(first) ? null : role);
  }
  return (author) => {
    const email = author.email ? byEmail.get(author.email) : undefined;
    if (email) return email;
    const name = foldName(author.name);
    const full = byName.get(name);
    if (full) return full;
    return name.includes(' ') ? null : (byFirst.get(name) ?? null);
  };
}

/** A map that forgets keys seen with two different roles: an ambiguous name decides nothing. */
class RoleIndex {
  private readonly roles = new Map<string, Role | null>();
  add(key: string | undefined, role: Role): void {
    if (!key) return;
    const seen = this.roles.get(key);
    this.roles.set(key, seen === undefined || seen === role ? role : null);
  }
  get(key: string | undefined): Role | null {
    return key ? (this.roles.get(key) ?? null) : null;
  }
}

function accountDomains(evidence: readonly Evidence[]): string[] {
  return evidence
    .filter((item) => item.meta?.unit === 'account' && item.meta.field === 'domain')
    .map((item) => /:\s*([a-z0-9.-]+\.[a-z]{2,})/i.exec(item.text)?.[1]?.toLowerCase())
    .filter((domain): domain is string => domain !== undefined);
}

/**
 * Gives every author the role and side the whole handoff supports. The manifest's people win
 * (matched by name, case- and accent-insensitive); then an unknown author takes the role its
 * address or name has elsewhere (a Zendesk end-user, an Intercom user …); then its mail domain
 * decides: a customer's domain (or the account's) → customer, a staff domain → support, and an
 * e-mail from any other organisation's domain (once the staff's domain is known), or one its
 * format put outside the team (sent to another organisation's support mailbox) → customer.
 * A known role is never turned back into unknown. A staff member's `Fwd:` e-mail becomes internal.
 */
export function resolveAuthors(evidence: readonly Evidence[], manifest: Manifest | null): Evidence[] {
  const fromManifest = manifestLookup(manifest);
  const withManifest = evidence.map((item) => {
    // Mail no person wrote stays a bot's, whoever's address sent it (a customer's vacation notice).
    if (!item.author || item.meta?.automatic) return item;
    const role = fromManifest(item.author);
    if (!role) return item;
    return { ...item, author: { ...item.author, role, side: sideOf(role, item.author.side) } };
  });

  const byEmail = new RoleIndex();
  const byName = new RoleIndex();
  const byFirstName = new RoleIndex();
  const customerDomains = new Set<string>(accountDomains(withManifest));
  const staffDomains = new Set<string>();
  for (const item of withManifest) {
    const author = item.author;
    // Staff whose role is unknown but whose side a format settled (mail to their own support@).
    const domain = orgDomain(author?.email);
    if (author?.role === 'unknown' && author.side === 'internal' && domain) staffDomains.add(domain);
    // an auto-reply says nothing about who its address belongs to
    if (!author || author.role === 'unknown' || item.meta?.automatic) continue;
    byEmail.add(author.email, author.role);
    const folded = foldName(author.name);
    byName.add(folded, author.role);
    if (folded.includes(' ')) byFirstName.add(folded.split(' ')[0], author.role);
    if (domain && author.role === 'customer') customerDomains.add(domain);
    if (domain && INTERNAL_ROLES.has(author.role)) staffDomains.add(domain);
  }
  for (const person of manifest?.people ?? []) {
    const domain = orgDomain(person.email);
    if (domain && person.role === 'customer') customerDomains.add(domain);
    if (domain && INTERNAL_ROLES.has(person.role)) staffDomains.add(domain);
  }
  const isIn = (domains: Set<string>, domain: string) => [...domains].some((base) => sameOrg(domain, base));

  return withManifest.map((item) => {
    const author = item.author;
    if (!author || item.meta?.automatic) return item;
    const folded = foldName(author.name);
    // A bare first name ("Nadia" signing a draft) matches a full name only when one role has it.
    let role: Role | null =
      author.role === 'unknown'
        ? (byEmail.get(author.email) ??
          byName.get(folded) ??
          (folded.includes(' ') ? null : byFirstName.get(folded)))
        : null;
    if (!role && author.role === 'unknown') {
      const domain = orgDomain(author.email);
      const customer = domain !== null && isIn(customerDomains, domain);
      const staff = domain !== null && isIn(staffDomains, domain);
      if (customer && !staff) role = 'customer';
      if (staff && !customer) role = 'support';
      // An e-mail from another organisation than the staff's, in a support handoff, is the customer writing.
      if (!customer && !staff && domain !== null && staffDomains.size > 0 && item.meta?.unit === 'email')
        role = 'customer';
      // Mail its format put outside the team (written to another organisation's support mailbox).
      if (!staff && author.side === 'external' && item.meta?.unit === 'email') role = 'customer';
    }
    const resolved: Author = role
      ? { ...author, role, side: sideOf(role, author.side) }
      : { ...author, side: sideOf(author.role, author.side) };
    const visibility = isStaffForward(item, resolved) ? 'internal' : item.visibility;
    if (resolved.role === author.role && resolved.side === author.side && visibility === item.visibility)
      return item;
    return { ...item, author: resolved, visibility };
  });
}

// Staff forwarding a thread to colleagues (`Fwd:` from an internal author) is talk among the team,
// not something the customer has seen; the forwarded message itself keeps its own visibility.
function isStaffForward(item: Evidence, author: Author): boolean {
  return (
    item.meta?.unit === 'email' &&
    author.side === 'internal' &&
    /^\s*(?:fw|fwd)\s*:/i.test(item.meta.subject ?? '')
  );
}
