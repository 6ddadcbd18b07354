import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput, makeSource } from '../../../test/helpers/make-render-input.js';
import type { Evidence } from '../model/evidence.js';
import type { Decision } from '../model/packet.js';
import { firstMove, type Leading } from './first-move.js';
import type { RenderInput } from './render-input.js';

const at = (hour: number): string => `2026-03-10T${String(hour).padStart(2, '0')}:00:00.000Z`;
const customer = (id: string, text: string, hour: number): Evidence =>
  item(id, text, 'customer', { at: at(hour) });
const staff = (id: string, text: string, hour: number, extra: Partial<Evidence> = {}): Evidence =>
  item(id, text, 'Noor', { at: at(hour), ...extra });
const publicReply = (id: string, text: string, hour: number): Evidence =>
  item(id, text, 'Noor', {
    at: at(hour),
    visibility: 'public',
    author: { name: 'Noor', role: 'support', side: 'internal' },
  });

const CAUSE: Leading = {
  text: 'confirmed: the tax job rounds each line before summing, so invoices drift by a cent',
  support: 'confirmed',
  cites: ['S2:m1'],
};

// the thread most moves start from: the customer's report, then our confirmed cause
const TAX_THREAD: Evidence[] = [
  customer('S1:c1', 'Every invoice total is off by a cent.', 8),
  staff('S2:m1', 'confirmed: the tax job rounds each line before summing.', 9),
];

function input(evidence: Evidence[], overrides: Partial<RenderInput> = {}): RenderInput {
  return makeRenderInput(evidence, overrides);
}

function kept(decision: Decision): Decision {
  return { ...decision, escalate: false, targets: [], criteria: [] };
}

describe('firstMove', () => {
  it('follows a fix already in review instead of asking for the fix again', () => {
    const move = firstMove(
      input([
        customer('S1:c1', 'Every invoice total is off by a cent since Monday.', 8),
        staff('S2:m1', 'confirmed: the tax job rounds each line before summing.', 9),
        staff('S2:m2', 'The hotfix that sums before rounding is in review.', 10),
      ]),
      CAUSE,
    );
    expect(move).toMatch(/^follow the fix already under way through review and deploy/);
    expect(move).toContain('The hotfix that sums before rounding is in review [S2:m2]');
  });

  it("puts a window that closes at a stated time into the first move, ours before the customer's", () => {
    const move = firstMove(
      input([
        ...TAX_THREAD,
        customer('S1:c2', 'Our ledger export runs out this evening, can you hurry?', 10),
        staff(
          'S2:m2',
          'Their invoice correction window lapses at 18:00 today, so the credit notes must go out before then.',
          11,
        ),
      ]),
      CAUSE,
    );
    expect(move).toMatch(/^fix the confirmed cause below/);
    expect(move).toContain(
      'before it closes: Their invoice correction window lapses at 18:00 today, so the credit notes must go out before then [S2:m2]',
    );
    expect(firstMove(input(TAX_THREAD), CAUSE)).not.toContain('before it closes');
  });

  it('makes a decision the case waits on the first move, with the customer deadline when the sentence has none', () => {
    const evidence = [
      customer('S1:c1', 'Can you keep our old report layout until the audit?', 8),
      staff('S2:m1', 'Whether we keep the old layout for them is for the VP Product to decide.', 9),
    ];
    const product = {
      ...makeRenderInput([]).decision,
      targets: [{ team: 'Product', reason: 'roadmap', cites: ['S1:c1'] }],
    };
    const move = firstMove(
      input(evidence, {
        decision: product,
        facts: makeFacts({
          deadlines: [{ at: '2026-03-20T23:59:00Z', text: 'audit on 20 March', cites: ['S1:c1'] }],
        }),
      }),
      null,
    );
    expect(move).toBe(
      "get the VP Product's decision on Whether we keep the old layout for them, before 2026-03-20 (the customer's deadline) [S2:m1]: the case waits on it.",
    );
  });

  it("names the customer's near deadline on a Product ask, never a date a year out", () => {
    const product = {
      ...makeRenderInput([]).decision,
      targets: [{ team: 'Product', reason: 'roadmap', cites: ['S1:c1'] }],
    };
    const ask = { value: 'Can you add a per-school exemption before term starts?', cites: ['S1:c1'] };
    const deadline = (at: string) => ({ at, text: 'stated by the customer', cites: ['S1:c1'] });
    const evidence = [customer('S1:c1', 'Can you add a per-school exemption before term starts?', 8)];
    const near = input(evidence, {
      decision: product,
      facts: makeFacts({
        customerAsks: [ask],
        deadlines: [deadline('2027-03-01T00:00:00Z'), deadline('2026-03-25T23:59:00Z')],
      }),
    });
    expect(firstMove(near, null)).toBe(
      "decide what can be committed on the customer's ask, before 2026-03-25 (the customer's deadline): Can you add a per-school exemption before term starts? [S1:c1]",
    );
    const far = input(evidence, {
      decision: product,
      facts: makeFacts({ customerAsks: [ask], deadlines: [deadline('2027-03-01T00:00:00Z')] }),
    });
    expect(firstMove(far, null)).not.toContain('deadline');
  });

  it('keeps engineering first when the decision beside it is not about the fix, and names it as meanwhile', () => {
    const move = firstMove(
      input([...TAX_THREAD, staff('S2:m2', 'A goodwill credit is for Finance to decide.', 10)]),
      CAUSE,
    );
    expect(move).toMatch(/^fix the confirmed cause below/);
    expect(move).toContain("; meanwhile get Finance's decision on A goodwill credit [S2:m2].");
  });

  it('makes a decision on how the fix ships the first move even on an engineering case', () => {
    const move = firstMove(
      input([
        ...TAX_THREAD,
        staff('S2:m2', 'The fix waits for the monthly release unless Tomas approves a hotfix.', 10),
      ]),
      CAUSE,
    );
    expect(move).toMatch(/^get Tomas's approval on a hotfix \[S2:m2\]: the case waits on it\.$/);
  });

  it("ignores a decision that belongs to the customer's side, and one recorded later", () => {
    const evidence = [
      ...TAX_THREAD,
      staff('S2:m2', 'Whether they restate the invoices is their controller to decide, not us.', 10),
      staff('S2:m3', 'The refund is for Finance to approve.', 11),
      staff('S2:m4', 'Finance approved the refund this morning.', 12),
    ];
    expect(firstMove(input(evidence), CAUSE)).toBe(
      'fix the confirmed cause below, then tell support what the customer may be told.',
    );
  });

  it('names the fix our side defined when the cause is confirmed and nothing is in flight', () => {
    const move = firstMove(
      input([
        ...TAX_THREAD,
        staff('S2:m2', 'Fix is a revert of the rounding change plus a recompute of open invoices.', 10),
      ]),
      CAUSE,
    );
    expect(move).toBe(
      'fix the confirmed cause below the way our side named it: a revert of the rounding change plus a recompute of open invoices [S2:m2]; then tell support what the customer may be told.',
    );
  });

  it('carries out a plan our side set out after the cause was stated', () => {
    const move = firstMove(
      input([
        ...TAX_THREAD,
        staff('S2:m2', 'Plan: recompute the open invoices, then rerun the tax job for March.', 10),
      ]),
      CAUSE,
    );
    expect(move).toMatch(/^carry out the plan our side set out for the cause below/);
    expect(move).toContain('Plan: recompute the open invoices, then rerun the tax job for March [S2:m2]');
  });

  it('on a case kept in support whose documented steps we already gave, names the asks still open', () => {
    const evidence = [
      item('S3:L1', 'Help Center › Exports › Scheduled exports · Updated 2 May', 'Docs', {
        author: null as never,
      }),
      item(
        'S3:L2',
        'Open Reports › Schedules, choose the export and tick Include archived rows before saving.',
        'Docs',
        { author: null as never },
      ),
      customer('S1:c1', 'Our scheduled export misses the archived rows.', 8),
      publicReply(
        'S2:c2',
        'You can open Reports › Schedules, choose the export and tick Include archived rows, then save it.',
        9,
      ),
      customer('S1:c3', 'Thanks. Can you rerun last week’s export for us?', 10),
    ];
    const sources = [
      {
        id: 'S1',
        name: 'ticket.json',
        kind: 'ticket',
        format: 'text',
        sha256: '0'.repeat(64),
        items: 1,
        warnings: [],
        status: 'parsed',
      },
      {
        id: 'S2',
        name: 'replies.json',
        kind: 'ticket',
        format: 'text',
        sha256: '0'.repeat(64),
        items: 1,
        warnings: [],
        status: 'parsed',
      },
      {
        id: 'S3',
        name: 'kb-scheduled-exports.md',
        kind: 'note',
        format: 'text',
        sha256: '0'.repeat(64),
        items: 2,
        warnings: [],
        status: 'parsed',
      },
    ] as RenderInput['sources'];
    const base = input(evidence, {
      sources,
      facts: makeFacts({
        customerAsks: [
          { value: 'Can you rerun last week’s export for us?', cites: ['S1:c3'] },
          { value: 'Why are the archived rows missing?', cites: ['S1:c1'] },
        ],
      }),
    });
    const move = firstMove({ ...base, decision: kept(base.decision) }, null);
    expect(move).toBe(
      'answer in support, do not escalate: the documented steps were already given [S2:c2]; answer what the customer still asks: Can you rerun last week’s export for us? [S1:c3]',
    );
  });

  it('never hands the documented steps over again: with nothing asked since, it says where the case stands', () => {
    const evidence = [
      item('S3:L1', 'Help Center › Exports › Scheduled exports · Updated 2 May', 'Docs', {
        author: null as never,
      }),
      item(
        'S3:L2',
        'Open Reports › Schedules, choose the export and tick Include archived rows before saving.',
        'Docs',
        { author: null as never },
      ),
      customer('S1:c1', 'Our scheduled export misses the archived rows.', 8),
      publicReply(
        'S2:c2',
        'You can open Reports › Schedules, choose the export and tick Include archived rows, then save it.',
        9,
      ),
      staff(
        'S2:n3',
        'Reran their March export by hand at 10:40, it now has the archived rows. Any thoughts?',
        11,
      ),
      staff('S2:n4', 'Lea, could you review my draft before it goes?', 12),
    ];
    const sources = ['S1', 'S2', 'S3'].map((id) =>
      makeSource(id, id === 'S3' ? 'note' : 'ticket', id === 'S3' ? 'kb-exports.md' : `${id}.json`),
    );
    const base = input(evidence, { sources, asOf: at(13) });
    const move = firstMove({ ...base, decision: kept(base.decision) }, null);
    expect(move).toBe(
      'answer in support, do not escalate: the documented steps were already given [S2:c2]; tell the customer where it stands now, as our side last noted it: Reran their March export by hand at 10:40, it now has the archived rows [S2:n3]',
    );
    expect(move).not.toContain('Include archived rows');
  });

  it('on a resolved case, names what the customer still asks after the last reply', () => {
    const base = input(
      [
        customer('S1:c1', 'Were any orders lost during the outage?', 10),
        publicReply('S2:c1', 'The incident is resolved and syncs are running normally again.', 9),
      ],
      {
        signals: { assessment: 'resolved', vendorIncident: null } as never,
        facts: makeFacts({
          customerAsks: [{ value: 'Were any orders lost during the outage?', cites: ['S1:c1'] }],
        }),
      },
    );
    expect(firstMove({ ...base, decision: kept(base.decision) }, null)).toBe(
      'confirm to the customer that it is resolved, in the words of the status page or of our public reply, then close what they still ask: Were any orders lost during the outage? [S1:c1]',
    );
  });

  it('puts the step our side set itself before a generic check, until a later message reports it done', () => {
    const guess: Leading = {
      text: 'maybe the export job skips archived rows',
      support: 'guessed',
      cites: ['S2:m1'],
    };
    const thread = [
      customer('S1:c1', 'The monthly export is missing half of our rows.', 8),
      staff('S2:m1', 'maybe the export job skips archived rows', 9),
      staff('S2:m2', 'Priya: can you pull the export worker logs for their tenant since Friday?', 10),
    ];
    const open = firstMove(input(thread), guess);
    expect(open).toMatch(
      /^do the step our side set itself and has not reported done: Priya: can you pull the export worker logs/,
    );
    expect(open).toContain(
      'then verify the leading hypothesis below before anyone builds on it: maybe the export job skips archived rows',
    );
    const done = firstMove(
      input([
        ...thread,
        staff('S2:m3', 'Pulled the export worker logs for the tenant: nothing skipped.', 11),
      ]),
      guess,
    );
    expect(done).toMatch(/^verify the leading hypothesis below/);
  });
});

describe('firstMove: steps that are stale or already under way', () => {
  const guess: Leading = {
    text: 'maybe the export job skips archived rows',
    support: 'guessed',
    cites: ['S2:m1'],
  };
  const thread = [
    customer('S1:c1', 'The monthly export is missing half of our rows.', 8),
    staff('S2:m1', 'maybe the export job skips archived rows', 9),
    staff('S2:m2', 'Priya: can you pull the export worker logs for their tenant by 11:00?', 10),
  ];

  it('hands over a step with a due hour still ahead, and drops it once that hour has passed', () => {
    const ahead = firstMove(input(thread, { asOf: at(10) }), guess);
    expect(ahead).toMatch(/^do the step our side set itself and has not reported done: Priya: can you pull/);
    const passed = firstMove(input(thread, { asOf: at(14) }), guess);
    expect(passed).toMatch(/^verify the leading hypothesis below/);
    expect(passed).not.toContain('pull the export worker logs');
  });

  it('follows a fix our side defined and then called in review, instead of asking for the fix', () => {
    const move = firstMove(
      input([...TAX_THREAD, staff('S2:m2', 'fix: sum each invoice before rounding. in review', 10)]),
      CAUSE,
    );
    expect(move).toMatch(/^follow the fix already under way through review and deploy/);
    expect(move).toContain('sum each invoice before rounding (in review) [S2:m2]');
  });

  it('reads a decision whose decider carries an aside in brackets', () => {
    const move = firstMove(
      input([
        customer('S1:c1', 'We were charged twice for March, please refund one.', 8),
        staff('S2:m1', 'Finance (Dana Ruiz) has to approve the refund wording first.', 9),
      ]),
      null,
    );
    expect(move).toMatch(/^get Finance's approval on the refund wording first/);
  });
});

describe('firstMove: a case kept in support with no article, stated cause or reproduction', () => {
  const evidence = [customer('S1:c1', 'The banner on our home page shows broken images since Friday.', 8)];

  it('names the leading guess to check rather than a generic line', () => {
    const base = input(evidence);
    const guess: Leading = {
      text: 'Probably the image links point at an old theme copy that was deleted.',
      support: 'guessed',
      cites: ['S2:m1'],
    };
    const move = firstMove({ ...base, decision: kept(base.decision) }, guess);
    expect(move).toBe(
      'answer in support, do not escalate: first check the leading guess below against what the customer reports, then tell them what it means: Probably the image links point at an old theme copy that was deleted [S2:m1]',
    );
  });

  it('falls back to reproducing what the customer reports, with its object', () => {
    const base = input(evidence, {
      facts: makeFacts({
        problem: { value: 'The banner on our home page shows broken images since Friday.', cites: ['S1:c1'] },
      }),
    });
    const move = firstMove({ ...base, decision: kept(base.decision) }, null);
    expect(move).toMatch(
      /^answer in support, do not escalate: reproduce what the customer reports, then answer it: /,
    );
    expect(move).toContain('The banner on our home page shows broken images since Friday [S1:c1]');
  });
});

describe('firstMove: an open step that names nothing', () => {
  it('hands over no step that names nothing to act on, and moves to the leading hypothesis', () => {
    const guess: Leading = {
      text: 'The partner rotated their host key, so our pinned fingerprint no longer matches.',
      support: 'stated',
      cites: ['S2:m1'],
    };
    const evidence = [
      customer('S1:c1', 'Our nightly file drop to the partner fails since Monday.', 8),
      staff('S2:m1', 'The partner rotated their host key, so our pinned fingerprint no longer matches.', 9),
      staff('S2:m2', "Sure, we'll take it.", 10),
    ];
    const move = firstMove(input(evidence), guess);
    expect(move).not.toContain("we'll take it");
    expect(move).toMatch(/^verify the leading hypothesis below/);
  });
});

describe('firstMove: a help article pasted into the handoff', () => {
  it('names the article by its title line, so the reader knows which steps to give', () => {
    const doc = (id: string, text: string): Evidence => item(id, text, 'Docs', { author: null as never });
    const evidence = [
      doc('S2:L1', '# Weekly pickup limits and full days'),
      doc('S2:L2', 'Open Settings › Pickups and raise the weekly limit, or pick another day.'),
      customer('S1:c1', 'Friday has disappeared from our pickup calendar.', 8),
    ];
    const sources = [
      {
        id: 'S1',
        name: 'ticket.json',
        kind: 'ticket',
        format: 'text',
        sha256: '0'.repeat(64),
        items: 1,
        warnings: [],
        status: 'parsed',
      },
      {
        id: 'S2',
        name: 'help-pickup-limits.md',
        kind: 'note',
        format: 'text',
        sha256: '0'.repeat(64),
        items: 2,
        warnings: [],
        status: 'parsed',
      },
    ] as RenderInput['sources'];
    const base = input(evidence, { sources });
    const move = firstMove({ ...base, decision: kept(base.decision) }, null);
    expect(move).toBe(
      'answer in support, do not escalate: give the customer the documented steps of the help article "Weekly pickup limits and full days" [S2:L1], then answer their questions.',
    );
  });
});

describe('firstMove: the gate on the critical path, and lines that are no move', () => {
  const guess: Leading = {
    text: 'maybe the sync job writes each refund twice',
    support: 'guessed',
    cites: ['S2:m1'],
  };
  const thread = [
    customer('S1:c1', 'Every refund since Monday shows twice in our ledger.', 8),
    staff('S2:m1', 'maybe the sync job writes each refund twice', 9),
  ];

  it('makes a sign-off the work waits for the first move, named by its own sentence', () => {
    const gated = [
      ...thread,
      staff(
        'S2:m2',
        "Drafting a script to delete the duplicate ledger rows, needs Maria's sign-off before it runs on prod.",
        10,
      ),
    ];
    expect(firstMove(input(gated), guess)).toBe(
      "get Maria's approval (as our side put it: Drafting a script to delete the duplicate ledger rows, needs Maria's sign-off before it runs on prod) [S2:m2]: the case waits on it.",
    );
  });

  it('puts a gate on how the fix ships before the fix in review, and keeps an unrelated one as meanwhile', () => {
    const fix = staff('S2:m3', 'The hotfix that dedupes refunds is in review.', 11);
    const ships = staff(
      'S2:m2',
      'Whether the hotfix goes out before the release train is for Anil to decide.',
      10,
    );
    expect(firstMove(input([...thread, ships, fix]), guess)).toBe(
      "get Anil's decision on Whether the hotfix goes out before the release train [S2:m2]: the fix waits on it; then follow it through review and deploy: The hotfix that dedupes refunds is in review [S2:m3].",
    );
    const credit = staff('S2:m2', 'A goodwill credit is for Finance to decide.', 10);
    expect(firstMove(input([...thread, credit, fix]), guess)).toMatch(
      /^follow the fix already under way .*; meanwhile get Finance's decision on A goodwill credit \[S2:m2\]\.$/,
    );
  });

  it('hands over no step that only reviews the wording of our reply before it goes', () => {
    const review = staff(
      'S2:m2',
      'Draft reply is in the ticket, @Jonas please review it before it goes out.',
      10,
    );
    const move = firstMove(input([...thread, review]), guess);
    expect(move).toMatch(/^verify the leading hypothesis below/);
    expect(move).not.toContain('Jonas');
  });

  it("bounds a fix in flight by the customer's earliest live deadline, with its hour", () => {
    const fix = staff('S2:m2', 'The hotfix that dedupes refunds is in review.', 10);
    const deadline = (at: string) => ({ at, text: 'stated by the customer', cites: ['S1:c1'] });
    const move = firstMove(
      input([...thread, fix], {
        asOf: at(11),
        facts: makeFacts({
          deadlines: [
            deadline('2026-03-10T09:30:00Z'),
            deadline('2026-03-10T17:00:00Z'),
            deadline('2026-03-12T23:59:00Z'),
          ],
        }),
      }),
      guess,
    );
    // the 09:30 deadline has passed at 11:00; the 17:00 one bounds the move
    expect(move).toContain(
      "then verify it clears the problem, before 2026-03-10 17:00Z (the customer's deadline):",
    );
  });

  it("bounds the move by an earlier limit our side's note states, never by a plan of ours", () => {
    const fix = staff('S2:m2', 'The hotfix that dedupes refunds is in review.', 10);
    const deadline = { at: '2026-03-12T23:59:00Z', text: 'stated by the customer', cites: ['S1:c1'] };
    const move = (note: string) =>
      firstMove(
        input([...thread, fix, staff('S2:m3', note, 11)], {
          asOf: at(12),
          facts: makeFacts({ deadlines: [deadline] }),
        }),
        guess,
      );
    expect(move('Their contract makes us notify their auditor, so by 09:00 tomorrow.')).toContain(
      'then verify it clears the problem, before 2026-03-11 09:00Z (the limit our side stated [S2:m3]):',
    );
    // a quoted line passes on another party's words
    expect(move('Their bank says: "by 09:00 tomorrow hopefully".')).toContain(
      "before 2026-03-12 (the customer's deadline):",
    );
    expect(move('I will call their controller at 09:00 tomorrow.')).toContain(
      "before 2026-03-12 (the customer's deadline):",
    );
  });
});
