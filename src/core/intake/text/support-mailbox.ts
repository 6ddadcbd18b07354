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

// help desks that host a vendor's mailbox on the vendor's own subdomain (support@acme.zendesk.com)
const HOSTED_DESKS = ['zendesk.com', 'freshdesk.com', 'helpscoutapp.com', 'intercom-mail.com', 'kayako.com'];

// the first word of an organisation's name as its mail domain spells it: acme-support.zendesk.com
// and mail.acme.example both say "acme"
function brandWord(domain: string): string {
  const hosted = HOSTED_DESKS.find((desk) => domain.endsWith(`.${desk}`));
  const labels = domain.split('.');
  const label = hosted ? (labels[0] ?? '') : (labels[labels.length - 2] ?? '');
  return label.split(/[^a-z0-9]+/)[0] ?? '';
}

function related(a: string, b: string): boolean {
  if (sameOrg(a, b) || sameOrg(b, a)) return true;
  // a hosted help-desk mailbox belongs to the organisation its subdomain names
  const hosted = [a, b].some((domain) => HOSTED_DESKS.some((desk) => domain.endsWith(`.${desk}`)));
  return hosted && brandWord(a).length >= 3 && brandWord(a) === brandWord(b);
}

/**
 * How a message's sender stands to the support team it wrote to: `staff` when the sender's own
 * organisation domain is the domain of a support mailbox among the recipients (a colleague
 * writing to support@ of their own company); `teamOnly` when, besides, every recipient is at
 * that domain, so the message never reached the customer; `outsider` when a person wrote to
 * another organisation's support mailbox and to none of their own: someone outside the team
 * writing in, which in a support handoff is the customer's side.
 */
export function senderToSupport(
  from: string | undefined,
  recipients: readonly string[],
): { staff: boolean; teamOnly: boolean; outsider: boolean } {
  const address = from?.toLowerCase();
  const domain = orgDomain(address);
  const mailboxes = recipients.filter(isTeamMailbox);
  if (!domain) {
    // free mail says nothing of an organisation, but it is never the team's own mailbox
    const outsider = address?.includes('@') === true && mailboxes.some((m) => orgDomain(m) !== null);
    return { staff: false, teamOnly: false, outsider };
  }
  const own = (recipient: string): boolean => {
    const other = orgDomain(recipient.toLowerCase());
    return other !== null && related(domain, other);
  };
  const staff = mailboxes.some(own);
  if (!staff) {
    const outsider = mailboxes.some((m) => orgDomain(m.toLowerCase()) !== null);
    return { staff: false, teamOnly: false, outsider };
  }
  return { staff, teamOnly: recipients.every(own), outsider: false };
}
