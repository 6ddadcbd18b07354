import { describe, expect, it } from 'vitest';
import { calmText, lowerCaseVocabulary, shoutedWords } from './calm-text.js';
import { withoutQuotes } from './gated-commitments.js';

describe('calmText', () => {
  const vocabulary = lowerCaseVocabulary([
    'the reports are broken and the dashboard is empty',
    'la planificación',
  ]);

  it('lowers shouted everyday words and keeps acronyms', () => {
    expect(calmText('The SAML login is BROKEN and NOTHING works!!!', vocabulary)).toBe(
      'The SAML login is broken and nothing works.',
    );
  });

  it('lowers a shouted word with accented capitals as a whole word', () => {
    expect(calmText('La PLANIFICACIÓN no carga', vocabulary)).toBe('La planificación no carga');
  });

  it('keeps a quoted literal exactly as the customer wrote it', () => {
    expect(calmText('The banner says "DASHBOARD EMPTY" and the REPORTS are gone', vocabulary)).toBe(
      'The banner says "DASHBOARD EMPTY" and the reports are gone',
    );
    expect(calmText('The stamp reads \u201cNOT FOR PLANIFICACIÓN\u201d on every page', vocabulary)).toBe(
      'The stamp reads \u201cNOT FOR PLANIFICACIÓN\u201d on every page',
    );
  });
});

describe('withoutQuotes', () => {
  it('drops quoted spans and keeps our own words', () => {
    expect(withoutQuotes('You asked about the "DRAFT ONLY" label.')).toBe('You asked about the   label.');
  });
});

describe('shoutedWords', () => {
  it('finds words in capitals that read as no noun or name, and lowers them', () => {
    expect(shoutedWords('I OPEN THE REPORT AND IT HANGS FOR AGES')).toEqual(
      expect.arrayContaining(['OPEN', 'AND', 'HANGS']),
    );
    expect(calmText('our invoices are being sent TWICE.', new Set())).toBe(
      'our invoices are being sent twice.',
    );
  });

  it('leaves acronyms, a method before a path and quoted labels alone', () => {
    expect(shoutedWords('the CSV export from our SAML SSO setup fails')).toEqual([]);
    expect(calmText('calls to GET /v1/orders fail', new Set())).toBe('calls to GET /v1/orders fail');
    expect(shoutedWords('the banner says "PAYMENT FAILED AGAIN"')).toEqual([]);
  });
});
