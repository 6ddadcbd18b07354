import { describe, expect, it } from 'vitest';
import { helpscoutItems } from './helpscout-items.js';
import { helpscoutConversation } from './helpscout-shape.js';

// Help Scout API v1 `GET /v1/conversations/{id}.json`, as its documentation and SDK fixtures show it.
const v1 = {
  item: {
    id: 10,
    number: 123,
    subject: 'Cannot export',
    status: 'active',
    mailbox: { id: 1, name: 'Support' },
    customer: { id: 150, firstName: 'Karl', lastName: 'Tester', email: 'karl@example.com', type: 'customer' },
    owner: { id: 7, firstName: 'Ana', lastName: 'Lima', type: 'user' },
    createdAt: '2016-01-03T21:35:51Z',
    modifiedAt: '2016-01-04T08:00:00Z',
    tags: ['export'],
    threads: [
      {
        id: 2,
        type: 'message',
        createdAt: '2016-01-04T08:00:00Z',
        createdBy: { id: 7, firstName: 'Ana', lastName: 'Lima', type: 'user' },
        body: '<p>We are looking into it.</p>',
        state: 'published',
      },
      {
        id: 3,
        type: 'note',
        createdAt: '2016-01-04T08:05:00Z',
        createdBy: { id: 7, firstName: 'Ana', lastName: 'Lima', type: 'user' },
        body: 'Export worker OOM',
        attachments: [{ fileName: 'heap.txt' }],
      },
      {
        id: 1,
        type: 'customer',
        createdAt: '2016-01-03T21:35:51Z',
        createdBy: { id: 150, firstName: 'Karl', lastName: 'Tester', type: 'customer' },
        body: 'Exports stop at 10,000 rows.',
      },
    ],
  },
};

describe('Help Scout API v1 conversations', () => {
  it('are read as 2.0: people by firstName/lastName, message threads as public replies, notes internal', () => {
    const conversation = helpscoutConversation(v1);
    expect(conversation).not.toBeNull();
    const { items } = helpscoutItems(conversation ?? {}, {});
    const threads = items.filter((i) => i.locator.startsWith('t'));
    expect(threads.map((t) => [t.locator, t.author?.name, t.author?.role, t.visibility])).toEqual([
      ['t1', 'Karl Tester', 'customer', 'public'],
      ['t2', 'Ana Lima', 'support', 'public'],
      ['t3', 'Ana Lima', 'support', 'internal'],
    ]);
    expect(threads[2]?.meta?.attachments).toEqual(['heap.txt']);
    const fields = Object.fromEntries(
      items.filter((i) => i.meta?.unit === 'field').map((i) => [i.locator, i.text]),
    );
    expect(fields).toMatchObject({
      'f.subject': 'Subject: Cannot export (#123)',
      'f.requester': 'Customer: Karl Tester',
      'f.assignee': 'Assignee: Ana Lima',
      'f.tags': 'Tags: export',
    });
  });

  it('are recognised bare too (webhook payloads), but a customer record alone is not', () => {
    expect(helpscoutConversation(v1.item)).not.toBeNull();
    expect(helpscoutConversation({ item: { id: 150, firstName: 'Karl', emails: [] } })).toBeNull();
  });
});
