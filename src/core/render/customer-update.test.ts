import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput, makeSource } from '../../../test/helpers/make-render-input.js';
import { buildCustomerUpdate } from './customer-update.js';

const REPORT = item(
  'S1:c1',
  'Hi team,\nSince Monday our 12 warehouse planners cannot print pick lists, the print button does nothing. When will this be fixed?',
  'customer',
);
const NOTE = item(
  'S1:c2',
  'Internal: spooler 3.4.1 on print-gw-2 drops jobs, Aiko says fix by Thursday.',
  'Tomasz Wojcik',
);

const facts = makeFacts({
  problem: { value: 'Pick lists do not print', cites: ['S1:c1'] },
  affected: {
    users: { value: 12, cites: ['S1:c1'] },
    accounts: null,
    scope: null,
    summary: '12 users',
  },
  hypotheses: [{ value: 'spooler 3.4.1 on print-gw-2 drops jobs', cites: ['S1:c2'] }],
  customerAsks: [
    { value: 'When will this be fixed?', cites: ['S1:c1'] },
    { value: 'Can Aiko join a call?', cites: ['S1:c2'] },
  ],
});

describe('buildCustomerUpdate for an escalated incident', () => {
  const update = buildCustomerUpdate(makeRenderInput([REPORT, NOTE], { facts }));

  it('opens with the impact in the customer’s own terms, said back to them, and greets them by name', () => {
    expect(update.text).toMatch(/^Hi Rosa,/);
    expect(update.text).toContain(
      'I understand that since Monday your 12 warehouse planners cannot print pick lists',
    );
    expect(update.text).not.toMatch(/You told us|You also reported|Thank you for the detail/);
  });

  it('greets whoever of the customer’s people wrote last, not the first to write', () => {
    const colleague = item(
      'S1:c3',
      'Hi, I run IT for the warehouse. The print button does nothing on any of the 12 PCs.',
      'customer',
      {
        at: '2026-03-10T11:00:00.000Z',
        author: { name: 'Malik Osei', role: 'customer', side: 'external' },
      },
    );
    const later = buildCustomerUpdate(makeRenderInput([colleague, REPORT, NOTE], { facts }));
    expect(later.text).toMatch(/^Hi Malik,/);
    const earlier = buildCustomerUpdate(
      makeRenderInput([{ ...colleague, at: '2026-03-10T08:00:00.000Z' }, REPORT, NOTE], { facts }),
    );
    expect(earlier.text).toMatch(/^Hi Rosa,/);
  });

  it('says who is on it from the routing, and nothing that rests on internal evidence', () => {
    // an engineer already wrote in the thread: they have it, and no stock point-of-contact line follows
    expect(update.text).toContain('Our engineering team has the details you sent and is looking into this.');
    expect(update.text).not.toMatch(/point of contact|I have asked/);
    expect(update.text).not.toMatch(/spooler|print-gw|Aiko|Thursday|3\.4\.1/);
  });

  it('says it was passed on when nobody of that team has written in the thread yet', () => {
    const support = {
      ...NOTE,
      author: { name: 'Tomasz Wojcik', role: 'support' as const, side: 'internal' as const },
    };
    const passed = buildCustomerUpdate(makeRenderInput([REPORT, support], { facts }));
    expect(passed.text).toContain('I have passed this to our engineering team, with the details you sent.');
    expect(passed.text).not.toContain('is looking into this');
  });

  it('answers the ETA ask and the next update only with placeholders tied to the pending ETA gate', () => {
    expect(update.text).toContain('On timing for a fix: {{ETA}}.');
    expect(update.text).toContain('Our next update will reach you by {{NEXT_UPDATE}}');
    expect(update.placeholders).toEqual([
      { token: '{{ETA}}', gate: 'G-eta' },
      { token: '{{NEXT_UPDATE}}', gate: 'G-eta', suggested: '2026-03-11T20:00:00.000Z' },
    ]);
  });

  it('writes no placeholder at all when no gate is pending', () => {
    const input = makeRenderInput([REPORT, NOTE], { facts });
    const none = buildCustomerUpdate({ ...input, gates: input.gates.filter((g) => g.kind !== 'eta') });
    expect(none.text).not.toContain('{{');
    expect(none.placeholders).toEqual([]);
    expect(none.text).toContain('every 4–8 hours');
  });

  it('drops the priority label and the incident cadence once our public reply says it works again', () => {
    const back = item(
      'S1:c3',
      'Hi Rosa, the print spooler was restarted and pick lists are printing again.',
      'Aiko Sato',
      {
        at: '2026-03-10T11:00:00.000Z',
        author: { name: 'Aiko Sato', role: 'support', side: 'internal' },
        visibility: 'public',
      },
    );
    const settled = buildCustomerUpdate(makeRenderInput([REPORT, NOTE, back], { facts }));
    expect(settled.text).not.toMatch(/priority|every 4–8 hours|until this is resolved/);
    expect(settled.text).toContain(
      'I will write to you again by {{NEXT_UPDATE}} with a follow-up on what is still open.',
    );
    // the same thread without that reply is still an incident
    expect(update.text).toContain('until this is resolved');
  });

  it('keeps the next update before a deadline the customer stated, and says so', () => {
    const boxed = makeFacts({
      ...facts,
      deadlines: [
        { at: '2026-03-11T15:00:00.000Z', text: 'we need this before the 3pm wave', cites: ['S1:c1'] },
      ],
    });
    const out = buildCustomerUpdate(
      makeRenderInput([REPORT, NOTE], {
        facts: boxed,
        decision: { ...makeRenderInput([]).decision, cadence: { internal: 'PT3H', customer: 'PT3H' } },
      }),
    );
    expect(out.text).toContain('at least every 3 hours');
    expect(out.text).toContain('before the deadline you gave us');
    expect(out.placeholders.find((p) => p.token === '{{NEXT_UPDATE}}')?.suggested).toBe(
      '2026-03-11T15:00:00.000Z',
    );
  });

  it('apologises once for a deadline already missed', () => {
    const missed = makeFacts({
      ...facts,
      deadlines: [{ at: '2026-03-11T09:00:00.000Z', text: 'an update before 9am', cites: ['S1:c1'] }],
    });
    const out = buildCustomerUpdate(makeRenderInput([REPORT, NOTE], { facts: missed })).text;
    expect(out).toContain('sooner than this');
    expect(out.match(/sorry/g)).toHaveLength(1);
  });

  it('names compensation only as a placeholder, and only when the customer raised it', () => {
    const input = makeRenderInput([REPORT, NOTE], { facts });
    const withGate = {
      ...input,
      gates: [
        ...input.gates,
        { id: 'G-comp', kind: 'compensation', subject: 'credit', state: 'pending' } as const,
      ],
    };
    expect(buildCustomerUpdate(withGate).text).not.toContain('{{COMPENSATION}}');
    const asking = item('S1:c4', 'Please also confirm a service credit for this week?', 'customer');
    const askFacts = makeFacts({
      ...facts,
      customerAsks: [
        ...facts.customerAsks,
        { value: 'Please also confirm a service credit for this week?', cites: ['S1:c4'] },
      ],
    });
    const asked = buildCustomerUpdate({
      ...withGate,
      facts: askFacts,
      evidence: [...withGate.evidence, asking],
    });
    expect(asked.text).toContain('{{COMPENSATION}}');
    expect(asked.placeholders).toContainEqual({ token: '{{COMPENSATION}}', gate: 'G-comp' });
  });

  it('names each open question once, for the next update, never with a stock line per question', () => {
    const asks = makeFacts({
      ...facts,
      customerAsks: [
        { value: 'Are the printed batches from Monday complete?', cites: ['S1:c1'] },
        { value: 'Do we need to re-run the morning wave?', cites: ['S1:c1'] },
      ],
    });
    const out = buildCustomerUpdate(makeRenderInput([REPORT, NOTE], { facts: asks })).text;
    expect(out).toContain(
      'Our next update will answer:\n- whether the printed batches from Monday are complete\n- whether you need to re-run the morning wave',
    );
    expect(out).not.toContain('answer these');
    expect(out).not.toMatch(/"(?:Are|Do) /);
    expect(out).not.toContain('We will answer this in our next update');
  });

  it('opens with a plain report, not with a demand or a fault the customer lays on us', () => {
    const report = item(
      'S1:c7',
      'Your label service is broken since this morning. Fix this now, we cannot ship. Our 6 packers cannot print shipping labels for any order.',
      'customer',
    );
    const out = buildCustomerUpdate(makeRenderInput([report, NOTE], { facts: makeFacts() })).text;
    expect(out).toContain('I understand that your 6 packers cannot print shipping labels for any order.');
    expect(out).not.toMatch(/our label service is broken|Fix this now/i);
  });

  it('does not open with a reply to us, a pointer back to earlier mail or a rebuttal of a guess', () => {
    const first = item(
      'S1:c9',
      'No, clearing the cache does not help at all. Nobody in finance can use those figures. It is not a browser problem, the export file cannot be reconciled. Since Friday the weekly stock report is missing the returns column for our 5 branches.',
      'customer',
    );
    const out = buildCustomerUpdate(makeRenderInput([first, NOTE], { facts: makeFacts() })).text;
    expect(out).toContain(
      'I understand that since Friday the weekly stock report is missing the returns column for your 5 branches.',
    );
    expect(out).not.toMatch(/I understand that (?:no,|nobody|it is not)/i);
  });

  it('does not open with a problem statement as long as a paragraph', () => {
    const long = `${'The quarterly board pack that our finance team prepares with the reporting module '.repeat(3)}is late.`;
    const report = item('S1:c13', long, 'customer');
    const out = buildCustomerUpdate(
      makeRenderInput([report, NOTE], { facts: makeFacts({ problem: { value: long, cites: ['S1:c13'] } }) }),
    ).text;
    expect(out).not.toContain("I'm sorry for the trouble with this");
  });

  it('does not say back a cause the customer places on our side, however it is worded', () => {
    const report = item(
      'S1:c8',
      'The nightly invoice export looks completely broken on your side since the weekend. Our 4 accountants cannot reconcile any invoices this morning.',
      'customer',
    );
    const out = buildCustomerUpdate(makeRenderInput([report, NOTE], { facts: makeFacts() })).text;
    expect(out).not.toMatch(/broken on our side/i);
    expect(out).toContain('your 4 accountants cannot reconcile any invoices this morning');
  });

  it('does not echo an insult or shouting back to the customer', () => {
    const angry = item(
      'S1:c5',
      'This is ridiculous, your product is useless!!! The printer queue fails EVERY single time for our planners.',
      'customer',
    );
    const out = buildCustomerUpdate(
      makeRenderInput([angry, NOTE], { facts: makeFacts({ ...facts, affected: makeFacts().affected }) }),
    ).text;
    expect(out).not.toMatch(/ridiculous|useless|EVERY|!/);
    expect(out).toContain('the printer queue fails every single time for your planners');
  });
});

describe('buildCustomerUpdate: what the customer can do now', () => {
  it('gives a workaround our side described firmly as steps, in the second person', () => {
    const tip = item(
      'S1:c6',
      'Workaround: they can open the job in the editor and re-send it.',
      'Tomasz Wojcik',
      {
        visibility: 'public',
        author: { name: 'Tomasz Wojcik', role: 'support', side: 'internal' },
      },
    );
    const withTip = makeFacts({
      ...facts,
      workaround: {
        exists: true,
        partial: true,
        text: 'Workaround: they can open the job in the editor and re-send it.',
        cites: ['S1:c6'],
      },
    });
    const out = buildCustomerUpdate(makeRenderInput([REPORT, NOTE, tip], { facts: withTip })).text;
    expect(out).toContain(
      'In the meantime, you can work around it:\n1. Open the job in the editor.\n2. Resend it.',
    );
    expect(out).toContain('This does not cover every case yet');
    // what they can do now comes before who is on it and the next update
    expect(out.indexOf('you can work around it')).toBeLessThan(out.indexOf('Our engineering team'));
    expect(out.indexOf('you can work around it')).toBeLessThan(out.indexOf('{{NEXT_UPDATE}}'));
  });

  it('does not turn a report on a workaround that failed into steps', () => {
    const told = makeFacts({
      ...facts,
      workaround: {
        exists: true,
        partial: true,
        text: 'the workaround they tried (print to PDF, then upload) drops the barcodes and the carrier refuses them',
        cites: ['S1:c2'],
      },
    });
    const note = item(
      'S1:c2',
      'ok. the workaround they tried (print to PDF, then upload) drops the barcodes and the carrier refuses them',
      'Tomasz Wojcik',
    );
    const out = buildCustomerUpdate(makeRenderInput([REPORT, note], { facts: told })).text;
    expect(out).not.toMatch(/work around it|print to PDF/);
  });

  it('leaves out an internal idea that is only hedged, and the customer’s own stopgap', () => {
    const idea = makeFacts({
      ...facts,
      workaround: {
        exists: true,
        partial: true,
        text: 'maybe they could print from the old screen?',
        cites: ['S1:c2'],
      },
    });
    expect(buildCustomerUpdate(makeRenderInput([REPORT, NOTE], { facts: idea })).text).not.toContain(
      'work around',
    );
  });

  it('answers a handled case with the documented steps of a published help article', () => {
    const shot = item('S2:ocr1', 'Import failed: Header is missing required column: sku', 'customer', {
      author: null,
      visibility: 'public',
    });
    const head = item('S3:L1', 'Help Center › Catalog › Importing products · Updated 3 Mar 2026', 'x', {
      author: null,
    });
    const step = item('S3:L5', 'Go to Settings › Catalog › Import products and choose your file.', 'x', {
      author: null,
    });
    const fix = item(
      'S3:L7',
      '"missing required column": your header row has no column named exactly `sku`.',
      'x',
      {
        author: null,
      },
    );
    const input = makeRenderInput([REPORT, shot, head, step, fix], {
      facts: makeFacts({
        problem: { value: 'Product import fails', cites: ['S1:c1'] },
        errors: [{ value: 'Header is missing required column: sku', cites: ['S2:ocr1'] }],
      }),
      decision: {
        ...makeRenderInput([]).decision,
        escalate: false,
        severity: null,
        targets: [],
        cadence: null,
      },
    });
    const out = buildCustomerUpdate({
      ...input,
      sources: [makeSource('S1', 'ticket'), makeSource('S2', 'screenshot'), makeSource('S3', 'note')],
    }).text;
    expect(out).toContain('Go to Settings › Catalog › Import products and choose your file');
    expect(out).toContain('means that your header row has no column named exactly "sku"');
    expect(out).not.toMatch(/engineering team|\{\{/);
  });
});

describe('buildCustomerUpdate answers only with what may be sent', () => {
  it('leaves a question open when the only public answer carries an ungated promise', () => {
    const ask = item('S1:c1', 'Can the archive keep our files longer than 60 days?', 'customer');
    const reply = item(
      'S1:c2',
      'The archive keeps files for 60 days, and we will extend it for your account by Friday.',
      'Ana Ruiz',
      { author: { name: 'Ana Ruiz', role: 'support', side: 'internal' }, visibility: 'public' },
    );
    const update = buildCustomerUpdate(
      makeRenderInput([ask, reply], {
        facts: makeFacts({
          problem: { value: 'Archive retention', cites: ['S1:c1'] },
          customerAsks: [{ value: 'Can the archive keep our files longer than 60 days?', cites: ['S1:c1'] }],
        }),
      }),
    );
    expect(update.text).not.toContain('by Friday');
    expect(update.text).toMatch(
      /Our next update will confirm whether the archive can keep your files longer than 60 days\./,
    );
  });
});

describe('buildCustomerUpdate says an answer as a sentence of its own', () => {
  it('drops a connective that led on from the sentence before', () => {
    const ask = item('S1:c1', 'Can you re-send the welcome emails for us?', 'customer');
    const reply = item(
      'S1:c2',
      'Then open People > Invites, select everyone, and click Re-send welcome emails.',
      'Ana Ruiz',
      {
        author: { name: 'Ana Ruiz', role: 'support', side: 'internal' },
        visibility: 'public',
      },
    );
    const update = buildCustomerUpdate(
      makeRenderInput([ask, reply], {
        facts: makeFacts({
          problem: { value: 'Welcome emails', cites: ['S1:c1'] },
          customerAsks: [{ value: 'Can you re-send the welcome emails for us?', cites: ['S1:c1'] }],
        }),
      }),
    );
    expect(update.text).toContain(
      'Open People > Invites, select everyone, and click Re-send welcome emails.',
    );
    expect(update.text).not.toContain('Then open');
  });
});

describe('buildCustomerUpdate says the impact back mid-sentence', () => {
  it('lowers an opening "The" even when a name elsewhere starts with it', () => {
    const report = item(
      'S1:c1',
      'The door scanners reject every ticket since Thursday at all 3 venues.',
      'customer',
    );
    const later = item('S1:c3', 'For context, we bought them from The Ticket Hub last year.', 'customer');
    const update = buildCustomerUpdate(
      makeRenderInput([report, later], {
        facts: makeFacts({ problem: { value: 'Door scanners reject every ticket', cites: ['S1:c1'] } }),
      }),
    );
    expect(update.text).toContain('I understand that the door scanners reject every ticket');
  });
});

describe('buildCustomerUpdate greets the customer by name', () => {
  it('reads the name of a public author the export did not mark, skipping one that names nobody', () => {
    const unnamed = item('S1:c1', 'Our gateways stopped sending readings on Monday.', 'customer', {
      author: { name: 'user 9120551', role: 'unknown', side: 'unknown' },
    });
    const named = item('S1:c2', 'Still nothing from the north site gateways today.', 'customer', {
      author: { name: 'Siv Haugland', role: 'unknown', side: 'unknown' },
    });
    const update = buildCustomerUpdate(makeRenderInput([unnamed, named]));
    expect(update.text).toMatch(/^Hi Siv,/);
  });

  it('greets a titled author by title and surname, not by the title alone', () => {
    const titled = item('S1:c1', 'Our lab results stopped arriving on the wards last night.', 'customer', {
      author: { name: 'Dr. Halvard Ekdal', role: 'unknown', side: 'unknown' },
    });
    expect(buildCustomerUpdate(makeRenderInput([titled])).text).toMatch(/^Hi Dr Ekdal,/);
  });
});

describe('buildCustomerUpdate for a request routed to a team that decides', () => {
  const ask = item(
    'S1:c3',
    'Hi team,\nOur 30 schedulers need the old weekly view back before our audit; can you add a switch for it?',
    'customer',
  );
  const base = makeRenderInput([ask], { facts });
  const input = {
    ...base,
    decision: {
      ...base.decision,
      targets: [
        { team: 'Product', reason: 'feature commitment', cites: ['S1:c3'] },
        { team: 'Engineering', reason: 'defect', cites: ['S1:c3'] },
      ],
    },
    gates: [
      ...base.gates,
      { id: 'G-severity', kind: 'severity' as const, subject: 'severity', state: 'pending' as const },
    ],
  };
  const update = buildCustomerUpdate(input);

  it('says who decides, with no priority label and no incident cadence', () => {
    expect(update.text).toContain('I have taken this to our product team, who will decide how we go ahead');
    expect(update.text).not.toMatch(/\{\{SEVERITY\}\}|keep you updated|until this is resolved/);
  });

  it('promises one answer by the next-update time, tied to the pending ETA gate', () => {
    expect(update.text).toContain('I will write to you again by {{NEXT_UPDATE}} with their answer.');
    expect(update.placeholders.find((p) => p.token === '{{NEXT_UPDATE}}')?.gate).toBe('G-eta');
  });

  it('keeps the incident frame when a defect goes to leadership only for its compensation', () => {
    const defect = buildCustomerUpdate({
      ...input,
      decision: {
        ...input.decision,
        targets: [
          { team: 'Leadership', reason: 'compensation', cites: ['S1:c3'] },
          { team: 'Engineering', reason: 'defect', cites: ['S1:c3'] },
        ],
      },
    });
    expect(defect.text).toContain('We are treating this as {{SEVERITY}} priority.');
    expect(defect.text).toContain('until this is resolved');
  });
});

describe('buildCustomerUpdate and what our side said before', () => {
  const reply = (id: string, text: string) =>
    item(id, text, 'Ana Ruiz', {
      author: { name: 'Ana Ruiz', role: 'support', side: 'internal' },
      visibility: 'public',
    });

  it('repeats a finding we shared, not a promise we made at the time', () => {
    const out = buildCustomerUpdate(
      makeRenderInput(
        [
          REPORT,
          reply(
            'S1:c4',
            "I'm reproducing the failed print batch on our side now and will write again by lunch.",
          ),
          reply('S1:c5', 'We have reproduced the missing pick lists on our test system.'),
        ],
        { facts },
      ),
    ).text;
    expect(out).toContain('We have reproduced the missing pick lists on our test system.');
    expect(out).not.toMatch(/reproducing the failed|by lunch/);
  });
});

describe('buildCustomerUpdate when our side already explained it in public', () => {
  const handled = {
    ...makeRenderInput([]).decision,
    escalate: false,
    severity: null,
    targets: [],
    cadence: null,
  };
  const first = item('S1:c1', 'Our nightly stock sync to the shop stopped on Sunday.', 'customer', {
    at: '2026-03-09T08:00:00.000Z',
  });
  const explained = item(
    'S1:c2',
    'Hi Rosa,\n\nI looked at the sync log for your shop. The API key it uses was deleted on Sunday by one of your admins. That is why every run since then is refused.\n\nLena',
    'Lena',
    {
      at: '2026-03-09T10:00:00.000Z',
      author: { name: 'Lena', role: 'support', side: 'internal' },
      visibility: 'public',
    },
  );
  const asked = item(
    'S1:c3',
    'Found it, a new admin cleaned up the keys. Will the runs we missed catch up on their own? We need a number.',
    'customer',
    { at: '2026-03-09T11:00:00.000Z' },
  );
  const facts = makeFacts({
    problem: { value: 'Nightly stock sync stopped', cites: ['S1:c1'] },
    customerAsks: [
      { value: 'Will the runs we missed catch up on their own?', cites: ['S1:c3'] },
      { value: 'We need a number.', cites: ['S1:c3'] },
    ],
  });
  const out = buildCustomerUpdate(
    makeRenderInput([first, explained, asked], { facts, decision: handled }),
  ).text;

  it('does not reopen what we found, and leaves their follow-up question to the send gate', () => {
    expect(out).not.toContain('Here is what we found');
    expect(out).toMatch(/You asked whether the runs you missed will catch up on their own\. \{\{ANSWER\}\}/);
  });

  it('says back no need that names nothing ("we need a number")', () => {
    expect(out).not.toContain('I have noted');
  });
});
