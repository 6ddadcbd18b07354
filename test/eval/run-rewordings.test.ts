import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrepareCase } from '../../src/app/run-eval.js';
import { runRewordings } from '../../src/app/run-rewordings.js';
import { makeEvalPacket } from '../helpers/make-eval-packet.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const tempDir = tempDirFactory('spine-rewordings-');
const GOLD = { asOf: '2026-03-04T17:00:00Z', escalate: true, severity: 'High', targets: ['Engineering'] };

/** A case with a text ticket, a JSON chat with escaped text, and a binary; overlays beside it. */
function makeSet(overlays: Record<string, unknown>): { cases: string; rewordings: string } {
  const root = tempDir();
  const handoff = path.join(root, 'cases', '01-mill', 'handoff');
  mkdirSync(path.join(handoff, 'chat'), { recursive: true });
  writeFileSync(path.join(root, 'cases', '01-mill', 'expected.json'), JSON.stringify(GOLD));
  writeFileSync(
    path.join(handoff, 'ticket.txt'),
    'Subject: mill\r\n\r\nThe grain mill jams\r\nevery hour.\r\n',
  );
  writeFileSync(path.join(handoff, 'chat', 'day.json'), '{"text":"ops: \\"grain mill jams\\" again"}');
  writeFileSync(path.join(handoff, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff]));
  for (const [name, body] of Object.entries(overlays)) {
    mkdirSync(path.join(root, 'rewordings', '01-mill'), { recursive: true });
    writeFileSync(path.join(root, 'rewordings', '01-mill', `${name}.json`), JSON.stringify(body));
  }
  return { cases: path.join(root, 'cases'), rewordings: path.join(root, 'rewordings') };
}

/** Escalates unless the ticket text was reworded to say the mill is fine; records what it read. */
function stubPrepare(read: string[]): PrepareCase {
  return async (dir, { asOf }) => {
    const ticket = readFileSync(path.join(dir, 'ticket.txt'), 'utf8');
    const chat = readFileSync(path.join(dir, 'chat', 'day.json'), 'utf8');
    const png = readFileSync(path.join(dir, 'photo.png'));
    read.push(`${asOf} ${JSON.stringify(ticket)} ${JSON.parse(chat).text} png=${png.length}`);
    const fine = ticket.includes('runs fine');
    return {
      packet: makeEvalPacket(
        fine ? { decision: { escalate: false, severity: null, targets: [] } as never } : {},
      ),
      warnings: [],
    };
  };
}

describe('runRewordings', () => {
  it('applies each overlay to raw text (CRLF kept) and decoded JSON strings, leaves binaries, and scores the variant', async () => {
    const set = makeSet({
      plain: {
        style: 'plain',
        replace: [
          ['grain mill jams', 'grain mill gets stuck'],
          ['stuck\nevery hour.', 'stuck\nhourly.'],
        ],
      },
    });
    const read: string[] = [];
    await expect(
      runRewordings({ casesDir: set.cases, rewordingsDir: set.rewordings, prepare: stubPrepare(read) }),
    ).resolves.toBeDefined();
    expect(read[1]).toBe(
      '2026-03-04T17:00:00Z "Subject: mill\\r\\n\\r\\nThe grain mill gets stuck\\r\\nhourly.\\r\\n" ops: "grain mill gets stuck" again png=8',
    );
  });

  it('reports a variant whose decision moved as a disagreeing flip', async () => {
    const set = makeSet({
      calm: { style: 'plain', replace: [['The grain mill jams', 'The grain mill runs fine']] },
      same: { style: 'terse', replace: [['every hour.', 'hourly.']] },
    });
    const run = await runRewordings({
      casesDir: set.cases,
      rewordingsDir: set.rewordings,
      prepare: stubPrepare([]),
    });
    expect(run.variants.map((v) => [v.variant, v.agreement.agrees])).toEqual([
      ['calm', false],
      ['same', true],
    ]);
    expect(run.summary).toMatchObject({ variants: 2, agreement: 0.5, flips: 1 });
    expect(run.figures.rewordingAgreement).toBe(0.5);
  });

  it('refuses an overlay whose text matches nothing in the case, naming the file', async () => {
    const set = makeSet({ stale: { style: 'plain', replace: [['the kiln overheats', 'the kiln is hot']] } });
    await expect(
      runRewordings({ casesDir: set.cases, rewordingsDir: set.rewordings, prepare: stubPrepare([]) }),
    ).rejects.toThrow(/stale\.json: 1 replacement\(s\) match nothing in the case: "the kiln overheats"/);
  });

  it('fails when the rewordings folder is missing or holds no overlay', async () => {
    const set = makeSet({});
    await expect(
      runRewordings({ casesDir: set.cases, rewordingsDir: set.rewordings, prepare: stubPrepare([]) }),
    ).rejects.toThrow(/no rewordings folder/);
    mkdirSync(set.rewordings);
    await expect(
      runRewordings({ casesDir: set.cases, rewordingsDir: set.rewordings, prepare: stubPrepare([]) }),
    ).rejects.toThrow(/no overlay/);
  });
});
