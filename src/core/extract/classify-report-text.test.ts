import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { classifyReport, reportOf } from './classify-report-text.js';

describe('classifyReport', () => {
  it("reads the customer's words only, with a trace naming model, label, score and evidence", () => {
    const ctx = makeExtractContext([
      {
        role: 'customer',
        text: 'Would it be possible to add a dark mode to the mobile app? Many of us would love that feature.',
        meta: { unit: 'email', subject: 'Feature request: dark mode' },
      },
      {
        role: 'support',
        text: 'The server logs show a NullPointerException and a stack trace on every call.',
      },
    ]);
    const report = reportOf(ctx);
    expect(report.text).toMatch(/^Feature request: dark mode\nWould it be possible/);
    expect(report.text).not.toMatch(/NullPointerException/);
    const result = classifyReport(ctx);
    expect(result.reportKind).toBe('feature');
    const trace = result.traces.find((t) => t.signal === 'reportKind');
    expect(trace).toMatchObject({ mechanism: 'classifier', model: 'issue-kind', label: 'feature' });
    expect(trace?.score).toBe(result.reportKindScore);
    expect(trace?.evidence).toEqual(report.ids);
    expect(result.securityCites).toEqual([]);
  });

  it("is 'unknown' with no trace when no customer wrote anything", () => {
    const ctx = makeExtractContext([
      { role: 'support', text: 'How do I reset the cache on the staging box?' },
    ]);
    expect(classifyReport(ctx)).toEqual({
      reportKind: 'unknown',
      reportKindScore: 0,
      securityCites: [],
      concernCites: [],
      traces: [],
    });
  });

  it('cites the report for security when the security model is over its threshold', () => {
    const ctx = makeExtractContext([
      {
        role: 'customer',
        text: 'A crafted URL lets an attacker inject JavaScript into the login page (reflected XSS) and read other users\u2019 session cookies.',
      },
    ]);
    const result = classifyReport(ctx);
    expect(result.securityCites.length).toBe(1);
    expect(result.traces.find((t) => t.signal === 'security')?.score).toBeGreaterThanOrEqual(
      result.traces.find((t) => t.signal === 'security')?.threshold ?? 1,
    );
  });

  it('raises a security concern, with its strongest features, for a report in the security area only', () => {
    const area = classifyReport(
      makeExtractContext([
        {
          role: 'customer',
          text: 'After rotating the credentials, a revoked API token still authenticates and users without the permission can read the admin settings.',
        },
      ]),
    );
    const trace = area.traces.find((t) => t.signal === 'securityConcern');
    expect(area.concernCites.length).toBe(1);
    expect(trace?.score).toBeGreaterThanOrEqual(trace?.threshold ?? 1);
    expect(trace?.features?.length).toBeGreaterThan(0);
    const plain = classifyReport(
      makeExtractContext([
        {
          role: 'customer',
          text: 'The weekly chart on the dashboard shows the bars in the wrong colour since Monday.',
        },
      ]),
    );
    expect(plain.concernCites).toEqual([]);
    expect(plain.traces.find((t) => t.signal === 'securityConcern')?.features).toBeUndefined();
  });
});
