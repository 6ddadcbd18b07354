import { describe, expect, it } from 'vitest';
import { zendeskEnvelope } from './zendesk-envelope.js';

const ticket = { id: 7, subject: 'Sync stalls', requester_id: 1, submitter_id: 1, via: { channel: 'web' } };
const audit = { id: 9, ticket_id: 7, author_id: 1, created_at: '2026-01-01T00:00:00Z', events: [] };
const comment = { id: 3, author_id: 1, public: true, body: 'hi' };

describe('zendeskEnvelope', () => {
  it.each([
    ['a bare ticket', ticket, { ticket }],
    ['a single audit', { audit }, { audits: [audit] }],
    ['a bare audit', audit, { audits: [audit] }],
    ['a bare comment', comment, { comments: [comment] }],
    ['a comment array', [comment], { comments: [comment] }],
    ['a ticket array', [ticket], { tickets: [ticket] }],
  ])('brings %s to the envelope', (_, value, expected) => {
    expect(zendeskEnvelope(value)).toMatchObject(expected);
  });

  it('keeps the audit of a create response beside its ticket', () => {
    expect(zendeskEnvelope({ ticket, audit })).toMatchObject({ ticket, audits: [audit] });
  });

  it('takes only the tickets out of mixed search results', () => {
    const env = zendeskEnvelope({
      results: [
        { ...ticket, result_type: 'ticket' },
        { id: 2, result_type: 'user' },
      ],
    });
    expect(env?.tickets).toHaveLength(1);
  });

  it.each([
    ['a Freshdesk ticket', { id: 1, subject: 'x', requester_id: 2, responder_id: 3, description_text: 'y' }],
    ['another tool’s comments', { title: 'Crash', comments: [{ user: 'octocat', body: 'same' }] }],
    ['a user list', { users: [{ id: 1, name: 'A' }] }],
  ])('does not take %s for Zendesk', (_, value) => {
    expect(zendeskEnvelope(value)).toBeNull();
  });
});
