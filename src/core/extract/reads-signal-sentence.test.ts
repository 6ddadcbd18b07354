import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import type { LinearModel } from '../classify/linear-model.js';
import { analyze } from '../language/analyze.js';
import { extractFacts } from './extract-facts.js';
import { readSignalSentence, type SignalSentenceLabel } from './reads-signal-sentence.js';

const sentenceOf = (text: string) => {
  const sentence = analyze(text).sentences[0];
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return sentence;
};

// a toy model, so these tests pin the language layer's part and not the trained weights
const TOY: LinearModel = {
  format: 'spine-linear-classifier',
  version: 1,
  name: 'toy',
  algorithm: 'hand-set',
  labels: ['outage', 'data_loss', 'other'],
  bias: [0, 0, 0],
  weights: { down: [3, 0, 0], outage: [3, 0, 0], lost: [0, 3, 0], data: [0, 2, 0] },
  normalize: false,
  thresholds: { outage: 0.5, data_loss: 0.5 },
};
const toy = (text: string, label: SignalSentenceLabel) => readSignalSentence(sentenceOf(text), label, TOY);
const read = (text: string, label: SignalSentenceLabel) => readSignalSentence(sentenceOf(text), label);

describe('what the model reads, the language layer asserts', () => {
  it('a statement the model names is asserted', () => {
    expect(toy('The reporting service is down again.', 'outage')).toMatchObject({
      about: true,
      asserted: true,
    });
    expect(toy('Some data was lost in the migration.', 'data_loss')).toMatchObject({
      about: true,
      asserted: true,
    });
  });

  it('a question or a condition asserts nothing', () => {
    expect(toy('Is the reporting service down?', 'outage')).toMatchObject({ about: true, asserted: false });
    expect(toy('If the service is down, call our on-call number.', 'outage').asserted).toBe(false);
  });

  it('a denial is a denial, not a claim', () => {
    expect(toy('No data was lost.', 'data_loss')).toMatchObject({
      about: true,
      denied: true,
      asserted: false,
    });
    expect(toy('This is not an outage.', 'outage')).toMatchObject({ denied: true, asserted: false });
  });

  it('"nobody can" is the failure itself, not a denial of it', () => {
    expect(toy('Nobody can get in and the portal is down.', 'outage')).toMatchObject({
      denied: false,
      asserted: true,
    });
  });

  it('a dated outage it only names is a past event', () => {
    expect(toy('We still have questions about the 12 March outage.', 'outage')).toMatchObject({
      about: true,
      asserted: false,
    });
  });

  it('losing time is not losing data', () => {
    expect(toy('We lost the whole afternoon on this.', 'data_loss')).toMatchObject({
      about: true,
      asserted: false,
    });
  });

  it('a line with no verb asserts nothing', () => {
    expect(toy('Outage: portal', 'outage').about).toBe(false);
  });
});

describe('the committed signal-sentence model', () => {
  it.each([
    'The booking service was unavailable for every customer for an hour.',
    'Our API was down for every customer in Europe for two hours.',
    'Customers experienced a service outage after the deploy.',
  ])('outage: %j', (text) => {
    const r = read(text, 'outage');
    expect(r.score).toBeGreaterThanOrEqual(r.threshold);
    expect(r.asserted).toBe(true);
  });

  // false-positive guards from real phrasing the cue lists had to veto one by one
  it.each([
    'Could you calm him down before the call?',
    'The ticket goes down the same path as last time.',
    'We are sorry about the 12 March outage.',
    'The CSV is missing required column sku.',
    'I have read the official note.',
  ])('no signal: %j', (text) => {
    expect(read(text, 'outage').asserted).toBe(false);
    expect(read(text, 'data_loss').asserted).toBe(false);
  });
});

describe('outage from the classifier in a thread', () => {
  const prepare = (specs: ItemSpec[]) => extractFacts(makeIntake(specs), '2030-07-01T18:00:00Z');
  const sentence = 'The booking service was unavailable for every customer for an hour.';

  it('a customer sentence sets outage, traced to the model with its score and threshold', () => {
    const { signals, signalTraces } = prepare([{ text: sentence, at: '2030-07-01T09:00:00Z' }]);
    expect(signals.outage).toBe(true);
    const trace = signalTraces.outage?.[0];
    expect(trace).toMatchObject({ mechanism: 'classifier', rule: 'signal-sentences', label: 'outage' });
    expect(trace?.score).toBeGreaterThanOrEqual(trace?.threshold ?? 1);
  });

  it('the same sentence as a question sets nothing', () => {
    const asked = 'Was the booking service unavailable for every customer for an hour?';
    expect(prepare([{ text: asked, at: '2030-07-01T09:00:00Z' }]).signals.outage).toBe(false);
  });
});
