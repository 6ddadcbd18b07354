import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractEnvironment } from './extract-environment.js';

describe('extractEnvironment', () => {
  it('reads browsers with versions, product versions and deployment, without bare duplicates', () => {
    const ctx = makeExtractContext([
      {
        text: 'After moving Server from 5.1.4 to 5.2.0, the charts break in Chrome 130 and Firefox 132 on our self-hosted install. Both Chrome and Firefox do it.',
      },
    ]);
    expect(extractEnvironment(ctx).map((e) => e.value)).toEqual([
      'Chrome 130',
      'Firefox 132',
      '5.1.4',
      '5.2.0',
      'self-hosted',
    ]);
  });

  it('does not read an IP address, a release tag or a dotted date as a version', () => {
    const ctx = makeExtractContext([
      { text: 'The host 10.42.7.19 answers slowly since r2026.10.13-2 and 2026.11.02.' },
      { text: 'Last sign-in 06.12.2026 03:14 from an unknown device.' },
    ]);
    expect(extractEnvironment(ctx)).toEqual([]);
  });

  it('does not take a rollback target for the running version', () => {
    const ctx = makeExtractContext([
      { text: 'Workers run 3.0.0 since Monday. We could roll back to 2.9.4 or revert to v2.9.3 tonight.' },
      { text: 'Going back to version 4.17.2 is not possible in the store.' },
    ]);
    expect(extractEnvironment(ctx).map((e) => e.value)).toEqual(['3.0.0']);
  });
});
