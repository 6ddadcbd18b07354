import { describe, expect, it } from 'vitest';
import { overrideDirection } from './override-direction.js';

// As the shipped policy orders them: a higher order is more severe.
const LEVELS = { Medium: 1, High: 2, Critical: 3 };

describe('overrideDirection', () => {
  it.each([
    ['Medium', 'Critical', 'up'],
    ['Critical', 'High', 'down'],
    ['High', 'High', 'same'],
    ['none', 'Medium', 'up'],
    ['Sev0', 'High', 'unranked'],
  ] as const)('severity %s → %s is %s', (before, after, direction) => {
    expect(overrideDirection('severity', before, after, LEVELS)).toBe(direction);
  });

  it('calls any routing override a change, never up or down', () => {
    expect(overrideDirection('routing', 'L2 Support', 'Engineering', LEVELS)).toBe('changed');
  });
});
