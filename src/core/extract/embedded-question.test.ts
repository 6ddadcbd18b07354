import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { embeddedQuestion } from './embedded-question.js';

const read = (text: string) => {
  const [s] = analyze(text).sentences;
  return s ? embeddedQuestion(s) : null;
};

describe('embeddedQuestion', () => {
  it('turns a wanted, needed or negated knowing round into the question it carries', () => {
    expect(read('I want to know how many stores still run the old build before I sign off.')).toBe(
      'How many stores still run the old build?',
    );
    expect(read('We need to figure out how many invoices went out twice before we refund anyone.')).toBe(
      'How many invoices went out twice?',
    );
    expect(read('Still unclear whether the nightly export finished.')).toBe('Did the nightly export finish?');
    expect(read("I'm not sure if the retry queue drained.")).toBe('Did the retry queue drain?');
    expect(read("We don't know yet which regions got the bad config.")).toBe(
      'Which regions got the bad config?',
    );
    expect(read("I'm wondering which builds picked up the flag.")).toBe('Which builds picked up the flag?');
  });

  it('keeps hyphenated words and asides, and ends where a new clause starts', () => {
    expect(read("We haven't confirmed whether other renewals were double-charged (since May).")).toBe(
      'Were other renewals double-charged (since May)?',
    );
    expect(read("Not sure what the regulator requires there and I won't guess.")).toBe(
      'What does the regulator require there?',
    );
  });

  it('reads nothing when the knowing is had, or when someone else asks', () => {
    expect(read('I know which regions got it.')).toBeNull();
    expect(read('They are asking whether they lost any orders.')).toBeNull();
  });
});

describe('embeddedQuestion on purpose clauses', () => {
  it('reads no question from an infinitive of purpose or a clause cut short', () => {
    expect(read('We reran the import to see if the totals match.')).toBeNull();
    expect(read('The flag lets the worker know whether the batch is done.')).toBeNull();
    expect(read('Not sure if it breaks in the.')).toBeNull();
  });
});
