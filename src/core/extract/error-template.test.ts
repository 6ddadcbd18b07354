import { describe, expect, it } from 'vitest';
import { errorTemplate } from './error-template.js';

const same = (a: string, b: string) => errorTemplate(a) === errorTemplate(b);

describe('errorTemplate', () => {
  it.each([
    ['job 7Fq2Lm91 failed after 3000ms on 10.0.4.7', 'job 9Zz0Pq44 failed after 5000ms on 10.0.4.9'],
    ['widget 1201 could not load series', 'widget 1377 could not load series'],
    ['order SO-5512093 rejected', 'order SO-7719021 rejected'],
    ['scan.check unit=HSA-K04 key unknown', 'scan.check unit=HSA-K11 key unknown'],
  ])('groups %j with %j', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['401 bad token', '403 bad token'],
    ['ERR_QUEUE_41 on publish', 'ERR_QUEUE_42 on publish'],
    ['AADSTS50011 at sign-in', 'AADSTS50012 at sign-in'],
    ['code=PAY-4410 declined', 'code=PAY-4411 declined'],
    ['worker stopped for reason 12', 'worker stopped for reason 14'],
    ['runner exit code 137', 'runner exit code 1'],
  ])('keeps codes and statuses apart: %j and %j', (a, b) => {
    expect(same(a, b)).toBe(false);
  });
});
