/** @module Intercom authors: contacts are customers, admins support, Operator/Fin bots. */
import type { Author, Role } from '../../model/evidence.js';
import type { ParseContext } from '../../model/intake.js';
import { makeAuthor } from './make-author.js';
import { rec, str } from './pick.js';

const ROLE_BY_TYPE: Readonly<Record<string, Role>> = {
  user: 'customer',
  lead: 'customer',
  contact: 'customer',
  admin: 'support',
  team: 'support',
  bot: 'bot',
};

/** The author of a source or part; AI answers count as the bot whatever `type` says. */
export function intercomAuthor(raw: unknown, context: ParseContext): Author | null {
  const author = rec(raw);
  const type = str(author.type);
  if (type === undefined && str(author.name) === undefined) return null;
  const ai = author.from_ai_agent === true || author.is_ai_answer === true;
  const role: Role = ai ? 'bot' : (ROLE_BY_TYPE[type ?? ''] ?? 'unknown');
  const name = str(author.name) ?? str(author.email) ?? `${type ?? 'author'} ${str(author.id) ?? '?'}`;
  return makeAuthor(name, role, str(author.email), context);
}
