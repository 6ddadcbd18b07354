import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { askScope } from './ask-scope.js';

const staff = (text: string) =>
  askScope(makeExtractContext([{ text, role: 'engineering', visibility: 'internal', kind: 'chat' }]))
    ?.question ?? null;

describe('askScope', () => {
  it('asks which of a counted group our side named are affected', () => {
    expect(staff('fyi 12 workspaces have more than 50k contacts, only this one has complained')).toBe(
      'Which of the 12 workspaces that have more than 50k contacts are affected?',
    );
    expect(staff('There are 7 other tenants on the legacy mail relay.')).toBe(
      'Which of the 7 other tenants on the legacy mail relay are affected?',
    );
    expect(staff('5 merchants on the v1 checkout widget, all EU.')).toBe(
      'Which of the 5 merchants on the v1 checkout widget are affected?',
    );
  });

  it('asks nothing about a group already known to be hit or well, or in a question', () => {
    expect(staff('3 customers have reported the same thing since Monday.')).toBeNull();
    expect(staff('4 tenants on the same cluster are fine.')).toBeNull();
    expect(staff('do 6 accounts have the legacy flag on?')).toBeNull();
  });
});
