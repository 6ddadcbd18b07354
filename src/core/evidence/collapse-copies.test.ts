import { describe, expect, it } from 'vitest';
import type { Evidence, EvidenceMeta } from '../model/evidence.js';
import { collapseCopies } from './collapse-copies.js';

function item(
  id: string,
  text: string,
  meta: EvidenceMeta,
  visibility: Evidence['visibility'] = 'public',
): Evidence {
  return { id, source: id.split(':')[0] ?? 'S1', at: null, author: null, visibility, text, meta };
}

const COMMENT =
  'Hello,\n\nOur yearly plan was billed two times on 3 March: two payments of $4,250.00 on the company card.\n\n' +
  'Please reverse the extra payment right away and promise us this won’t repeat.\n\nRegards,\nSigrún';

describe('collapseCopies', () => {
  it('drops a forwarded e-mail that repeats a ticket comment and records it on the comment', () => {
    const forwarded =
      'Hello,\n\nOur yearly plan was billed two times on 3 March: two payments of\n$4,250.00 on the company card.\n\n' +
      "Please reverse the extra payment right away and promise us this won't repeat.";
    const out = collapseCopies([
      item('S1:c1', COMMENT, { unit: 'comment' }),
      item('S2:m1', 'Olivia, forwarding my message from Tuesday. Still not refunded.', { unit: 'email' }),
      item('S2:fwd1', forwarded, { unit: 'email' }),
    ]);
    expect(out.map((e) => e.id)).toEqual(['S1:c1', 'S2:m1']);
    expect(out[0]?.meta?.copies).toEqual(['S2:fwd1']);
  });

  it('drops the ticket description when a comment holds the same text', () => {
    const out = collapseCopies([
      item('S1:description', COMMENT, { unit: 'field', field: 'description' }),
      item('S2:c9', COMMENT, { unit: 'comment' }),
    ]);
    expect(out.map((e) => e.id)).toEqual(['S2:c9']);
    expect(out[0]?.meta).toEqual({ unit: 'comment', copies: ['S1:description'] });
  });

  it('keeps an e-mail that adds a paragraph of its own', () => {
    const out = collapseCopies([
      item('S1:c1', COMMENT, { unit: 'comment' }),
      item('S2:m1', `${COMMENT}\n\nOur CFO now wants this escalated to your leadership.`, { unit: 'email' }),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]?.meta?.copies).toBeUndefined();
  });

  it('never folds a public copy into an internal note', () => {
    const out = collapseCopies([
      item('S1:c2', COMMENT, { unit: 'comment' }, 'internal'),
      item('S2:m1', COMMENT, { unit: 'email' }),
    ]);
    expect(out).toHaveLength(2);
  });

  it('does not drop chat messages or comments that repeat each other, nor short texts', () => {
    const out = collapseCopies([
      item('S1:c1', 'Thanks!', { unit: 'comment' }),
      item('S2:m1', 'Thanks!', { unit: 'email' }),
      item('S3:m1', COMMENT, { unit: 'message' }),
      item('S1:c3', COMMENT, { unit: 'comment' }),
    ]);
    expect(out).toHaveLength(4);
  });

  it('collapses a pasted note copy of a chat message', () => {
    const message = 'ok that is not tz, that is the page boundary: the cursor is exclusive on both ends';
    const out = collapseCopies([
      item('S1:m4', message, { unit: 'message' }),
      item('S2:L3', `> ${message.toUpperCase()}`, { unit: 'note' }, 'internal'),
    ]);
    expect(out.map((e) => e.id)).toEqual(['S1:m4']);
    expect(out[0]?.meta?.copies).toEqual(['S2:L3']);
  });

  it('keeps one of two identical e-mails from different files', () => {
    const text = 'Orders stopped syncing to the ERP this morning; large orders fail first.';
    const out = collapseCopies([
      item('S1:m1', text, { unit: 'email' }),
      item('S2:m3', text, { unit: 'email' }),
      item('S3:L1', text, { unit: 'note' }, 'internal'),
    ]);
    expect(out.map((e) => e.id)).toEqual(['S1:m1', 'S3:L1']);
    expect(out[0]?.meta?.copies).toEqual(['S2:m3']);
  });

  it('stays fast on thousands of log lines and messages', () => {
    const evidence: Evidence[] = [];
    for (let i = 0; i < 20_000; i++)
      evidence.push(item(`S1:L${i}`, `ERROR job ${i} failed with a timeout after 30s`, { unit: 'log' }));
    for (let i = 0; i < 5_000; i++)
      evidence.push(
        item(`S2:m${i}`, `message number ${i} about the sync failure and orders`, { unit: 'message' }),
      );
    for (let i = 0; i < 2_000; i++)
      evidence.push(
        item(`S3:m${i}`, `message number ${i * 2} about the sync failure and orders`, { unit: 'email' }),
      );
    const started = performance.now();
    const out = collapseCopies(evidence);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(out).toHaveLength(25_000);
  });
});
