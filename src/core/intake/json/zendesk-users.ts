/** @module Zendesk people: sideloaded users to authors, with the system user and unknown ids. */
import type { Author } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { makeAuthor } from './make-author.js';
import { arr, idOf, rec, str } from './pick.js';

/** Zendesk's own system user id (triggers, automations). */
const SYSTEM_USER = '-1';

/** Resolves Zendesk author ids; remembers ids it could not resolve so the parser can warn once. */
export class ZendeskPeople {
  readonly unknownIds = new Set<string>();
  private readonly users = new Map<string, Record<string, unknown>>();

  constructor(
    users: unknown,
    private readonly context: ParseContext,
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

  /** The author for `authorId`; `from` is the comment's `via.source.from` when the user is not sideloaded. */
  author(authorId: unknown, from?: Record<string, unknown>): Author {
    const id = idOf(authorId) ?? '?';
    if (id === SYSTEM_USER) return makeAuthor('Zendesk', 'bot', undefined);
    const user = this.users.get(id);
    if (user !== undefined) {
      const role = str(user.role);
      const mapped =
        role === 'end-user' ? 'customer' : role === 'agent' || role === 'admin' ? 'support' : 'unknown';
      return makeAuthor(str(user.name) ?? `user ${id}`, mapped, str(user.email), this.context);
    }
    this.unknownIds.add(id);
    const fromName = str(from?.name);
    const fromEmail = str(from?.address);
    return makeAuthor(fromName ?? fromEmail ?? `user ${id}`, 'unknown', fromEmail, this.context);
  }

  /** A warning naming unresolved ids, or none. */
  warning(file: string): string[] {
    if (this.unknownIds.size === 0) return [];
    const ids = [...this.unknownIds].slice(0, 10).join(', ');
    const more = this.unknownIds.size > 10 ? ` and ${this.unknownIds.size - 10} more` : '';
    return [`${file}: author ids not found in users: ${ids}${more} (role unknown)`];
  }
}
