import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factCiteProblems } from '../../../test/helpers/fact-cite-problems.js';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { ROLES } from '../model/evidence.js';
import { FactsSchema } from '../model/packet.js';
import { SignalsSchema } from '../model/signals.js';
import { extractFacts } from './extract-facts.js';

const WORDS = [
  'since',
  'Tuesday',
  'tried',
  'still',
  'failing',
  'ERR_X_12',
  '500',
  'users',
  'not the',
  'I think',
  '?',
  'by Friday',
  'workaround',
];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
);
const spec: fc.Arbitrary<ItemSpec> = fc.record({
  text,
  role: fc.constantFrom(...ROLES),
  at: fc.oneof(
    fc.constant(null),
    fc.constant('not a date'),
    fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 10, 1 + d)).toISOString()),
  ),
  visibility: fc.constantFrom('public' as const, 'internal' as const),
  kind: fc.constantFrom('ticket' as const, 'chat' as const, 'draft' as const, 'log' as const),
});

describe('extractFacts on arbitrary evidence', () => {
  it('never throws, fits the schemas, backs every cite and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const intake = makeIntake(specs);
        const out = extractFacts(intake, '2026-12-01T00:00:00Z');
        expect(FactsSchema.safeParse(out.facts).success).toBe(true);
        expect(SignalsSchema.safeParse(out.signals).success).toBe(true);
        const draftIds = new Set(
          intake.evidence
            .filter((e) => e.source === intake.sources.find((s) => s.kind === 'draft')?.id)
            .map((e) => e.id),
        );
        expect(factCiteProblems(out.facts, intake.evidence, draftIds)).toEqual([]);
        expect(JSON.stringify(extractFacts(intake, '2026-12-01T00:00:00Z'))).toBe(JSON.stringify(out));
      }),
      { numRuns: 150 },
    );
  });
});
