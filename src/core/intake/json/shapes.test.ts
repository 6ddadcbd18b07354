import { describe, expect, it } from 'vitest';
import { freshdeskConversations, freshdeskTickets } from './freshdesk-shape.js';
import { intercomConversations, openingMessage } from './intercom-shape.js';
import { statuspageDoc } from './statuspage-shape.js';

describe('Intercom shapes', () => {
  const older = {
    type: 'conversation',
    id: '1',
    conversation_message: { body: '<p>help</p>', author: { type: 'user', id: 'u1' } },
    conversation_parts: [{ id: 'p1', body: '<p>hi</p>', author: { type: 'admin', id: 'a1' } }],
  };

  it('finds the conversation inside a webhook notification and a list', () => {
    expect(intercomConversations({ type: 'notification_event', data: { item: older } })).toEqual([older]);
    expect(intercomConversations({ type: 'conversation.list', conversations: [older, older] })).toHaveLength(
      2,
    );
  });

  it('takes conversation_message as the opening message when there is no source', () => {
    expect(openingMessage(older).body).toBe('<p>help</p>');
  });

  it('refuses a notification about something else', () => {
    expect(
      intercomConversations({ type: 'notification_event', data: { item: { type: 'company' } } }),
    ).toEqual([]);
  });
});

describe('Statuspage shapes', () => {
  const update = {
    id: 'u1',
    incident_id: 'i1',
    status: 'investigating',
    body: 'Webhooks delayed',
    created_at: '2026-06-01T08:00:00Z',
  };

  it('groups lone updates into their incident, with the last update’s status', () => {
    const doc = statuspageDoc([update, { ...update, id: 'u2', status: 'resolved', body: 'Fixed' }]);
    expect(doc?.incidents).toHaveLength(1);
    expect(doc?.incidents[0]).toMatchObject({ id: 'i1', status: 'resolved', name: 'Incident i1' });
    expect(doc?.withPage).toBe(false);
  });

  it('reads an incident array without a page, and a page document with one', () => {
    const incident = { id: 'i1', name: 'API errors', status: 'resolved', incident_updates: [update] };
    expect(statuspageDoc([incident])?.incidents).toEqual([incident]);
    expect(statuspageDoc({ page: { id: 'p1', name: 'Acme' }, incidents: [incident] })?.withPage).toBe(true);
  });

  it('does not take components or unrelated arrays for incidents', () => {
    expect(statuspageDoc([{ id: 'c1', name: 'API', status: 'operational', group: false }])).toBeNull();
  });
});

describe('Freshdesk shapes', () => {
  it('maps a v1 helpdesk_ticket to v2 fields, its notes to conversations', () => {
    const [ticket] = freshdeskTickets({
      helpdesk_ticket: {
        id: 5007268642,
        display_id: 1,
        subject: 'Sample',
        requester_id: 5,
        requester_name: 'Rachel',
        description: 'Export fails',
        status_name: 'Open',
        notes: [{ note: { id: 9, body: 'On it', incoming: false, private: false, user_id: 6 } }],
      },
    });
    expect(ticket).toMatchObject({ id: 1, description_text: 'Export fails', requester: { name: 'Rachel' } });
    expect(ticket?.conversations).toEqual([expect.objectContaining({ id: 9, body_text: 'On it' })]);
  });

  it('reads a lone conversation and v1 note arrays, not a contact list', () => {
    const note = { id: 1, body_text: 'x', incoming: false, private: true };
    expect(freshdeskConversations(note)).toEqual([note]);
    expect(
      freshdeskConversations([{ note: { id: 2, body: 'y', incoming: true, private: false } }]),
    ).toHaveLength(1);
    expect(freshdeskConversations([{ user: { id: 1, name: 'A' } }])).toBeNull();
    expect(freshdeskTickets([{ user: { id: 1 } }])).toEqual([]);
  });
});
