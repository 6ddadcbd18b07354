import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareFromPaths } from '../../src/app/prepare-from-paths.js';
import type { Packet } from '../../src/core/model/packet.js';

const example = path.resolve(
  fileURLToPath(new URL('../..', import.meta.url)),
  'examples/northwind-order-sync',
);
let packet: Packet;
let complete = false;

beforeAll(async () => {
  const result = await prepareFromPaths([example], { ocrCache: false });
  packet = result.packet;
  complete = result.complete;
}, 90_000);

describe('the bundled example handoff', () => {
  it('reads every file, each in its own format', () => {
    expect(complete).toBe(true);
    expect(packet.sources.map((s) => s.kind).sort()).toEqual(
      expect.arrayContaining(['account', 'chat', 'draft', 'email', 'log', 'note', 'screenshot', 'ticket']),
    );
  });

  it('shows every part of a packet', () => {
    expect(packet.timeline.length).toBeGreaterThan(3);
    expect(packet.unknowns.length).toBeGreaterThan(0);
    expect(packet.actions.length).toBeGreaterThan(0);
    expect(packet.decision.escalate).toBe(true);
    expect(packet.drafts.customerUpdate.placeholders.length).toBeGreaterThan(0);
    expect(packet.evidence.some((e) => e.id.includes(':ocr'))).toBe(true);
  });

  it('finds every kind of problem in its draft reply', () => {
    const kinds = new Set((packet.drafts.draftReview ?? []).map((f) => f.kind));
    expect([...kinds].sort()).toEqual([
      'blame',
      'compensation',
      'eta',
      'internal',
      'overpromise',
      'severity',
      'temperament',
    ]);
  });
});
