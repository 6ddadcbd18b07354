/**
 * Scores the classifiers on committed samples they never trained on (test/fixtures/classifier,
 * SOURCES.md): Apache Wicket reports labelled bug/feature by hand, and a balanced slice of the
 * held-back FARSEC projects. A missing sample fails the test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { classifyText } from './linear-model.js';
import { ISSUE_KIND_MODEL, SECURITY_CONCERN_MODEL, SECURITY_MODEL } from './report-models.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/classifier/', import.meta.url));
const rows = (name: string) =>
  parse(readFileSync(`${fixtures}${name}`, 'utf8'), { columns: true }) as Record<string, string>[];

describe('classifiers on held-out real reports', () => {
  it('issue kind: at least 70% of 24 hand-labelled Wicket reports', () => {
    const sample = rows('wicket-kind-sample.csv');
    expect(sample.length).toBe(24);
    const right = sample.filter(
      (r) => classifyText(ISSUE_KIND_MODEL, r.summary ?? '').label === r.label,
    ).length;
    expect(right / sample.length).toBeGreaterThanOrEqual(0.7);
  });

  const over = (model: typeof SECURITY_MODEL, text: string): boolean => {
    const c = classifyText(model, text);
    return c.known > 0 && (c.scores['1'] ?? 0) >= (model.thresholds?.['1'] ?? 0.5);
  };
  // the incident model alone, or found = incident OR concern (what Security is asked to look at)
  const securityFound = (withConcern = false) => {
    const sample = rows('farsec-security-sample.csv');
    let tp = 0;
    let fp = 0;
    for (const r of sample) {
      const text = r.summary ?? '';
      const flagged = over(SECURITY_MODEL, text) || (withConcern && over(SECURITY_CONCERN_MODEL, text));
      if (flagged && r.security === '1') tp++;
      else if (flagged) fp++;
    }
    return { n: sample.length, recall: tp / 30, precision: tp / Math.max(1, tp + fp) };
  };

  it('security: precision at least 0.6 and some recall on 30 + 30 held-back FARSEC reports', () => {
    const found = securityFound();
    expect(found.n).toBe(60);
    expect(found.precision).toBeGreaterThanOrEqual(0.6);
    expect(found.recall).toBeGreaterThan(0);
  });

  // Issue 10's goal, for what Security gets to see: the incident model is precise but does not
  // transfer; the concern model (trained without these projects, threshold chosen on transfer)
  // finds 21 of these 30 at 9 false flags. On the whole held-back sample (149 + 149) it is
  // 0.597 / 0.679 through the pipeline (a second look): just short of the goal (docs/classifier.md).
  it('security found (incident or concern): recall and precision at least 0.6 on the same sample', () => {
    const found = securityFound(true);
    expect(found.recall).toBeGreaterThanOrEqual(0.6);
    expect(found.precision).toBeGreaterThanOrEqual(0.6);
  });

  it.fails('security incident model alone: recall at least 0.6 (it is kept strict: not met)', () => {
    expect(securityFound().recall).toBeGreaterThanOrEqual(0.6);
  });
});
