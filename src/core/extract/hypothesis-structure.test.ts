import { describe, expect, it } from 'vitest';
import { withStructure } from './hypothesis-structure.js';

const markers = (text: string): string[] =>
  withStructure(text).slice(text.length).trim().split(' ').filter(Boolean);

describe('withStructure', () => {
  it('marks a consequence clause after a comma', () => {
    expect(markers('The cron moved to UTC, so the report skips the last hour.')).toContain('zzconsequence');
  });

  it('marks a reason clause inside the sentence, not an opening "since"', () => {
    expect(markers('Uploads stall because the proxy buffers the whole body.')).toContain('zzreason');
    expect(markers('Since Monday the invoices are empty.')).not.toContain('zzreason');
  });

  it('marks an ordering clause that opens the sentence', () => {
    expect(markers('After the failover, the replica kept the old schema.')).toContain('zzordered');
  });

  it('marks a copula or a past-tense change with a named subject', () => {
    expect(markers("The staging bucket isn't in the replication policy.")).toContain('zzsubjectcopula');
    expect(markers('Version 2.4.1 switched the parser to strict mode.')).toEqual(
      expect.arrayContaining(['zzsubjectpast', 'zzversion']),
    );
  });

  it('marks a request, a question and a hedge from the language layer', () => {
    expect(markers('Send the HAR file from the failing session.')).toContain('zzimperative');
    expect(markers('Could you check the logs?')).toEqual(expect.arrayContaining(['zzquestion']));
    expect(markers('Maybe the token expired.')).toContain('zzhedged');
  });

  it('leaves the text itself unchanged in front of the markers', () => {
    const text = 'The deploy lowered the body limit, so big orders fail.';
    expect(withStructure(text).startsWith(text)).toBe(true);
    expect(withStructure(text)).toBe(withStructure(text));
  });
});
