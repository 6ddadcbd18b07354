import { describe, expect, it } from 'vitest';
import { scriptFor } from './script-for-customer.js';

describe('scriptFor', () => {
  it('reads the content of a "tell them" frame, said to the customer', () => {
    expect(scriptFor('Tell them the nightly sync is fixed and they can re-run the import now.')).toBe(
      'The nightly sync is fixed and you can re-run the import now.',
    );
  });

  it('reads a "for the customer:" head and a "we can say" frame', () => {
    expect(scriptFor('Ana for the customer: the archive was kept and nothing was deleted.')).toBe(
      'The archive was kept and nothing was deleted.',
    );
    expect(scriptFor('we can say the backup ran at 02:00 as usual')).toBe(
      'The backup ran at 02:00 as usual.',
    );
  });

  it('refuses a negated frame, a question and a frame with no content', () => {
    expect(scriptFor('Do not tell the customer the backup failed twice.')).toBeNull();
    expect(scriptFor('can we tell them the rollback is safe?')).toBeNull();
    expect(scriptFor('ship it tomorrow, tell them Friday')).toBeNull();
  });

  it('refuses a "they" it cannot place on the customer', () => {
    // "they" after "say" with no addressee may be the orders, not the customer
    expect(scriptFor("we can say they're kept and will be re-sent")).toBeNull();
    // "after they leave" may mean the messages
    expect(scriptFor('Tell them the invoices are held after they leave the queue.')).toBeNull();
  });

  it('does not read an account of what was said as a script', () => {
    expect(scriptFor('I told them yesterday that the export works.')).toBeNull();
    expect(scriptFor('You may say this is slow, but the index is new.')).toBeNull();
  });
});
