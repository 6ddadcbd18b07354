import { describe, expect, it } from 'vitest';
import { reportsRetriesOut } from './reports-retries-out.js';

describe('reportsRetriesOut', () => {
  it.each([
    'message parked in the dead-letter queue (retries exhausted)',
    'redelivery window exhausted for batch b_12',
    'uploader gave up after 5 attempts',
    'Giving up on the callback after 8 retries',
  ])('reads retrying that ran out in %j', (message) => {
    expect(reportsRetriesOut(message)).toBe(true);
  });

  it.each([
    'connection pool exhausted',
    'retry 2 of 5 failed: socket hang up',
    'heap exhausted, retrying in 10s',
    '401 bad token',
  ])('reads no outcome in %j', (message) => {
    expect(reportsRetriesOut(message)).toBe(false);
  });
});
