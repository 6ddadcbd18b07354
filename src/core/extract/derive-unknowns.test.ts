import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const questions = (specs: ItemSpec[]) =>
  extractFacts(makeIntake(specs), '2026-11-20T12:00:00Z').unknowns.map((u) => u.question);

describe('deriveUnknowns', () => {
  it('asks for the cause, recovery and scope when the evidence leaves them open', () => {
    const qs = questions([
      {
        text: 'Since Tuesday our failed orders pile up with a 500 error. Can you replay them? When will this be fixed?',
      },
    ]);
    expect(qs.some((q) => q.startsWith('What is causing it'))).toBe(true);
    // no fix is named: a date question would only restate the customer's ask
    expect(qs.some((q) => q.startsWith('When can'))).toBe(false);
    expect(qs).toContain(
      'Will the failed orders be recovered, replayed or re-sent successfully after the fix?',
    );
    expect(qs.some((q) => q.startsWith('Are other customers affected'))).toBe(true);
  });

  it('names the case a partial workaround does not cover and the teams that disagree', () => {
    const qs = questions([
      { text: 'Re-saving the widget fixes line charts, except combo charts.', role: 'support' },
      {
        text: "Identity says it's a platform issue. Nobody owns it.",
        role: 'support',
        visibility: 'internal',
      },
    ]);
    expect(qs).toContain('Is there a workaround for combo charts?');
    expect(qs).toContain('Who owns the fix, Identity or Platform?');
  });

  it('leaves out "Who owns the fix?" when fewer than two teams are named', () => {
    const qs = questions([
      { text: 'The nightly invoice export fails with a 500 since Monday.' },
      { text: 'Nobody owns the exporter since the reorg.', role: 'support', visibility: 'internal' },
    ]);
    expect(qs.some((q) => q.startsWith('Who owns'))).toBe(false);
  });

  it("turns the team's own open internal questions into unknowns, not public ones", () => {
    const qs = questions([
      { text: 'Could you send the HAR file?', role: 'support' },
      {
        text: "do people have to wipe their cookies once it's fixed, or does it simply work?",
        role: 'support',
        visibility: 'internal',
      },
      {
        text: "haven't checked yet whether other renewals were double-charged.",
        role: 'support',
        visibility: 'internal',
      },
    ]);
    expect(qs).toContain("Do people have to wipe their cookies once it's fixed, or does it simply work?");
    expect(qs).toContain('Were other renewals double-charged?');
    expect(qs).not.toContain('Could you send the HAR file?');
  });

  it('does not ask for a root cause that engineering confirmed', () => {
    const qs = questions([
      {
        text: 'Confirmed a bug in the parser, reproduced in staging.',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(qs.some((q) => q.startsWith('What is causing'))).toBe(false);
  });
});

describe('deriveUnknowns: the team’s open points in its own words', () => {
  it('reads a labelled list of unknowns in the notes, one question per point', () => {
    const qs = questions([
      {
        text: 'Unknown: how many invoices in the retry queue for them; whether Acme/Globex are hit',
        role: 'unknown',
        visibility: 'internal',
        kind: 'note',
        at: null,
      },
    ]);
    expect(qs).toContain('How many invoices in the retry queue for them?');
    expect(qs).toContain('Whether Acme/Globex are hit?');
  });

  it.each([
    ['Not known: which other reports read the stale table', 'Which other reports read the stale table?'],
    ['TBC: whether the retry window covers Friday', 'Whether the retry window covers Friday?'],
    ['To be determined: who owns the billing export', 'Who owns the billing export?'],
  ])('reads a note line labelled %j as an open question', (text, question) => {
    const qs = questions([{ text, role: 'unknown', visibility: 'internal', kind: 'note', at: null }]);
    expect(qs).toContain(question);
  });

  it('asks the embedded question of "do we know …?" and spells out shorthand the thread defines', () => {
    const qs = questions([
      {
        text: 'their tenant hashes to shard 12, which is still rebuilding',
        role: 'engineering',
        visibility: 'internal',
      },
      {
        text: 'do we know who else is on s12? jobs sit in the DLQ meanwhile',
        role: 'support',
        visibility: 'internal',
      },
      { text: 'failed jobs go to the dead-letter queue', role: 'engineering', visibility: 'internal' },
      { text: 'how many jobs are in the DLQ right now?', role: 'support', visibility: 'internal' },
      { text: "don't know the shard 12 tenant list offhand", role: 'engineering', visibility: 'internal' },
    ]);
    expect(qs).toContain('Who else is on shard 12?');
    expect(qs).toContain('How many jobs are in the DLQ (dead-letter queue) right now?');
    expect(qs.some((q) => /tenant list offhand/.test(q))).toBe(false);
  });

  it('asks once about one sign-off, however often it is written', () => {
    const qs = questions([
      {
        text: 'Nobody give a date to the customer until the revert is approved by release mgmt.',
        role: 'support',
        visibility: 'internal',
      },
      {
        text: 'No ETA until release mgmt approves revert.',
        role: 'unknown',
        visibility: 'internal',
        kind: 'note',
        at: null,
      },
    ]);
    expect(qs.filter((q) => /release mgmt/.test(q))).toEqual(['Will the release mgmt approve the revert?']);
  });
});

describe('deriveUnknowns: every question says where it comes from', () => {
  it('gives each unknown a rule, and cites that name evidence of the thread', () => {
    const intake = makeIntake([
      {
        text: 'Since Monday the skipped payroll exports have not arrived; the export job fails with a 500 error. Will you resend them?',
      },
      {
        text: 'fix = read the tenant prefix from the new store. Can go out as 5.4.2 if review is fine.',
        role: 'engineering',
        visibility: 'internal',
      },
      { text: 'Could you ask your admin to re-run the export for March?', role: 'support' },
    ]);
    const { unknowns } = extractFacts(intake, '2026-11-20T12:00:00Z');
    const ids = new Set(intake.evidence.map((e) => e.id));
    expect(unknowns.length).toBeGreaterThan(1);
    for (const u of unknowns) {
      expect(u.trace.rule).toMatch(/\S/);
      for (const id of u.cites) expect(ids.has(id)).toBe(true);
    }
    expect(unknowns.map((u) => u.trace.rule)).toEqual(expect.arrayContaining(['gap-recovery']));
  });

  it('asks at most eight questions', () => {
    const specs = Array.from({ length: 14 }, (_, i) => ({
      text: `do we know whether shard ${i + 1} also dropped the nightly batch?`,
      role: 'engineering' as const,
      visibility: 'internal' as const,
      at: `2026-11-19T1${Math.floor(i / 6)}:${String((i % 6) * 10).padStart(2, '0')}:00Z`,
      name: `Dev ${i}`,
    }));
    expect(questions(specs).length).toBeLessThanOrEqual(8);
  });
});

describe('deriveUnknowns: no question the thread already answers', () => {
  it('does not ask about other customers once our side says they are fine', () => {
    const open = questions([
      { text: 'Our invoice PDFs fail to render since this morning with a 500 error.' },
    ]);
    expect(open.some((q) => q.startsWith('Are other customers affected'))).toBe(true);
    const settled = questions([
      { text: 'Our invoice PDFs fail to render since this morning with a 500 error.' },
      {
        text: 'Other tenants on the same renderer look normal.',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(settled.some((q) => q.startsWith('Are other customers affected'))).toBe(false);
  });
});

describe('deriveUnknowns: a feature ask our side keeps in support', () => {
  const ask = { text: 'Our dispatch team wants to export the route plan to Excel, can you add that?' };
  it('asks about other customers while a feature ask is open, not once support keeps it', () => {
    const open = questions([
      ask,
      { text: 'There is no option to export route plans today.', role: 'support', visibility: 'internal' },
    ]);
    expect(open.some((q) => q.startsWith('Are other customers affected'))).toBe(true);
    const kept = questions([
      ask,
      { text: 'There is no option to export route plans today.', role: 'support', visibility: 'internal' },
      {
        text: 'No need to escalate this, we keep it in support.',
        role: 'leadership',
        visibility: 'internal',
      },
    ]);
    expect(kept.some((q) => q.startsWith('Are other customers affected'))).toBe(false);
  });
});

describe('deriveUnknowns: a workaround we gave the customer', () => {
  it('asks whether it holds when any public reply of ours carries it, whatever cite comes first', () => {
    const qs = questions([
      {
        text: 'Every export over 50,000 rows arrives as an empty file since Monday. As a workaround we split the export by month, which works but takes hours.',
      },
      {
        text: 'You can split the export by month in the meantime; each file then stays under the limit.',
        role: 'support',
      },
      { text: 'Thanks, I will try splitting the export by month tomorrow.' },
    ]);
    expect(qs.some((q) => q.startsWith('Has the customer confirmed the workaround works for them'))).toBe(
      true,
    );
  });
});

describe('deriveUnknowns: nothing the thread already answers, nothing without an object', () => {
  const defect = 'Since the 4.2 update the nightly payroll export fails with a 500 error for every branch.';

  it('asks for the date of the fix the team names, and not for an unnamed one nobody asked about', () => {
    const named = questions([
      { text: defect },
      {
        text: 'Reproduced it. The pagination fix is small, review tomorrow.',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(named).toContain('When can the pagination fix be deployed?');
    const unnamed = questions([
      { text: defect },
      {
        text: 'Reproduced it. A proper fix needs a schema change.',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(unnamed.some((q) => q.startsWith('When can'))).toBe(false);
  });

  it('asks whether a hedged theory holds, not one stated plainly', () => {
    const guessed = questions([
      { text: defect },
      {
        text: 'one guess: maybe the new pool limit drops the long queries',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(guessed).toContain(
      'Is the leading hypothesis verified: maybe the new pool limit drops the long queries?',
    );
    const stated = questions([
      { text: defect },
      {
        text: 'the new pool limit drops the long queries, that is the cause',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(stated.some((q) => q.startsWith('Is the leading hypothesis'))).toBe(false);
  });

  it('does not ask about scope when the problem is only a greeting', () => {
    const qs = questions([{ text: 'Hello' }, { text: 'hello?' }]);
    expect(qs.some((q) => /other customers/.test(q))).toBe(false);
  });

  it('asks whether a proposed workaround holds until the customer reports on it', () => {
    const workaround = {
      text: 'In the meantime, you can export each branch on its own, which avoids the error.',
      role: 'support' as const,
    };
    const open = questions([{ text: defect }, workaround, { text: "Thanks, I'll try that tomorrow." }]);
    expect(open.some((q) => q.startsWith('Has the customer confirmed the workaround'))).toBe(true);
    const reported = questions([
      { text: defect },
      workaround,
      { text: 'Exporting each branch works, thanks.' },
    ]);
    expect(reported.some((q) => q.startsWith('Has the customer confirmed the workaround'))).toBe(false);
  });
});

describe('deriveUnknowns: the fix named by its definition', () => {
  it('asks for the date of the fix our side defines ("fix = …"), in its words', () => {
    const qs = questions([
      { text: 'Since the 4.2 update the nightly payroll export fails with a 500 error for every branch.' },
      {
        text: 'Reproduced. fix = page the branch query in chunks of 500; review tomorrow.',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(qs).toContain('When can the fix (page the branch query in chunks of 500) be deployed?');
  });

  it('reads no fix name where the fix is denied ("2.1 does not have the cache fix")', () => {
    const qs = questions([
      { text: 'Since the 4.2 update the nightly payroll export fails with a 500 error for every branch.' },
      {
        text: 'Reproduced. Rolling back to 2.1 is no good, 2.1 does not have the cache fix.',
        role: 'engineering',
        visibility: 'internal',
      },
    ]);
    expect(qs.some((q) => q.includes('cache fix'))).toBe(false);
  });

  it('reads no fix name in "a bug fix"', () => {
    const qs = questions([
      { text: 'Since the 4.2 update the nightly payroll export fails with a 500 error for every branch.' },
      { text: 'Reproduced. A bug fix needs a schema change.', role: 'engineering', visibility: 'internal' },
    ]);
    expect(qs.some((q) => q.startsWith('When can'))).toBe(false);
  });
});

describe('deriveUnknowns: a template needs its slots filled', () => {
  it('asks whether failed things come back only when lost or asked about', () => {
    const failing = 'Since Tuesday our failed orders pile up with a 500 error.';
    const recovery = (qs: string[]) => qs.some((q) => q.includes('recovered, replayed or re-sent'));
    expect(recovery(questions([{ text: failing }]))).toBe(false);
    expect(recovery(questions([{ text: `${failing} Is there any way to retry them?` }]))).toBe(true);
  });

  it('asks nothing of "the approver" when nobody who approves is named', () => {
    const qs = questions([
      { text: 'Your sync dropped our bookings twice this week. We want a refund for the month.' },
      {
        text: 'We can refund the month for you once it is approved.',
        kind: 'draft',
        meta: { unit: 'draft' },
      },
    ]);
    expect(qs.some((q) => q.startsWith('Will the approver'))).toBe(false);
  });
});

describe('deriveUnknowns: our own plan to write to someone', () => {
  const note = (text: string): ItemSpec => ({ text, role: 'support', visibility: 'internal', kind: 'chat' });
  const customer: ItemSpec = { text: 'Our nightly price import fails since Monday with a 500.' };

  it('is no open point of the case', () => {
    const qs = questions([customer, note("I'm going to send Dana a holding reply this afternoon.")]);
    expect(qs.some((q) => q.startsWith('When will the plan to send'))).toBe(false);
  });

  it('keeps a plan that does the work', () => {
    const qs = questions([customer, note("I'm going to re-import the March price list tonight.")]);
    expect(qs).toContain('When will the plan to re-import the March price list tonight be done?');
  });
});

describe('deriveUnknowns: a decision asked of itself', () => {
  const note = (text: string): ItemSpec => ({ text, role: 'support', visibility: 'internal', kind: 'chat' });
  const customer: ItemSpec = { text: 'Two directors both want admin rights on our workspace and disagree.' };

  it('asks no one to decide on a decision', () => {
    const qs = questions([
      customer,
      note('Needs a management decision: we do not hand over admin rights while two directors disagree.'),
    ]);
    expect(qs.some((q) => /decide on .*decision/i.test(q))).toBe(false);
  });

  it('keeps a decision that names what is decided', () => {
    const qs = questions([customer, note('Marta decides at 17:00 whether we freeze the workspace.')]);
    expect(qs.some((q) => q.startsWith('Will Marta decide'))).toBe(true);
  });
});
