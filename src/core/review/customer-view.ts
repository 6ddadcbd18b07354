/**
 * @module The customer-safe view of a packet: what a role outside the reviewing team may see. Only
 * public evidence and what the team marked as sent to the customer; no internal notes, decision,
 * severity, drafts, gates, audit or staff identities. The schema is the allow-list: a response is
 * parsed through it, so a field added to the team's view can never reach this one by mistake.
 */
import { z } from 'zod';
import { PACKET_STATES } from './transitions.js';
import type { PacketView } from './views.js';

export const CustomerEvidenceSchema = z.object({
  id: z.string(),
  at: z.string().nullable(),
  /** the author's display name, and whether they wrote as the customer or the vendor */
  author: z.string().nullable(),
  side: z.enum(['external', 'internal', 'unknown']).nullable(),
  text: z.string(),
});

export const CustomerViewSchema = z.object({
  audience: z.literal('customer'),
  id: z.string(),
  title: z.string(),
  account: z.string().nullable(),
  state: z.enum(PACKET_STATES),
  version: z.number(),
  jobStatus: z.enum(['preparing', 'ready', 'failed']),
  updatedAt: z.string(),
  evidence: z.array(CustomerEvidenceSchema),
  /** the customer updates the team recorded as sent, oldest first */
  sent: z.array(z.object({ text: z.string(), at: z.string() })),
});
export type CustomerView = z.infer<typeof CustomerViewSchema>;

/** The customer-safe view of a team view; internal evidence is left out whole, not redacted. */
export function toCustomerView(view: PacketView): CustomerView {
  const evidence = (view.packet?.evidence ?? [])
    .filter((item) => item.visibility === 'public')
    .map((item) => ({
      id: item.id,
      at: item.at,
      author: item.author?.name ?? null,
      side: item.author?.side ?? null,
      text: item.text,
    }));
  return {
    audience: 'customer',
    id: view.id,
    title: view.title,
    account: view.account,
    state: view.state,
    version: view.version,
    jobStatus: view.jobStatus,
    updatedAt: view.updatedAt,
    evidence,
    sent: view.sent.map((mark) => ({ text: mark.text, at: mark.at })),
  };
}
