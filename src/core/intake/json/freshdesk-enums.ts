/** @module Freshdesk's numeric enums (API v2) to the names agents see. */

const STATUS: Readonly<Record<number, string>> = { 2: 'Open', 3: 'Pending', 4: 'Resolved', 5: 'Closed' };
const PRIORITY: Readonly<Record<number, string>> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Urgent' };
const TICKET_SOURCE: Readonly<Record<number, string>> = {
  1: 'Email',
  2: 'Portal',
  3: 'Phone',
  4: 'Forum',
  5: 'Twitter',
  6: 'Facebook',
  7: 'Chat',
  8: 'MobiHelp',
  9: 'Feedback widget',
  10: 'Outbound email',
};

function named(table: Readonly<Record<number, string>>, kind: string, value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value !== 'number') return undefined;
  // Statuses from 6 up are the account's own custom statuses: their names are not in the export.
  return table[value] ?? `${kind} ${value}`;
}

/** `2` → `Open`; custom statuses stay numbered. */
export const freshdeskStatus = (value: unknown) => named(STATUS, 'custom status', value);
/** `3` → `High`. */
export const freshdeskPriority = (value: unknown) => named(PRIORITY, 'priority', value);
/** `1` → `Email`. */
export const freshdeskSource = (value: unknown) => named(TICKET_SOURCE, 'source', value);
