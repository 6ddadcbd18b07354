import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import type { Gate } from '../model/packet.js';
import { buildCustomerUpdate } from './customer-update.js';
import { actionAsked, asksWhen, findRequests, questionPart, reportOffered } from './update-requests.js';

const REPORT = item(
  'S1:c1',
  'Since Tuesday the nightly stock export to our warehouse partner is empty for 9 of our stores.',
  'customer',
);
const NOTE = item('S1:c2', 'exp-worker-7 OOMs on the stores shard, Priya is on it', 'Priya Raman');

const gate = (id: string, kind: Gate['kind']): Gate => ({ id, kind, subject: kind, state: 'pending' });

function updateFor(asks: string[], extraGates: Gate[] = []) {
  const evidence = [REPORT, NOTE, ...asks.map((a, i) => item(`S1:a${i}`, a, 'customer'))];
  const input = makeRenderInput(evidence, {
    facts: makeFacts({
      problem: { value: 'Nightly stock export is empty', cites: ['S1:c1'] },
      customerAsks: asks.map((a, i) => ({ value: a, cites: [`S1:a${i}`] })),
    }),
  });
  return buildCustomerUpdate({ ...input, gates: [...input.gates, ...extraGates] });
}

describe('findRequests', () => {
  it.each([
    ['I would like a call with your head of operations before the quarter closes.', 'call'],
    ['Could we set up a quick meeting with someone from your data team?', 'call'],
    ['We want a named owner for this ticket.', 'owner'],
    ['Please send us a post-mortem once it is fixed.', 'report'],
    ['Our auditors need a written summary of what went wrong.', 'report'],
    ['We need in writing what happened to the March invoices and why.', 'report'],
    ['Can you send a list of the stores whose export was empty?', 'list'],
  ])('reads "%s" as a %s request', (ask, kind) => {
    expect(findRequests(ask).map((r) => r.kind)).toContain(kind);
  });

  it.each([
    'The API calls to the stock endpoint time out.',
    'I talked with my colleague and we both see it.',
    'Talk to a person please.',
    'We call the export job every night at 2am.',
    'Please confirm the migration date in writing by Friday.',
  ])('finds no request in "%s"', (sentence) => {
    expect(findRequests(sentence)).toEqual([]);
  });

  it.each([
    ['I need one of your directors to phone me before noon.', 'call', 'a call from one of our directors'],
    [
      'Our chair needs an explanation in writing for the trustees.',
      'report',
      'a written account for the trustees',
    ],
    [
      'We expect a written confirmation that our discount holds until renewal.',
      'confirm',
      'your discount holds until renewal',
    ],
    [
      'Please ship two spare readers to the Leeds depot asap.',
      'action',
      'to ship two spare readers to the Leeds depot',
    ],
    [
      "And once it works, please don't resend the old reminders to our members.",
      'action',
      'not to resend the old reminders to your members',
    ],
  ])('reads "%s" as a %s request: %s', (ask, kind, what) => {
    expect(findRequests(ask)).toContainEqual({ kind, what });
  });

  it('says the one asked for back in our voice', () => {
    expect(findRequests('I want a call with your CTO this week.')[0]?.what).toBe('a call with our CTO');
  });
});

describe('actionAsked', () => {
  it.each([
    ['Fix it today.'],
    ['Get me a real person.'],
    ['See the attached export.'],
    ['Let me know when it is back.'],
    ['Please confirm the cut-over date by Friday.'],
    ['Can you resend the invoices?'],
    ['Reinstalled the app on both tablets also.'],
    ['Please confirm in writing by Friday:'],
    // steps to reproduce, pleas and quoted messages (shapes from public issue trackers)
    ['Open the settings page and click Save.'],
    ['Install the latest update on every tablet.'],
    ['Please help us get the sync working.'],
    ['Please take a look at the attached log.'],
    ['Please provide an update.'],
    ['Please reload the window."'],
    ['Go back to the start page and try again.'],
    ['Please escalate this to your developers.'],
    ['Please answer the remaining questions today.'],
  ])('asks no action of us in "%s"', (ask) => {
    expect(actionAsked(ask)).toBeNull();
  });

  it('reads a bare imperative that undoes a change made to them as a request', () => {
    expect(actionAsked('Put the old prices back on the shop.')).toBe(
      'to put the old prices back on the shop',
    );
  });
});

describe('asksWhen and questionPart', () => {
  it.each([
    ['When will the export run again?', true],
    ['Could you tell me when this will be fixed?', true],
    ['Will it be working before the weekend?', true],
    ['Is it on the roadmap, and roughly when?', true],
    ['Will the export include archived stores when it runs?', false],
    ['Do we need to resend the files?', false],
  ])('"%s" asks when: %s', (q, when) => {
    expect(asksWhen(q)).toBe(when);
  });

  it('asks the question after an announcing lead-in, and keeps a statement that gives the referent', () => {
    expect(
      questionPart('Two things we need to know today: is the data safe, and which stores are affected?'),
    ).toBe('Is the data safe, and which stores are affected?');
    const kept = 'The old file is already loaded in our system: will it be replaced?';
    expect(questionPart(kept)).toBe(kept);
  });
});

describe('buildCustomerUpdate answers requests by kind', () => {
  it('passes on a call with an executive, on its own line, never as a timing line', () => {
    const out = updateFor(['I would like a call with your VP of Engineering by Friday.']);
    expect(out.text).toContain(
      'I have passed on your request for a call with our VP of Engineering, and I will confirm the time with you.',
    );
    expect(out.text).not.toContain('On timing for a fix');
    expect(out.placeholders.map((p) => p.token)).not.toContain('{{ETA}}');
  });

  it('names the owner only through a placeholder tied to the pending routing gate', () => {
    const out = updateFor(['We need a named owner for this today.'], [gate('G-routing', 'routing')]);
    expect(out.text).toContain('You asked for a named owner: {{OWNER}} owns this on our side.');
    expect(out.placeholders).toContainEqual({ token: '{{OWNER}}', gate: 'G-routing' });
    const ungated = updateFor(['We need a named owner for this today.']);
    expect(ungated.text).not.toContain('{{OWNER}}');
  });

  it('routes a refund request to the compensation gate, not to timing or to a promise', () => {
    const out = updateFor(
      ['Please refund the two weeks we could not use the export.'],
      [gate('G-comp', 'compensation')],
    );
    expect(out.text).toContain('You asked for a refund: {{COMPENSATION}}');
    expect(out.placeholders).toContainEqual({ token: '{{COMPENSATION}}', gate: 'G-comp' });
    expect(out.text).not.toMatch(/we will refund|refunded|On timing/i);
  });

  it('puts the date of a written root-cause report our side offered behind the ETA gate', () => {
    const offer = item('S1:c3', 'Happy to send them a written summary once the review is done.', 'Dana Cole');
    const input = makeRenderInput(
      [REPORT, NOTE, offer, item('S1:a0', 'Our risk team needs a written root-cause analysis.', 'customer')],
      {
        facts: makeFacts({
          problem: { value: 'Nightly stock export is empty', cites: ['S1:c1'] },
          customerAsks: [{ value: 'Our risk team needs a written root-cause analysis.', cites: ['S1:a0'] }],
        }),
      },
    );
    const out = buildCustomerUpdate(input);
    expect(out.text).toContain('once our review is complete, by {{REPORT_DATE}}');
    expect(out.placeholders).toContainEqual({ token: '{{REPORT_DATE}}', gate: 'G-eta' });
  });

  it('promises no written account nobody on our side offered: it is passed on', () => {
    const out = updateFor(['Our risk team needs a written root-cause analysis.']);
    expect(out.text).not.toContain('{{REPORT_DATE}}');
    expect(out.text).not.toMatch(/We will send you/);
    expect(out.text).toContain('our next update will say what we can share in writing');
  });

  it('keeps a question that only mentions "when" among the questions, and answers a real when with the ETA', () => {
    const out = updateFor([
      'Will the export include the archived stores when it runs again?',
      'When will the export work again?',
    ]);
    expect(out.text).toContain('On timing for a fix: {{ETA}}.');
    expect(out.text).toContain(
      'Our next update will confirm whether the export will include the archived stores when it runs again.',
    );
  });

  it('names a question asked without a question mark, and one whose context holds parentheses', () => {
    const out = updateFor([
      'Whether the archived stores will be in the next export',
      'My manager asks which stores were in the empty files today',
      'Is this on our side or yours? (re: stock export (nightly run) is empty)',
    ]);
    expect(out.text).toContain(
      'Our next update will answer:\n- whether the archived stores will be in the next export\n- whether this is on your side or ours',
    );
    // "today" in a bare item would read to the guard as our promise; reported, it is their question
    expect(out.text).toContain(
      'You also asked which stores were in the empty files today. Our next update will answer that too.',
    );
    expect(out.text).not.toContain('On timing');
    expect(out.text).not.toContain('nightly run');
  });

  it('reads each numbered part of an ask on its own: the timing one to the ETA, the other named', () => {
    const out = updateFor([
      'We need to know 1) when the export will run again and 2) whether the empty files can be sent again.',
    ]);
    expect(out.text).toContain('On timing for a fix: {{ETA}}.');
    expect(out.text).toContain('Our next update will confirm whether the empty files can be sent again.');
  });

  it('names a question followed by its context, instead of folding it into timing', () => {
    const out = updateFor([
      'Should we switch the partner back to manual uploads? That costs us a day of work, so we decide before Thursday.',
    ]);
    expect(out.text).toContain(
      'Our next update will confirm whether you should switch the partner back to manual uploads.',
    );
    expect(out.text).not.toContain('On timing for a fix');
  });

  it('passes on an action or a statement to confirm while the incident is open, without promising it', () => {
    const out = updateFor([
      'Please move our stores to the old export format until this is fixed.',
      'We need written confirmation that no stock data left your systems.',
    ]).text;
    expect(out).toContain(
      'You asked us to move your stores to the old export format until this is fixed. I have passed this on, and our next update will say whether we can.',
    );
    expect(out).toContain(
      'You asked us to confirm that no stock data left our systems. I have passed this on, and our next update will say what we can confirm.',
    );
  });

  it('names each compensation ask by kind behind its gate, and a cost the customer asks us to bear', () => {
    const gated = updateFor(
      ['We want the £1,200 back and our fees waived for this month.'],
      [gate('G-comp', 'compensation')],
    );
    expect(gated.text).toContain('You asked for a refund and a waiver of your fees: {{COMPENSATION}}');
    const ungated = updateFor(['Who pays the courier costs of the replacement scanners?']);
    expect(ungated.text).toContain(
      'You asked who covers the cost of the courier costs of the replacement scanners. I have passed this on to our account team.',
    );
    expect(ungated.text).not.toContain('{{COMPENSATION}}');
  });

  it('does not name indignation as a question', () => {
    const out = updateFor([
      'Is this how you treat a customer of nine years?',
      'Which of your dashboards is lying?',
    ]).text;
    expect(out).not.toMatch(/treat|lying|You asked/);
  });

  it('still lets nothing internal through (leak guard)', () => {
    const out = updateFor([
      'I would like a call with your VP of Engineering by Friday.',
      'We need a named owner for this today.',
    ]);
    expect(out.text).not.toMatch(/exp-worker|OOM|Priya|shard/);
    expect(out.removed).toEqual([]);
  });
});

describe('buildCustomerUpdate names every real ask, however many came first', () => {
  it('does not let pleas, pings and statements crowd out a later question or an action asked of us', () => {
    const out = updateFor([
      'Can someone please look at this today?',
      'Any news yet?',
      'Our warehouse partner is already chasing us.',
      'This has cost us two full days of work.',
      'We have 9 stores waiting on stock counts.',
      'Someone to re-send the empty files on your side – we cannot rebuild them by hand.',
      'Will the partner get a notice when the files are replaced?',
    ]);
    expect(out.text).toContain('whether someone can re-send the empty files on our side');
    expect(out.text).toContain('whether the partner will get a notice when the files are replaced');
    expect(out.text).not.toMatch(/look at this today|Any news/);
  });
});

describe('reportOffered', () => {
  it('reads an offer of a written account by our side, not a refusal, a question or the customer', () => {
    expect(
      reportOffered([item('S1:n1', "We'll share a post-mortem with them by Friday.", 'Sam Ortiz')]),
    ).toBe(true);
    expect(
      reportOffered([
        item('S1:n1', "We don't issue a written statement for incidents like this.", 'Sam Ortiz'),
      ]),
    ).toBe(false);
    expect(
      reportOffered([
        item('S1:n1', 'A written summary for their auditor: not something we provide.', 'Sam Ortiz'),
      ]),
    ).toBe(false);
    expect(reportOffered([item('S1:n1', 'Should we send them an incident report?', 'Sam Ortiz')])).toBe(
      false,
    );
    expect(reportOffered([item('S1:c9', 'Please send us an incident report.', 'customer')])).toBe(false);
  });
});

describe('timing asks with nothing in flight', () => {
  it('gives no {{ETA}} when no defect, outage or fix is in flight; the ask is named as a question', () => {
    const asks = ['When can you raise our weekly booking limit?'];
    const evidence = [REPORT, NOTE, item('S1:a0', asks[0] ?? '', 'customer')];
    const base = makeRenderInput(evidence, {
      facts: makeFacts({
        problem: { value: 'Nightly stock export is empty', cites: ['S1:c1'] },
        customerAsks: [{ value: asks[0] ?? '', cites: ['S1:a0'] }],
      }),
    });
    const idle = buildCustomerUpdate({
      ...base,
      decision: { ...base.decision, targets: [{ team: 'Success', reason: 'account', cites: ['S1:c1'] }] },
      signals: { assessment: 'none', vendorIncident: false },
    });
    expect(idle.text).not.toContain('{{ETA}}');
    expect(idle.text).toMatch(/raise your weekly booking limit/);
    const plea = makeRenderInput(
      [REPORT, NOTE, item('S1:a0', 'We need the limit raised by tonight, please.', 'customer')],
      {
        facts: makeFacts({
          problem: { value: 'Nightly stock export is empty', cites: ['S1:c1'] },
          customerAsks: [{ value: 'We need the limit raised by tonight, please.', cites: ['S1:a0'] }],
        }),
      },
    );
    const pleaOut = buildCustomerUpdate({
      ...plea,
      decision: { ...plea.decision, targets: [{ team: 'Success', reason: 'account', cites: ['S1:c1'] }] },
      signals: { assessment: 'none', vendorIncident: false },
    });
    expect(pleaOut.text).not.toMatch(/\{\{ETA\}\}|You asked about/);
    const queued = buildCustomerUpdate({
      ...base,
      evidence: [
        ...base.evidence,
        item('S1:n5', 'The fix PR is in review and should ship tomorrow.', 'Ines Ward'),
      ],
      decision: { ...base.decision, targets: [{ team: 'Success', reason: 'account', cites: ['S1:c1'] }] },
      signals: { assessment: 'none', vendorIncident: false },
    });
    expect(queued.text).toContain('{{ETA}}');
    const defect = buildCustomerUpdate({
      ...base,
      signals: { assessment: 'none', vendorIncident: false, bugConfirmed: true },
    });
    expect(defect.text).toContain('{{ETA}}');
  });
});

describe('legal characterisations are not said back', () => {
  it('names a question that puts a legal term by what we can tell them, never the term', () => {
    const out = updateFor(['Does this count as a notifiable breach under our data agreement?']);
    expect(out.text).not.toMatch(/breach/i);
    expect(out.text).toContain('what we can tell you about what happened and the data involved');
  });
});
