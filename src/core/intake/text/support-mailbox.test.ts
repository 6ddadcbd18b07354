import { describe, expect, it } from 'vitest';
import { isTeamMailbox, senderToSupport } from './support-mailbox.js';

describe('senderToSupport', () => {
  it('reads a colleague writing to their own support mailbox as staff, team-only', () => {
    expect(senderToSupport('am@tiller.example', ['support@tiller.example', 'lead@tiller.example'])).toEqual({
      staff: true,
      teamOnly: true,
    });
    expect(senderToSupport('Pat@EU.Tiller.example', ['help-desk@tiller.example'])).toEqual({
      staff: true,
      teamOnly: true,
    });
  });

  it('keeps a staff message that also reached the customer public', () => {
    expect(senderToSupport('agent@tiller.example', ['buyer@shop.example', 'support@tiller.example'])).toEqual(
      {
        staff: true,
        teamOnly: false,
      },
    );
  });

  it('says nothing for customers, personal recipients or free mail', () => {
    expect(senderToSupport('buyer@shop.example', ['support@tiller.example'])).toEqual({
      staff: false,
      teamOnly: false,
    });
    expect(senderToSupport('am@tiller.example', ['lead@tiller.example'])).toEqual({
      staff: false,
      teamOnly: false,
    });
    expect(senderToSupport('someone@gmail.com', ['support@gmail.com'])).toEqual({
      staff: false,
      teamOnly: false,
    });
    expect(senderToSupport(undefined, ['support@tiller.example'])).toEqual({ staff: false, teamOnly: false });
  });

  it('knows team mailboxes by their local part', () => {
    expect(isTeamMailbox('support@x.example')).toBe(true);
    expect(isTeamMailbox('customer.care@x.example')).toBe(true);
    expect(isTeamMailbox('help+billing@x.example')).toBe(true);
    expect(isTeamMailbox('supporter.jane@x.example')).toBe(false);
    expect(isTeamMailbox('jane@x.example')).toBe(false);
  });
});
