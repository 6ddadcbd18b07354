import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACT_ATTEMPT_MODEL } from './act-models.js';

describe('the committed attempt model', () => {
  it('is a small binary linear model with a threshold (start-up parses it with the extractors)', () => {
    expect(ACT_ATTEMPT_MODEL.format).toBe('spine-linear-classifier');
    expect(ACT_ATTEMPT_MODEL.labels).toEqual(['attempt', 'other']);
    expect(Object.keys(ACT_ATTEMPT_MODEL.weights).length).toBeLessThanOrEqual(3000);
    expect(ACT_ATTEMPT_MODEL.thresholds?.attempt).toBeGreaterThan(0);
    const bytes = statSync(join(import.meta.dirname, 'models/act-attempt.json')).size;
    expect(bytes).toBeLessThan(300_000);
  });
});
