/** @module Tell staff mail from customer mail by the support mailbox it was sent to. */
import { orgDomain, sameOrg } from '../../evidence/fold-name.js';

// Local parts of shared team mailboxes (support@, help@, service-desk@, customer.care@ …).
const TEAM_MAILBOX =
  /^(?:support|help|helpdesk|help-desk|service|servicedesk|service-desk|care|cs|tickets?|escalations?|customer[-._]?(?:care|service|success|support))(?:[-._+][^@]*)?$/i;

/** True for a shared support mailbox address (support@vendor.example, help+eu@vendor.example). */
export function isTeamMailbox(address: string): boolean {
  const local = address.toLowerCase().split('@')[0] ?? '';
  return address.includes('@') && TEAM_MAILBOX.test(local);
}

function related(a: string, b: string): boolean {
  return sameOrg(a, b) || sameOrg(b, a);
}

/**
 * How a message's sender stands to the support team it wrote to: `staff` when the sender's own
 * organisation domain is the domain of a support mailbox among the recipients (a colleague
 * writing to support@ of their own company); `teamOnly` when, besides, every recipient is at
 * that domain, so the message never reached the customer.
 */
export function senderToSupport(
  from: string | undefined,
  recipients: readonly string[],
): { staff: boolean; teamOnly: boolean } {
  const domain = orgDomain(from?.toLowerCase());
  if (!domain) return { staff: false, teamOnly: false };
  const staff = recipients.some((address) => {
    const recipient = orgDomain(address.toLowerCase());
    return recipient !== null && isTeamMailbox(address) && related(domain, recipient);
  });
  if (!staff) return { staff: false, teamOnly: false };
  const teamOnly = recipients.every((address) => {
    const recipient = orgDomain(address.toLowerCase());
    return recipient !== null && related(domain, recipient);
  });
  return { staff, teamOnly };
}
