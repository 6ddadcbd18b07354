import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvidenceDraftSchema } from '../../model/evidence.js';
import type { IntakeUnit } from '../../model/intake.js';
import { groupUnits } from '../group-units.js';
import { slackExportParsers } from '../slack-export.js';
import { slackPasteParsers } from '../slack-paste.js';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const exportParser = slackExportParsers[0]!;
const pasteParser = slackPasteParsers[0]!;

const lineArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Kenji Ito  9:40 AM',
    '[9:41 AM]',
    '10:43',
    'Maya Thompson',
    ':eyes:',
    '2',
    'Today',
    'x.png',
    '(edited)',
  ),
);

const messageArb = fc.record(
  {
    type: fc.constantFrom('message', 'message', 'other'),
    ts: fc.oneof(
      fc
        .tuple(fc.integer({ min: 1_000_000_000, max: 1_999_999_999 }), fc.integer({ min: 0, max: 999_999 }))
        .map(([s, u]) => `${s}.${String(u).padStart(6, '0')}`),
      fc.string({ maxLength: 12 }),
    ),
    user: fc.constantFrom('U1', 'U2', 'USLACKBOT', ''),
    subtype: fc.constantFrom(
      undefined,
      'bot_message',
      'thread_broadcast',
      'tombstone',
      'channel_join',
      'weird',
    ),
    text: fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('<@U9>', '<!date^1|x>', '<', '&amp;', '<https://a?t=xoxe-1|a>'),
    ),
    thread_ts: fc.constantFrom(undefined, '1795096931.001100', 'nope'),
    attachments: fc.constantFrom(undefined, [], [{ fallback: 'f' }], 'bad'),
    edited: fc.constantFrom(undefined, { ts: '1795096931.001100' }, { ts: 5 }, null),
  },
  { requiredKeys: ['type', 'ts'] },
);

describe('slack parsers never throw and only emit valid evidence', () => {
  it('paste: any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { maxLength: 30 }), async (lines) => {
        const unit: IntakeUnit = {
          name: 'p.txt',
          files: [{ name: 'p.txt', bytes: encode(lines.join('\n')) }],
        };
        pasteParser.detect(unit);
        const result = await pasteParser.parse(unit, {});
        for (const item of result.items) expect(EvidenceDraftSchema.safeParse(item).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('export: any day file content beside users.json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(messageArb, { maxLength: 20 }), async (messages) => {
        const files = [
          {
            name: 'ex/users.json',
            bytes: encode('[{"id":"U1","profile":{"display_name":"a","title":"SRE"}}]'),
          },
          { name: 'ex/general/2026-11-20.json', bytes: encode(JSON.stringify(messages)) },
        ];
        const units = groupUnits(files);
        expect(units).toHaveLength(1);
        const unit = units[0]!;
        exportParser.detect(unit);
        const result = await exportParser.parse(unit, {});
        const locators = new Set(result.items.map((item) => item.locator));
        for (const item of result.items) {
          expect(EvidenceDraftSchema.safeParse(item).success).toBe(true);
          if (item.meta?.thread) expect(locators.has(item.meta.thread)).toBe(true);
          expect(item.text).not.toContain('xoxe');
        }
      }),
      { numRuns: 200 },
    );
  });
});
