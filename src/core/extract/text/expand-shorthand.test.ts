import { describe, expect, it } from 'vitest';
import { expandShorthand } from './expand-shorthand.js';

describe('expandShorthand', () => {
  it.each([
    [
      'How many jobs are in the DLQ?',
      'jobs moved to the dead-letter queue',
      'How many jobs are in the DLQ (dead-letter queue)?',
    ],
    ['Who else is on s12?', 'their tenant lives on shard 12', 'Who else is on shard 12?'],
    ['Is the SLA at risk?', 'nothing spells it out here', 'Is the SLA at risk?'],
    ['Is p99 fine?', 'latency looked normal', 'Is p99 fine?'],
  ] satisfies [string, string, string][])('expands %j with the case text %j', (text, corpus, expected) => {
    expect(expandShorthand(text, corpus)).toBe(expected);
  });
});
