import { describe, expect, it } from 'vitest';
import { isTeamMailbox, senderToSupport } from './support-mailbox.js';

describe('senderToSupport', () => {
  it('reads a colleague writing to their own support mailbox as staff, team-only', () => {
    expect(senderToSupport('am@tiller.example', ['support@tiller.example', 'lead@tiller.example'])).toEqual({
      staff: true,
      teamOnly: true,
      outsider: false,
    });
    expect(senderToSupport('Pat@EU.Tiller.example', ['help-desk@tiller.example'])).toEqual({
      staff: true,
      teamOnly: true,
      outsider: false,
    });
  });

  it('keeps a staff message that also reached the customer public', () => {
    expect(senderToSupport('agent@tiller.example', ['buyer@shop.example', 'support@tiller.example'])).toEqual(
      {
        staff: true,
        teamOnly: false,
        outsider: false,
      },
    );
  });

  it("reads a person writing to another organisation's support mailbox as an outsider", () => {
    expect(senderToSupport('buyer@shop.example', ['support@tiller.example'])).toEqual({
      staff: false,
      teamOnly: false,
      outsider: true,
    });
    expect(senderToSupport('someone@gmail.com', ['help@tiller.example', 'me@gmail.com'])).toMatchObject({
      outsider: true,
    });
  });

  it('reads a hosted help-desk mailbox as the organisation its subdomain names', () => {
    expect(senderToSupport('am@tiller.example', ['support@tiller-help.zendesk.com'])).toEqual({
      staff: true,
      teamOnly: true,
      outsider: false,
    });
    expect(senderToSupport('buyer@shop.example', ['support@tiller-help.zendesk.com'])).toMatchObject({
      staff: false,
      outsider: true,
    });
  });

  it('says nothing for personal recipients, free-mail mailboxes or no sender', () => {
    const none = { staff: false, teamOnly: false, outsider: false };
    expect(senderToSupport('am@tiller.example', ['lead@tiller.example'])).toEqual(none);
    expect(senderToSupport('someone@gmail.com', ['support@gmail.com'])).toEqual(none);
    expect(senderToSupport(undefined, ['support@tiller.example'])).toEqual(none);
  });

  it('knows team mailboxes by their local part', () => {
    expect(isTeamMailbox('support@x.example')).toBe(true);
    expect(isTeamMailbox('customer.care@x.example')).toBe(true);
    expect(isTeamMailbox('help+billing@x.example')).toBe(true);
    expect(isTeamMailbox('supporter.jane@x.example')).toBe(false);
    expect(isTeamMailbox('jane@x.example')).toBe(false);
  });
});
