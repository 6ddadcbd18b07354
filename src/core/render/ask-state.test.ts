import { describe, expect, it } from 'vitest';
import { item } from '../../../test/helpers/make-render-input.js';
import type { Evidence } from '../model/evidence.js';
import { askState, directReply, withContext } from './ask-state.js';
import type { Said } from './update-material.js';

const at = (hour: number) => `2026-05-04T${String(hour).padStart(2, '0')}:00:00.000Z`;
const customer = (id: string, text: string, hour: number): Evidence =>
  item(id, text, 'customer', { at: at(hour) });
const ours = (id: string, text: string, hour: number): Evidence =>
  item(id, text, 'Ada', {
    at: at(hour),
    visibility: 'public',
    author: { name: 'Ada', role: 'support', side: 'internal' },
  });
const said = (e: Evidence, ...texts: string[]): Said[] => texts.map((text) => ({ text, item: e }));

describe('askState', () => {
  const question = customer(
    'S1:c1',
    'Our florist shares one login. Can you raise the seat limit to 12 for us today?',
    9,
  );
  const ask = { text: 'Can you raise the seat limit to 12 for us today?', at: at(9), item: 'S1:c1' };

  it('reads a question our next reply spoke to as settled, whatever it shared with it', () => {
    const reply = ours('S1:c2', '', 11);
    const material = {
      customer: said(question, 'Our florist shares one login.', ask.text),
      ours: said(reply, 'The seat limit on your plan is 10, and only the account owner can change the plan.'),
      scripted: [],
    };
    expect(askState(ask, material).state).toBe('settled');
  });

  it('reads a request to act that our next reply declines as settled', () => {
    const reply = ours('S1:c2', '', 11);
    const material = {
      customer: said(question, ask.text),
      ours: said(reply, "We don't change plans on a customer's behalf, but the owner can do it in Billing."),
      scripted: [],
    };
    expect(askState({ ...ask, text: 'Could you just do it from your side?' }, material).state).toBe(
      'settled',
    );
  });

  it('leaves a question open when our next reply only promises or asks back', () => {
    const reply = ours('S1:c2', '', 11);
    const material = {
      customer: said(question, ask.text),
      ours: said(
        reply,
        "I'll check the seat limit with billing and come back to you.",
        'Which plan are you on?',
      ),
      scripted: [],
    };
    expect(askState(ask, material).state).toBe('open');
  });

  it('answers a question asked again after our statement, instead of calling it settled', () => {
    const before = ours('S1:c0', '', 8);
    const material = {
      customer: said(question, ask.text),
      ours: said(before, 'The seat limit on your plan is 10 and cannot be raised to 12 without an upgrade.'),
      scripted: [],
    };
    expect(askState(ask, material).state).toBe('answerable');
  });
});

describe('withContext and directReply', () => {
  it('joins a question that points back to the sentence before it in the same message', () => {
    const msg = customer('S1:c1', '', 9);
    const customerSaid = said(msg, 'We print the delivery notes from the tablet.', 'Is that supported?');
    expect(withContext({ text: 'Is that supported?', at: at(9), item: 'S1:c1' }, customerSaid)).toBe(
      'We print the delivery notes from the tablet. Is that supported?',
    );
    expect(
      withContext({ text: 'Can the tablet print delivery notes?', at: at(9), item: 'S1:c1' }, customerSaid),
    ).toBe('Can the tablet print delivery notes?');
  });

  it('takes only our first public message after the question', () => {
    const first = ours('S1:c2', '', 10);
    const second = ours('S1:c3', '', 12);
    const reply = directReply([...said(second, 'Later.'), ...said(first, 'First.')], at(9));
    expect(reply.map((s) => s.text)).toEqual(['First.']);
  });
});
