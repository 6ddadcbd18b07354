import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsOthersReportSame } from './reads-others-report-same.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsOthersReportSame(s));

describe('readsOthersReportSame: several named parties came to us with the same failure', () => {
  it.each([
    'Northwind and Contoso reported the same error this morning.',
    'Redfern Dental and Oakly Vets just opened tickets with the same code.',
    'Bluebird Cafe and The Granary raised cases about the same timeout.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // one name is often the customer's own person
    'Maria Lopez reported the same error.',
    // a condition, a question, a denial
    'If Northwind and Contoso report the same thing, escalate.',
    'Did Northwind and Contoso report the same?',
    'Northwind and Contoso have not reported the same issue.',
    // opening something that is not a ticket
    'Tom and Priya opened the same spreadsheet.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
