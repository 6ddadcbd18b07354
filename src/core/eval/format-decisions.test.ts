import { describe, expect, it } from 'vitest';
import { makeEvalPacket, makeExpected } from '../../../test/helpers/make-eval-packet.js';
import { decisionChanged, formatDecisions } from './format-decisions.js';
import { scoreCase } from './score-case.js';

const same = scoreCase({
  name: 'a-same',
  expected: makeExpected(),
  packet: makeEvalPacket(),
  schemaErrors: [],
});
const moved = scoreCase({
  name: 'b-moved',
  expected: makeExpected({ targets: ['Security', 'Engineering'] }),
  packet: makeEvalPacket(),
  schemaErrors: [],
});
const crashed = scoreCase({
  name: 'c-crash',
  expected: makeExpected(),
  packet: null,
  crashed: 'boom',
  schemaErrors: null,
});

describe('decisionChanged', () => {
  it('is false only when escalate, severity and targets all agree with the gold', () => {
    expect(decisionChanged(same)).toBe(false);
    expect(decisionChanged(moved)).toBe(true);
    expect(decisionChanged(crashed)).toBe(true);
  });

  it('ignores non-decision fields', () => {
    const wrongAccount = scoreCase({
      name: 'd',
      expected: makeExpected({ account: 'Someone Else' }),
      packet: makeEvalPacket(),
      schemaErrors: [],
    });
    expect(decisionChanged(wrongAccount)).toBe(false);
  });
});

describe('formatDecisions', () => {
  it('shows each changed field with the gold beside the new value', () => {
    const text = formatDecisions([same, moved, crashed]);
    expect(text).toContain('a-same   unchanged');
    expect(text).toContain('b-moved  CHANGED');
    expect(text).toContain('primaryTarget: gold Security, now Engineering');
    expect(text).toContain('c-crash  CHANGED  prepare crashed: boom');
    expect(text).toContain('1 of 3 cases keep the gold decision; 2 changed.');
  });
});
