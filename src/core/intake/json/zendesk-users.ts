/** @module Zendesk people: sideloaded users to authors, with the system user and unknown ids. */
import type { Author, Role } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { zoneOfProfile } from '../../time/profile-zone.js';
import { makeAuthor } from './make-author.js';
import { arr, idOf, rec, str } from './pick.js';

/** The author with the zone of the user's profile (`time_zone`, else `location`) when it names one. */
function zoned(author: Author, user: Record<string, unknown>): Author {
  const zone =
    zoneOfProfile(user.iana_time_zone) ?? zoneOfProfile(user.time_zone) ?? zoneOfProfile(user.location);
  return zone ? { ...author, zone } : author;
}

/** Zendesk's own system user id (triggers, automations). */
const SYSTEM_USER = '-1';

/** The key another file of the handoff knows a Zendesk user by (`ParseContext.people`). */
export function zendeskPersonKey(id: string): string {
  return `zendesk:${id}`;
}

function roleOfUser(user: Record<string, unknown>): Role {
  const role = str(user.role);
  return role === 'end-user' ? 'customer' : role === 'agent' || role === 'admin' ? 'support' : 'unknown';
}

/** Resolves Zendesk author ids; remembers ids it could not resolve so the parser can warn once. */
export class ZendeskPeople {
  readonly unknownIds = new Set<string>();
  private readonly users = new Map<string, Record<string, unknown>>();

  /**
   * `agents`: ids that wrote a private comment in this file. Only agents can add an internal
   * note in Zendesk, so such an author is our staff even when no user is sideloaded.
   */
  constructor(
    users: unknown,
    private readonly context: ParseContext,
    private readonly agents: ReadonlySet<string> = new Set(),
  ) {
    for (const raw of arr(users)) {
      const user = rec(raw);
      const id = idOf(user.id);
      if (id !== undefined) this.users.set(id, user);
    }
  }

  /** The name of a known user, for field items such as the requester. */
  nameOf(id: unknown): string | undefined {
    const key = idOf(id);
    return key === undefined ? undefined : str(this.users.get(key)?.name);
  }

  /** Name and e-mail of a known user (e-mail may be missing). */
  contactOf(id: unknown): { name?: string; email?: string } | undefined {
    const key = idOf(id);
    const user = key === undefined ? undefined : this.users.get(key);
    if (user === undefined) return undefined;
    return { name: str(user.name), email: str(user.email) };
  }

  /**
   * Who a ticket's people are, for the other files of the handoff: the sideloaded users with
   * their roles, the requester as the customer and the assignee as our staff (Zendesk assigns
   * tickets to agents only) when their users are not sideloaded.
   */
  ticketPeople(ticket: Record<string, unknown>): [string, Author][] {
    const out = new Map<string, Author>();
    for (const [id, user] of this.users) {
      const role = roleOfUser(user);
      if (role !== 'unknown')
        out.set(
          zendeskPersonKey(id),
          zoned(makeAuthor(str(user.name) ?? `user ${id}`, role, str(user.email)), user),
        );
    }
    const add = (raw: unknown, role: Role) => {
      const id = idOf(raw);
      if (id === undefined || id === SYSTEM_USER || out.has(zendeskPersonKey(id))) return;
      out.set(zendeskPersonKey(id), makeAuthor(`user ${id}`, role, undefined, this.context));
    };
    add(ticket.requester_id, 'customer');
    add(ticket.assignee_id, 'support');
    return [...out];
  }

  /** The author for `authorId`; `from` is the comment's `via.source.from` when the user is not sideloaded. */
  author(authorId: unknown, from?: Record<string, unknown>): Author {
    const id = idOf(authorId) ?? '?';
    if (id === SYSTEM_USER) return makeAuthor('Zendesk', 'bot', undefined);
    const user = this.users.get(id);
    if (user !== undefined)
      return zoned(
        makeAuthor(str(user.name) ?? `user ${id}`, roleOfUser(user), str(user.email), this.context),
        user,
      );
    const fromName = str(from?.name);
    const fromEmail = str(from?.address);
    const placeholder = `user ${id}`;
    const known = this.context.people?.get(zendeskPersonKey(id));
    if (known !== undefined) {
      const name = known.name !== placeholder ? known.name : (fromName ?? fromEmail ?? placeholder);
      return makeAuthor(name, known.role, known.email ?? fromEmail);
    }
    const name = fromName ?? fromEmail ?? placeholder;
    if (this.agents.has(id)) return makeAuthor(name, 'support', fromEmail, this.context);
    this.unknownIds.add(id);
    return makeAuthor(name, 'unknown', fromEmail, this.context);
  }

  /** A warning naming unresolved ids, or none. */
  warning(file: string): string[] {
    if (this.unknownIds.size === 0) return [];
    const ids = [...this.unknownIds].slice(0, 10).join(', ');
    const more = this.unknownIds.size > 10 ? ` and ${this.unknownIds.size - 10} more` : '';
    return [`${file}: author ids not found in users: ${ids}${more} (role unknown)`];
  }
}

/** Ids that wrote a private comment (`public: false`) among `comments`. */
export function privateAuthors(comments: readonly unknown[], fallbackAuthor?: unknown): Set<string> {
  const ids = new Set<string>();
  for (const raw of comments) {
    const comment = rec(raw);
    const id = idOf(comment.author_id ?? fallbackAuthor);
    if (comment.public === false && id !== undefined && id !== SYSTEM_USER) ids.add(id);
  }
  return ids;
}
