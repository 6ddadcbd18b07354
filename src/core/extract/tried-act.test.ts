import { describe, expect, it } from 'vitest';
import { ACT_ATTEMPT_MODEL } from '../classify/act-models.js';
import { analyze } from '../language/analyze.js';
import { ATTEMPT_THRESHOLD, attemptTrace, readAttemptAct, reportsDone } from './tried-act.js';

// our own sentences, written for this test (none from the eval cases)
const ATTEMPTS = [
  'I reinstalled the printer driver and it still crashes on startup.',
  'We rolled the gateway back to 3.1, same timeouts.',
  'They restarted the sync agent twice, no change.',
  'Engineering rolled back the deploy at 14:10.',
  'I flushed the DNS cache and the site loads now.',
  'Tried Firefox and Safari as well, same blank page.',
  'Our admin regenerated the API token yesterday but the calls still fail.',
  'I have already tried restarting the router.',
  'We re-ran the nightly job by hand and it finished.',
  'Rotated the key and redeployed, no difference.',
];

const NOT_ATTEMPTS = [
  'Please reinstall the printer driver.',
  'We will restart the service tonight.',
  'The export fails with a 500 error.',
  'Could you try clearing the cache?',
  'Maybe the proxy strips the header.',
  'We need this fixed before Friday.',
  'The dashboard shows the wrong totals since Monday.',
  'Restart the app and sign in again.',
  'Can you check the logs on your side?',
  'I am going to reinstall it tomorrow.',
];

const first = (text: string) =>
  analyze(text).sentences[0] as NonNullable<ReturnType<typeof analyze>['sentences'][0]>;

describe('readAttemptAct', () => {
  it('finds most reported attempts and their outcomes (a statistical model: 9 of these 10)', () => {
    const found = ATTEMPTS.filter((s) => readAttemptAct(s).attempt);
    // the one it misses scores under the threshold: a third-person fix followed by "still fail"
    expect(found.length).toBeGreaterThanOrEqual(9);
  });

  it.each(NOT_ATTEMPTS)('reads no attempt in %j (a request, plan, symptom or guess)', (sentence) => {
    expect(readAttemptAct(sentence).attempt).toBe(false);
  });

  it('needs both the classifier and the tokens: an instruction the model likes is still no attempt', () => {
    const act = readAttemptAct('Try reinstalling the driver and restarting the machine.');
    expect(act.score).toBeGreaterThanOrEqual(ATTEMPT_THRESHOLD);
    expect(act.done).toBe(false);
    expect(act.attempt).toBe(false);
  });

  it('uses the threshold the training script chose on its validation split', () => {
    expect(ATTEMPT_THRESHOLD).toBe(ACT_ATTEMPT_MODEL.thresholds?.attempt);
    expect(ATTEMPT_THRESHOLD).toBeGreaterThan(0);
    expect(ATTEMPT_THRESHOLD).toBeLessThan(1);
  });

  it('gives the same score for the same sentence', () => {
    const a = readAttemptAct(ATTEMPTS[0] as string);
    const b = readAttemptAct(ATTEMPTS[0] as string);
    expect(a).toEqual(b);
  });
});

describe('reportsDone', () => {
  it.each([
    ['We restarted the worker.', true],
    ['Cleared the cache, no change.', true],
    ['I have tried it twice.', true],
    ["We can't reproduce it on staging.", true],
    ['We will restart the worker.', false],
    ['Going to roll back after lunch.', false],
    ['Please clear the cache.', false],
    ['Try a private window.', false],
    ['Restart the worker.', false],
  ])('%j → %s', (sentence, done) => {
    expect(reportsDone(first(sentence))).toBe(done);
  });
});

describe('attemptTrace', () => {
  it('names the mechanism, the model, the label, its score and the threshold', () => {
    const sentence = 'We rolled the gateway back to 3.1, same timeouts.';
    const act = readAttemptAct(sentence);
    expect(attemptTrace(act, 'S1:m2', sentence)).toEqual({
      mechanism: 'classifier',
      rule: 'act-attempt',
      label: 'attempt',
      score: act.score,
      threshold: ATTEMPT_THRESHOLD,
      evidence: 'S1:m2',
      sentence,
    });
  });
});
