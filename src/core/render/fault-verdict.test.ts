import { describe, expect, it } from 'vitest';
import { asksFaultOrCause, statesVerdict } from './fault-verdict.js';

describe('asksFaultOrCause', () => {
  it('reads a question about fault or about what caused it', () => {
    expect(asksFaultOrCause('Is the scheduler broken since Tuesday?')).toBe(true);
    expect(asksFaultOrCause('Could the new firewall rule have blocked the uploads?')).toBe(true);
    expect(asksFaultOrCause('Was it caused by our CSV template?')).toBe(true);
  });

  it('leaves a question that only mentions a reason in passing', () => {
    expect(asksFaultOrCause('Due to the audit, can we get the export by Friday?')).toBe(false);
    expect(asksFaultOrCause('How do I add a second approver?')).toBe(false);
  });
});

describe('statesVerdict', () => {
  it('is true for a verdict on fault or cause', () => {
    expect(statesVerdict("This isn't a bug: the export is capped at 10,000 rows.")).toBe(true);
    expect(statesVerdict('The duplicates are not caused by your mapping change.')).toBe(true);
    expect(statesVerdict('The cause was a expired token on the relay.')).toBe(true);
  });

  it('is false for a guess, or for "not a bug report"', () => {
    expect(statesVerdict('The cause is probably the relay token.')).toBe(false);
    expect(statesVerdict('I think this is not a bug.')).toBe(false);
    expect(statesVerdict('This is not a bug report, only a question.')).toBe(false);
  });
});
