import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractWorkaround } from './extract-workaround.js';

describe('extractWorkaround', () => {
  it.each([
    ["In the meantime we're hand-keying orders, which eats the whole day.", true, true],
    ['Re-saving the widget fixes line and bar charts, except combo charts.', true, true],
    ['Retrying the same request usually works.', true, true],
    ['As a workaround the scheduled SFTP export covers all rows, fully.', true, false],
    ['There is no workaround for SSO-enforced orgs.', false, false],
  ])('%j → exists %s, partial %s', (text, exists, partial) => {
    expect(extractWorkaround(makeExtractContext([{ text, role: 'support' }]))).toMatchObject({
      exists,
      partial,
    });
  });

  it('says nothing when the evidence says nothing', () => {
    expect(extractWorkaround(makeExtractContext([{ text: 'Login fails for everyone.' }]))).toEqual({
      exists: null,
      partial: null,
      text: null,
      cites: [],
    });
  });
});
