import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractAsks } from './extract-asks.js';
import { extractCommitments } from './extract-commitments.js';
import { extractPosture } from './extract-posture.js';

describe('extractAsks', () => {
  it('keeps the customer questions and requests, not statements or small talk', () => {
    const ctx = makeExtractContext([
      {
        text: 'Thanks! The export is short again. Will this be fixed before Friday? Please confirm whether the missing rows can be recovered. Cheers',
      },
    ]);
    expect(extractAsks(ctx).map((a) => a.value)).toEqual([
      'Will this be fixed before Friday?',
      'Please confirm whether the missing rows can be recovered.',
    ]);
  });

  it('reads a need stated as an obligation', () => {
    const ctx = makeExtractContext([
      { text: 'The new team begins on Tuesday, so this has to work by then.' },
    ]);
    expect(extractAsks(ctx).map((a) => a.value)).toEqual([
      'The new team begins on Tuesday, so this has to work by then.',
    ]);
  });

  it.each([
    'My manager asks me which invoices went out twice, she has to tell the auditors.',
    'He wants to know whether the deleted shifts can be restored.',
    'Our DPO asked us what data the session could read.',
  ])('reads a question the customer passes on: %j', (text) => {
    expect(extractAsks(makeExtractContext([{ text }])).map((a) => a.value)).toEqual([text]);
  });

  it.each([
    'Hello, I want to ask you about one line in our billing report.',
    'We wanted to let you know about something odd in the exports.',
    "I'd like to report a strange login from last night.",
  ])('does not read a preamble as an ask: %j', (text) => {
    expect(extractAsks(makeExtractContext([{ text }]))).toEqual([]);
  });

  it.each([
    [
      'We need two things from you:\n1. the list of affected invoices\n2. a credit note for March\n\nThanks',
      2,
    ],
    [
      'I would like the following:\n- an export of the lost rows\n- a call with engineering\n- an ETA for the fix',
      3,
    ],
  ])('reads each list item after an intro as an ask: %j', (text, n) => {
    const asks = extractAsks(makeExtractContext([{ text }])).map((a) => a.value);
    expect(asks).toHaveLength(n);
    expect(asks.every((a) => !a.endsWith(':'))).toBe(true);
    expect(asks[0]).toMatch(/^(?:The list of affected invoices|An export of the lost rows)/);
  });

  it('ignores staff questions and internal notes', () => {
    const ctx = makeExtractContext([
      { text: 'Could you send us the HAR file?', role: 'support' },
      { text: 'Can we get an ETA from eng?', role: 'support', visibility: 'internal' },
    ]);
    expect(extractAsks(ctx)).toEqual([]);
  });
});

describe('extractCommitments', () => {
  it('reads promises staff made in public, never the draft or internal notes', () => {
    const ctx = makeExtractContext([
      { text: "I've passed this to our developers and will get back to you by 3 PM.", role: 'support' },
      { text: "We'll have a fix out Friday.", role: 'engineering', visibility: 'internal' },
      {
        text: 'We will refund the fee and credit a free month.',
        role: 'support',
        kind: 'draft',
        meta: { unit: 'draft' },
      },
    ]);
    expect(extractCommitments(ctx).map((c) => c.value)).toEqual([
      "I've passed this to our developers and will get back to you by 3 PM.",
    ]);
  });
});

describe('extractPosture', () => {
  it('states facts and drops temperament words', () => {
    const ctx = makeExtractContext([
      {
        text: 'This is unacceptable and we are frustrated. We tried the workaround twice. I want a call with your VP of Support. If this is not fixed we will not renew.',
      },
    ]);
    const posture = extractPosture(ctx).map((p) => String(p.value));
    // in the order the customer said them
    expect(posture.map((p) => p.split(':')[0])).toEqual([
      'Tried repeatedly without success',
      'Asked for an executive',
      'Raised not renewing or leaving',
    ]);
    expect(posture.join(' ')).not.toMatch(/unacceptable|frustrated/i);
  });

  it('does not read a product word as an executive ask', () => {
    expect(
      extractPosture(makeExtractContext([{ text: 'Charts on our executive dashboards do not load.' }])),
    ).toEqual([]);
  });

  it('gives no posture for anger alone', () => {
    expect(extractPosture(makeExtractContext([{ text: 'THIS IS RIDICULOUS. We are furious.' }]))).toEqual([]);
  });
});

describe('extractAsks: an ask that only points at the problem', () => {
  const problem = { value: 'Nightly backup job skips the attachments table.', cites: ['S9:f.subject'] };

  it.each([
    ['Is this expected?', 'Is this expected? (re: nightly backup job skips the attachments table)'],
    [
      'Our audit is Monday, so this has to work by Friday.',
      'Our audit is Monday, so this has to work by Friday. (re: nightly backup job skips the attachments table)',
    ],
  ])('gives %j the problem it points at, citing it', (text, value) => {
    const [ask] = extractAsks(makeExtractContext([{ text }]), problem);
    expect(ask).toEqual({ value, cites: ['S1:m1', 'S9:f.subject'] });
  });

  it('leaves an ask that names its subject as written', () => {
    const [ask] = extractAsks(
      makeExtractContext([{ text: 'Is the attachments table backed up at all?' }]),
      problem,
    );
    expect(ask?.value).toBe('Is the attachments table backed up at all?');
  });
});

describe('extractAsks: demands, anger and lists', () => {
  const asks = (text: string) => extractAsks(makeExtractContext([{ text }])).map((a) => a.value);

  it.each([
    'Get an engineer on a call with our DBA this afternoon.',
    'Call me back before 5.',
    'Send the corrected report to our controller by Monday.',
    'Just restore the deleted projects.',
  ])('reads a demand in the imperative as an ask: %j', (text) => {
    expect(asks(`The import failed again. ${text}`)).toEqual([text]);
  });

  it.each(['See attached for the log.', 'Got it working on one laptop.'])(
    'does not read a pointer or a report as a demand: %j',
    (text) => {
      expect(asks(text)).toEqual([]);
    },
  );

  it.each([
    'Do you understand how many orders we lost?',
    'Do you even realise what this means for our shops?',
    'So this is my fault now?',
    'Are you serious?',
    'How many times do I have to explain this?',
  ])('does not read an angry or rhetorical question as an ask: %j', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each([
    'If the portal is not working by Monday morning we will move to another vendor.',
    "Unless payroll is fixed before the 25th I'll have to pay everyone by hand.",
  ])('reads a threat with a condition as an ask: %j', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  it.each([
    'We expect:\n1. a refund\n2. a fixed invoice\n3. a discount on the renewal',
    'I require:\n- a refund\n- a fixed invoice\n- a discount on the renewal',
    'Our questions:\n1) a refund?\n2) a fixed invoice?\n3) a discount on the renewal?',
  ])('reads every item of a list after a short intro: %j', (text) => {
    expect(asks(text)).toHaveLength(3);
    expect(asks(text)[2]).toMatch(/^A discount on the renewal/);
  });

  it('puts the question of a list item first', () => {
    expect(
      asks(
        'Two questions:\n1. some users see a hold on their card. Were they charged?\n2. when is it fixed?',
      ),
    ).toEqual(['Were they charged? Some users see a hold on their card.', 'When is it fixed?']);
  });

  it.each([
    'Please treat this as urgent.',
    'Kindly handle it as high priority.',
    'Our audit is next week, so please check urgent.',
    'I need a human please, the bot keeps looping.',
    'We want to speak to a real person.',
  ])('does not read a plea for urgency or a person as a question to answer: %j', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each([
    ['Please treat this as urgent and send us the list of failed payments.', 1],
    ['Please check urgently whether the refunds went out?', 1],
  ])('keeps the real ask next to a plea for urgency: %j', (text, n) => {
    expect(asks(text)).toHaveLength(n);
  });

  it.each([
    'The total shown before to confirm was 120 EUR.',
    'It was written 40 $ after to confirm the order.',
  ])('does not read a non-native "before to confirm" as a request: %j', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it('reads asks a customer posts from their own side of a shared channel', () => {
    const ctx = makeExtractContext([
      { text: 'Can you send us the list of failed payments?', visibility: 'internal' },
    ]);
    expect(extractAsks(ctx).map((a) => a.value)).toEqual(['Can you send us the list of failed payments?']);
  });
});

describe('extractAsks: what is not an ask of ours', () => {
  it('leaves out pleas and the customer stating their own timeline', () => {
    const ctx = makeExtractContext([
      {
        text: 'The nightly backup job stopped on Monday. Kindly resolve my issue. Honestly we need until the summer to retrain the staff. Can you restart the backup job for our tenant?',
      },
    ]);
    expect(extractAsks(ctx).map((a) => a.value)).toEqual(['Can you restart the backup job for our tenant?']);
  });
});
