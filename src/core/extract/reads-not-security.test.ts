import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { notSecurityCites } from './reads-not-security.js';

const ours = (text: string) =>
  notSecurityCites(
    makeExtractContext([
      { role: 'customer', text: 'The admin token of a removed user still opens the settings page.' },
      { role: 'support', text },
    ]),
  );

describe('notSecurityCites', () => {
  it('reads our side saying it is no security matter', () => {
    expect(
      ours(
        'Checked with the platform team: this is not a security issue, the token had simply not expired yet.',
      ),
    ).toHaveLength(1);
    expect(ours("There is no security impact here; it's a caching delay.")).toHaveLength(1);
  });

  it('does not read a question, a condition, an affirmation or the customer', () => {
    expect(ours('Is this a security issue?')).toEqual([]);
    expect(ours('If it is not a security issue we will keep it in support.')).toEqual([]);
    expect(ours('This is a security issue and goes to the security team.')).toEqual([]);
    expect(
      notSecurityCites(
        makeExtractContext([{ role: 'customer', text: 'I do not think this is a security problem.' }]),
      ),
    ).toEqual([]);
  });
});
