import { describe, expect, it } from 'vitest';
import { classifyText, type LinearModel, topFeatures } from './linear-model.js';
import { ISSUE_KIND_MODEL, SECURITY_CONCERN_MODEL, SECURITY_MODEL } from './report-models.js';
import { featuresOf, tokenize } from './tokenize.js';

describe('tokenize / featuresOf', () => {
  it('lower-cases words, maps numbers and versions to shapes, and adds adjacent pairs', () => {
    expect(tokenize('Upgrade to 4.2.1 broke Export in 3 places')).toEqual([
      'upgrade',
      'to',
      '#ver',
      'broke',
      'export',
      'in',
      '#num',
      'places',
    ]);
    expect(featuresOf('does not save')).toEqual(['does', 'does not', 'not', 'not save', 'save']);
  });

  it('stems: inflections of one word are one feature, pairs are over stems, shapes stay shapes', () => {
    expect(featuresOf('Passwords leaked', 'stems')).toEqual(featuresOf('password leaking', 'stems'));
    expect(featuresOf('privilege escalation in 2.1.0', 'stems')).toContain('privileg escal');
    expect(featuresOf('privilege escalation in 2.1.0', 'stems')).toContain('#ver');
  });
});

describe('classifyText scaling', () => {
  const model: LinearModel = {
    format: 'spine-linear-classifier',
    version: 1,
    name: 't',
    algorithm: 'logistic-regression',
    labels: ['0', '1'],
    bias: [0, 0],
    weights: { 'sql inject': [0, 2] },
    normalize: true,
    features: 'stems',
  };
  it("'known' scales by the features the model knows, so unrelated words do not dilute a concept", () => {
    const short = 'SQL injection';
    const long = 'SQL injection in the report filter field of the monthly overview page today';
    const byAll = (t: string) => classifyText(model, t).scores['1'] ?? 0;
    const byKnown = (t: string) => classifyText({ ...model, scaleBy: 'known' }, t).scores['1'] ?? 0;
    expect(byAll(long)).toBeLessThan(byAll(short));
    expect(byKnown(long)).toBe(byKnown(short));
    expect(classifyText({ ...model, scaleBy: 'known' }, 'nothing related').known).toBe(0);
  });
});

describe('topFeatures', () => {
  const model: LinearModel = {
    format: 'spine-linear-classifier',
    version: 1,
    name: 't',
    algorithm: 'logistic-regression',
    labels: ['0', '1'],
    bias: [0, 0],
    weights: { token: [-1, 1], leak: [-2, 2], chart: [1, -1], a: [0, 0] },
    normalize: true,
  };
  it('lists the features pulling towards the label, strongest first, never the ones pulling away', () => {
    expect(topFeatures(model, 'a token leak in the chart', '1')).toEqual(['leak', 'token']);
    expect(topFeatures(model, 'a token leak in the chart', '0')).toEqual(['chart']);
    expect(topFeatures(model, 'a token leak', '1', 1)).toEqual(['leak']);
    expect(topFeatures(model, 'anything', 'no such label')).toEqual([]);
  });
});

describe('the security-concern model', () => {
  it('is small, reads stems, and has a threshold chosen on transfer (eval/security-concern-cv.json)', () => {
    expect(SECURITY_CONCERN_MODEL.labels).toEqual(['0', '1']);
    expect(SECURITY_CONCERN_MODEL.features).toBe('stems');
    expect(SECURITY_CONCERN_MODEL.thresholds?.['1']).toBeGreaterThan(0);
    expect(JSON.stringify(SECURITY_CONCERN_MODEL).length).toBeLessThan(100_000);
  });
});

describe('the committed models', () => {
  it('load with their labels, a threshold for security, and stay small', () => {
    expect(ISSUE_KIND_MODEL.format).toBe('spine-linear-classifier');
    expect(ISSUE_KIND_MODEL.labels).toEqual(['bug', 'feature', 'question']);
    expect(SECURITY_MODEL.labels).toEqual(['0', '1']);
    expect(SECURITY_MODEL.thresholds?.['1']).toBeGreaterThan(0);
    for (const model of [ISSUE_KIND_MODEL, SECURITY_MODEL]) {
      expect(Object.keys(model.weights).length).toBeGreaterThan(1000);
      expect(JSON.stringify(model).length).toBeLessThan(3_000_000);
    }
  });

  it('read plain reports of each kind (sentences written for this test)', () => {
    expect(
      classifyText(
        ISSUE_KIND_MODEL,
        'App crashes on startup. Stack trace shows TypeError: cannot read property of undefined after the last update.',
      ).label,
    ).toBe('bug');
    expect(
      classifyText(
        ISSUE_KIND_MODEL,
        'Feature request: it would be great to add an option to export the table as CSV. Proposal: a new button.',
      ).label,
    ).toBe('feature');
    expect(
      classifyText(
        ISSUE_KIND_MODEL,
        'How can I configure the proxy settings? I could not find it in the documentation, any help appreciated.',
      ).label,
    ).toBe('question');
  });

  it('scores a security report above the threshold and a cosmetic bug below it', () => {
    const threshold = SECURITY_MODEL.thresholds?.['1'] ?? 0.5;
    const attack = classifyText(
      SECURITY_MODEL,
      'Cross-site scripting: the search parameter is echoed into the page without escaping, so an attacker can inject script and steal session cookies.',
    );
    const cosmetic = classifyText(
      SECURITY_MODEL,
      'The settings button is misaligned by two pixels in the dark theme.',
    );
    expect(attack.scores['1']).toBeGreaterThanOrEqual(threshold);
    expect(cosmetic.scores['1']).toBeLessThan(threshold);
  });

  it('is deterministic, sums to one, knows nothing of empty text, and runs in well under a millisecond a text', () => {
    const text = 'Export to PDF fails with a 500 error since version 2.3.';
    const first = classifyText(ISSUE_KIND_MODEL, text);
    expect(classifyText(ISSUE_KIND_MODEL, text)).toEqual(first);
    const total = Object.values(first.scores).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 3);
    expect(classifyText(ISSUE_KIND_MODEL, '').known).toBe(0);
    const started = performance.now();
    for (let i = 0; i < 500; i++) classifyText(ISSUE_KIND_MODEL, `${text} ${i}`);
    expect((performance.now() - started) / 500).toBeLessThan(2);
  });
});
