import { casual, configuration, type ParsingOption } from 'chrono-node/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastUnitGate, parseCasualDates } from './casual-dates.js';

// the patterns depend only on the parsing options
const CONTEXT = { option: {} } as Parameters<
  ReturnType<typeof configuration.createCasualConfiguration>['parsers'][number]['pattern']
>[0];
const durationPatterns = () =>
  configuration
    .createCasualConfiguration(false)
    .parsers.map((parser) => parser.pattern(CONTEXT))
    .filter((pattern) => lastUnitGate(pattern) !== null);

const reference = { instant: new Date('2026-05-13T09:30:00Z'), timezone: 120 };

describe('parseCasualDates', () => {
  it.each([
    'The importer has been failing for about 3 days ago now',
    'two hours later the queue filled up again',
    'a couple of weeks and 2 days before the audit',
    'we retried 10 mins later, then again 1 hr after that',
    'since Friday 8 May around 7pm CEST',
    'the sync broke on 2026-05-11T04:10:00Z and again last night',
    'next week we move the cluster, in 2 weeks at the latest',
    'it ran without the flag, about out of ideas',
    'nothing dated in this sentence at all',
  ])('gives chrono-node’s own result for %j', (text) => {
    const option: ParsingOption = { forwardDate: false };
    expect(JSON.stringify(parseCasualDates(text, reference, option))).toBe(
      JSON.stringify(casual.parse(text, reference, option)),
    );
  });
});

describe('lastUnitGate', () => {
  it('finds the "<units> ago" and "<units> later" patterns of the installed chrono-node', () => {
    const gates = durationPatterns().map((pattern) => lastUnitGate(pattern));
    expect(gates).toHaveLength(2);
    const [ago, later] = gates;
    expect(ago?.test('about 3 days ago')).toBe(true);
    expect(ago?.test('since Tuesday, before the deploy')).toBe(false);
    expect(later?.test('two weeks and 1 hour later')).toBe(true);
    expect(later?.test('right after the deploy, without the cache')).toBe(false);
  });

  it('leaves any other pattern ungated', () => {
    expect(lastUnitGate(/(\W|^)(now|today|tonight)(?=\W|$)/i)).toBeNull();
  });

  it('matches every text its pattern matches', () => {
    const words = ['3', 'two', 'a', 'an', 'few', 'half', 'the', 'couple of', 'about', 'around', ','];
    const units = ['d', 'h', 'mins', 'hour', 'days', 'week', 'yr', 'quarters', 'second', 's'];
    const keywords = ['ago', 'before', 'earlier', 'later', 'after', 'from now', 'out', 'forward'];
    const filler = ['and', 'the deploy', 'since', 'x', '', 'it'];
    const token = fc.constantFrom(...words, ...units, ...keywords, ...filler);
    const text = fc
      .tuple(fc.array(token, { maxLength: 9 }), fc.constantFrom(' ', '  ', '', '\t'))
      .map(([tokens, space]) => tokens.join(space));
    for (const pattern of durationPatterns()) {
      const gate = lastUnitGate(pattern);
      fc.assert(
        fc.property(text, (t) => !pattern.test(t) || gate?.test(t) === true),
        { numRuns: 3000 },
      );
    }
  });
});
