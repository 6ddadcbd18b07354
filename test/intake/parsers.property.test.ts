import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/core/intake/parsers.js';
import { runIntake } from '../../src/core/intake/run-intake.js';
import { FILE_STATUSES } from '../../src/core/model/evidence.js';
import type { FormatParser, IntakeUnit } from '../../src/core/model/intake.js';
import { sampleFiles } from '../helpers/sample-files.js';

const NAME = 'fuzz/input.dat';
const SAMPLES = sampleFiles(300_000);
const enc = new TextEncoder();

// Keys the formats look for, so random JSON reaches past the detectors into parse code.
const FORMAT_KEYS = [
  'ticket',
  'comments',
  'audits',
  'type',
  'conversation_parts',
  'source',
  'author',
  'body',
  'created_at',
  'log',
  'version',
  'entries',
  'request',
  'response',
  'status',
  'value',
  'messageType',
  'createdDateTime',
  'from',
  'ts',
  'user',
  'text',
  'thread_ts',
  'page',
  'incidents',
  'incident_updates',
  '_embedded',
  'threads',
  'description_text',
  'requester_id',
  'body_text',
  'incoming',
  'private',
  'people',
  'draft',
  'asOf',
  'account',
  'tier',
  'id',
  'public',
  'html_body',
  'attachments',
  'users',
  'channels',
] as const;

const jsonish: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.dictionary(fc.constantFrom(...FORMAT_KEYS), tie('node'), { maxKeys: 6 }),
    fc.array(tie('node'), { maxLength: 4 }),
  ),
})).node;

const jsonText = fc.oneof(
  jsonish.map((value) => JSON.stringify(value) ?? 'null'),
  jsonish.map((value) => (JSON.stringify(value, null, 2) ?? '').slice(0, -1)),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

const mutation = fc.record({
  sample: fc.integer({ min: 0, max: Math.max(0, SAMPLES.length - 1) }),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
    maxLength: 6,
  }),
  insert: fc.option(
    fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom('{', '"', ']', '\0', '\uFFFD', '\r\n\r\n', '<script>', 'null,'),
    ),
    { nil: undefined },
  ),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(m: Mutation): Uint8Array {
  let bytes = Uint8Array.from(SAMPLES[m.sample]?.bytes ?? new Uint8Array());
  if (m.insert) {
    const at = Math.floor(m.insert[0] * bytes.length);
    bytes = Uint8Array.from([...bytes.subarray(0, at), ...enc.encode(m.insert[1]), ...bytes.subarray(at)]);
  }
  for (const [where, value] of m.flips) {
    if (bytes.length > 0) bytes[Math.min(bytes.length - 1, Math.floor(where * bytes.length))] = value;
  }
  if (m.cut !== undefined) bytes = bytes.subarray(0, Math.floor(m.cut * bytes.length));
  return bytes;
}

const unitOf = (bytes: Uint8Array): IntakeUnit => ({ name: NAME, files: [{ name: NAME, bytes }] });

/** detect and parse must neither throw nor reject, and a failure must say why. */
async function checkParser(parser: FormatParser, bytes: Uint8Array): Promise<void> {
  const unit = unitOf(bytes);
  const score = parser.detect(unit);
  expect(Number.isFinite(score) && score >= 0).toBe(true);
  const result = await parser.parse(unit, {});
  expect(Array.isArray(result.items)).toBe(true);
  expect(FILE_STATUSES).toContain(result.status);
  if (result.status === 'failed') expect(result.warnings.length).toBeGreaterThan(0);
}

/** The whole intake never throws, and every source that did not parse is named in a warning. */
async function checkIntake(bytes: Uint8Array): Promise<void> {
  const result = await runIntake([unitOf(bytes)]);
  const [source] = result.sources;
  expect(source?.name).toBe(NAME);
  if (source?.status !== 'parsed') {
    expect(source?.warnings.some((warning) => warning.startsWith(`${NAME}: `))).toBe(true);
  }
  expect(result.warnings.every((warning) => warning.startsWith(`${NAME}: `))).toBe(true);
}

const RUNS = 60;

describe('every parser survives hostile input', () => {
  it('has samples to mutate', () => {
    expect(SAMPLES.length).toBeGreaterThan(10);
  });

  describe.each(PARSERS.map((parser) => [parser.format, parser] as const))('%s', (_format, parser) => {
    it('random bytes', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), (bytes) => checkParser(parser, bytes)),
        { numRuns: RUNS },
      );
    });

    it('random JSON-ish text', async () => {
      await fc.assert(
        fc.asyncProperty(jsonText, (text) => checkParser(parser, enc.encode(text))),
        { numRuns: RUNS },
      );
    });

    it('truncated, flipped and spliced real samples', async () => {
      await fc.assert(
        fc.asyncProperty(mutation, (m) => checkParser(parser, mutate(m))),
        { numRuns: RUNS },
      );
    });
  });
});

describe('runIntake survives hostile input', () => {
  it('random bytes, JSON-ish text and mutated samples', async () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 512 }),
      jsonText.map((text) => enc.encode(text)),
      mutation.map(mutate),
    );
    await fc.assert(fc.asyncProperty(input, checkIntake), { numRuns: 300 });
  });
});
