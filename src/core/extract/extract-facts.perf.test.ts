import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const LINES = [
  'Since Tuesday the sync fails with ERR_SYNC_502 for about 40 users.',
  'We restarted the connector twice, still failing.',
  'I think the retry queue is backing up after the 4.2 release.',
  'Can you confirm whether any orders were lost?',
  'ok, looking at the pool metrics now',
];

describe('extractFacts on a 5,000-message chat', () => {
  it('finishes without a quadratic blow-up (the figure itself is in npm run bench -- prepare)', () => {
    const specs: ItemSpec[] = Array.from({ length: 5000 }, (_, i) => ({
      text: `${LINES[i % LINES.length]} (${i})`,
      role: i % 3 === 0 ? 'customer' : 'engineering',
      kind: 'chat',
      at: new Date(Date.UTC(2026, 10, 19, 0, 0, i)).toISOString(),
    }));
    const intake = makeIntake(specs);
    // warm the JIT and chrono's parsers once, as a long-running process would have
    extractFacts(makeIntake(specs.slice(0, 50)), '2026-11-20T00:00:00Z');
    const started = performance.now();
    const out = extractFacts(intake, '2026-11-20T00:00:00Z');
    // A guard, not a measurement: ~0.3 s here, while a pass comparing every pair would take minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(out.facts.errors.map((e) => e.value)).toContain('ERR_SYNC_502');
  });
});
