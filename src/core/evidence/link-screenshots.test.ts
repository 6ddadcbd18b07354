import { describe, expect, it } from 'vitest';
import type { Evidence, Source } from '../model/evidence.js';
import { linkScreenshots } from './link-screenshots.js';

const source = (id: string, name: string, kind: Source['kind']): Source => ({
  id,
  name,
  kind,
  format: kind,
  sha256: '0'.repeat(64),
  items: 1,
  warnings: [],
  status: 'parsed',
});
const SOURCES = [
  source('S1', 'ticket.json', 'ticket'),
  source('S2', 'shots/Error-Dialog.png', 'screenshot'),
  source('S3', 'grafana.png', 'screenshot'),
];
const customer = { name: 'Dana', role: 'customer', side: 'external' } as const;
const ocr = (id: string, source: string): Evidence => ({
  id,
  source,
  at: null,
  author: null,
  visibility: 'internal',
  text: 'ERR_SYNC_413',
});

describe('linkScreenshots', () => {
  it('makes public the screenshot a customer attached to a public comment, only that one', () => {
    const comment: Evidence = {
      id: 'S1:c1',
      source: 'S1',
      at: null,
      author: customer,
      visibility: 'public',
      text: 'see attached',
      meta: { attachments: ['error-dialog.png'] },
    };
    const out = linkScreenshots([comment, ocr('S2:ocr1', 'S2'), ocr('S3:ocr1', 'S3')], SOURCES);
    expect(out.map((e) => e.visibility)).toEqual(['public', 'public', 'internal']);
  });

  it.each([
    ['an internal note by the customer', { visibility: 'internal', author: customer }],
    ['a public reply by support', { visibility: 'public', author: { ...customer, role: 'support' } }],
  ] as const)('keeps screenshots internal when the attachment is on %s', (_label, item) => {
    const comment: Evidence = {
      id: 'S1:c1',
      source: 'S1',
      at: null,
      text: 'x',
      meta: { attachments: ['grafana.png'] },
      ...item,
    };
    expect(linkScreenshots([comment, ocr('S3:ocr1', 'S3')], SOURCES)[1]?.visibility).toBe('internal');
  });
});
