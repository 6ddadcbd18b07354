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
    // adjacent words that merely share the initials are not a definition
    ['Is the IP right?', 'the ingest pipeline and the Ingrid priority', 'Is the IP right?'],
    ['Does AD sync?', 'orders are delayed again', 'Does AD sync?'],
    ['Who owns the CMS?', 'the content moves slowly', 'Who owns the CMS?'],
    // a definition in brackets, either way round
    [
      'Is the CMS down?',
      'our Content Management System (CMS) went quiet',
      'Is the CMS (content management system) down?',
    ],
    [
      'Did the RTB time out?',
      'the RTB (real time bidder) stalled',
      'Did the RTB (real time bidder) time out?',
    ],
    [
      'Is the PAT revoked?',
      'his personal access token was used',
      'Is the PAT (personal access token) revoked?',
    ],
  ] satisfies [string, string, string][])('expands %j with the case text %j', (text, corpus, expected) => {
    expect(expandShorthand(text, corpus)).toBe(expected);
  });
});
