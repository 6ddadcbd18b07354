import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { extractFacts } from './extract-facts.js';

const run = (specs: ItemSpec[]) => extractFacts(makeIntake(specs), '2026-11-20T12:00:00Z');
const one = (text: string, role: ItemSpec['role'] = 'customer') =>
  run([{ text, role, visibility: role === 'customer' ? 'public' : 'internal' }]).signals;

describe('security: an org unit called "security team" is no incident', () => {
  it.each([
    'Adding people by hand leaves them out of our groups, and our security team will not tolerate that for long.',
    'Our security team needs the SOC 2 report before they sign off on the renewal.',
    'I realise this will not satisfy your security team.',
    'Can you send the questionnaire to our security team by Friday?',
  ])('no security: %j', (text) => {
    expect(one(text).security).toBe(false);
    expect(one(text, 'support').security).toBe(false);
  });

  it.each([
    'We think this is a security incident: an admin signed in from an unknown country.',
    'This looks like a security breach, please escalate.',
    'There is a security vulnerability in the share link endpoint.',
  ])('security: %j', (text) => {
    expect(one(text).security).toBe(true);
  });
});

describe('security: personal data that should be gone or kept in', () => {
  it.each([
    'Erased employees still in our monthly export.',
    'We erased two former staff members in October and they are still in the payroll report.',
    'Erase a person and they vanish from search, but still in the next scheduled export.',
    'The deleted users still appear in the CSV after the GDPR erasure request.',
    'Three people who made deletion requests are still listed in the analytics dashboard.',
    'The file with home addresses and salary bands went to our payroll provider.',
    'Your job shared personal data of our patients with a third party.',
    'The export emailed dates of birth to the wrong recipient.',
  ])('security: %j', (text) => {
    expect(one(text).security).toBe(true);
  });

  it.each([
    'We deleted users in the admin page and re-invited them.',
    'Can you confirm the erasure request was processed?',
    'Please send the personal details form to our HR team.',
    'The deleted invoices should not be exported.',
  ])('no security: %j', (text) => {
    expect(one(text).security).toBe(false);
  });
});

describe('executive asks and churn in everyday words', () => {
  it.each([
    'Without an answer today I will take this to our CEO, and she will ring yours.',
    'Our CEO will call your CEO tomorrow morning.',
    'Our CFO, Maria, is going to phone yours about this.',
    'He is threatening a CEO-to-CEO escalation.',
    "I'll escalate it straight to my own COO.",
  ])('executiveAsk: %j', (text) => {
    expect(one(text).executiveAsk).toBe(true);
  });

  it.each(['Our CEO joined the call yesterday to see the demo.', 'I escalated this to our IT team.'])(
    'no executiveAsk: %j',
    (text) => {
      expect(one(text).executiveAsk).toBe(false);
    },
  );

  it.each([
    'We start negotiating the renewal with you next month and this does not help.',
    'Honestly this puts our renewal at risk.',
    'The renewal next quarter is already shaky because of the price uplift.',
    'This will weigh on the renewal decision, and it does not help.',
    'With the renewal coming up, this really hurts.',
  ])('churnRisk: %j', (text) => {
    expect(one(text).churnRisk).toBe(true);
  });

  it.each(['Our renewal is not at risk, we just need the fix.', 'The renewal date is 31 January.'])(
    'no churnRisk: %j',
    (text) => {
      expect(one(text).churnRisk).toBe(false);
    },
  );
});

describe('others named as not affected, and a doubted release', () => {
  it.each([
    'Checked the other tenants: only Acme shows a jump in errors since the deploy, everyone else flat.',
    'Looked at other customers: only this one has the spike, the rest are normal.',
    'Queried all tenants: every other customer is unaffected.',
    'Unknown so far: how many other customers deleted a person since March.',
  ])('no otherCustomersAffected nor pattern: %j', (text) => {
    const out = run([{ text, role: 'engineering', visibility: 'internal' }]);
    expect(out.signals.otherCustomersAffected).toBe(false);
    expect(out.facts.pattern).toEqual([]);
  });

  it.each([
    'Two other customers reported the same issue this week.',
    'Only some tenants have this, three other customers are affected.',
  ])('otherCustomersAffected: %j', (text) => {
    expect(one(text, 'engineering').otherCustomersAffected).toBe(true);
  });

  const claim = {
    text: 'Errors jumped since the 4.2 deploy.',
    role: 'engineering' as const,
    at: '2026-11-19T09:00:00Z',
  };
  it.each([
    "Can't tell from here whether 4.1 would have accepted the same payload.",
    'Still unclear whether the release or their plugin update changed this.',
    'Could be our release or their SDK upgrade, no way to know yet.',
    // reworded from an eval case's sentence; read since the doubt is read from structure
    'We are still working out whether our change or the connector upgrade caused this.',
  ])('a later doubt leaves regression open: %j', (doubt) => {
    const out = run([
      { ...claim, visibility: 'internal' },
      { text: doubt, role: 'support', visibility: 'internal', at: '2026-11-19T11:00:00Z' },
    ]);
    expect(out.signals.regression).toBe(false);
  });

  it('keeps a regression claimed after the doubt, and one with no doubt at all', () => {
    expect(run([{ ...claim, visibility: 'internal' }]).signals.regression).toBe(true);
    const out = run([
      {
        text: "Can't tell yet whether 4.2 changed it.",
        role: 'support',
        visibility: 'internal',
        at: '2026-11-19T08:00:00Z',
      },
      { ...claim, visibility: 'internal' },
    ]);
    expect(out.signals.regression).toBe(true);
    expect(
      run([
        { ...claim, visibility: 'internal' },
        {
          text: "We can't say when the fix release ships.",
          role: 'support',
          visibility: 'internal',
          at: '2026-11-19T11:00:00Z',
        },
      ]).signals.regression,
    ).toBe(true);
    // a doubt about scope, not about cause
    expect(
      run([
        { ...claim, visibility: 'internal' },
        {
          text: "Don't know yet whether other customers on 4.2 are hit, checking the error rate.",
          role: 'engineering',
          visibility: 'internal',
          at: '2026-11-19T11:00:00Z',
        },
      ]).signals.regression,
    ).toBe(true);
  });
});

describe('contractClaim: a contract invoked as an obligation', () => {
  it.each([
    'Section 9 of our agreement gives you 20 days; under clause 9.2 of the Agreement you owe us the files.',
    'Legal is checking the contract: clause 7 lets us terminate after a cure period.',
    'Failing that, we will consider our position under the Agreement.',
    'You are in material breach of the contract.',
    'Our general counsel has asked me to put this in writing.',
    'We may have to take legal action.',
  ])('claim: %j', (text) => {
    expect(one(text).contractClaim).toBe(true);
    expect(one(text, 'support').contractClaim).toBe(true);
  });

  it.each([
    'We will not take legal action over this.',
    'Is clause 4 of the contract relevant here?',
    'The renewal contract is attached for signature.',
    'Per the design doc, clause 2 requires a unit test for each parser.',
    'The WHERE clause 3 times slower since the index was dropped.',
    'Our litigation team cannot file emails with attachments.',
  ])('no claim: %j', (text) => {
    expect(one(text).contractClaim).toBe(false);
  });
});

describe('a change our side calls intended is no regression', () => {
  const report = {
    text: 'Since the upgrade on Monday the invoice list only shows unpaid invoices.',
    role: 'customer' as const,
    visibility: 'public' as const,
    at: '2026-11-19T09:00:00Z',
  };
  const ours = (text: string, at = '2026-11-19T11:00:00Z') =>
    ({ text, role: 'engineering', visibility: 'internal', at }) as const;
  it.each([
    'The new filter is by design in 6.0, not a bug.',
    "That's working as intended since the upgrade; paid invoices moved to the archive tab.",
  ])('refuted: %j', (text) => {
    expect(run([report, ours(text)]).signals.regression).toBe(false);
  });

  it.each([
    // our side confirming, asking or doubting does not make the change intended
    'Yes, that looks like a bug from the upgrade.',
    'Is the new filter by design or a bug?',
  ])('still a regression: %j', (text) => {
    expect(run([report, ours(text)]).signals.regression).toBe(true);
  });

  it('a regression claimed after our side called it intended still counts', () => {
    const later = {
      ...report,
      text: 'Since the 6.0.1 update yesterday the archive tab is empty too.',
      at: '2026-11-19T15:00:00Z',
    };
    expect(run([report, ours('Not a bug, that is by design.'), later]).signals.regression).toBe(true);
  });
});

describe('blocked is not a cost nor a doubt', () => {
  it.each([
    'We typed them in manually, that takes two hours every day and during the busy season we cannot afford it.',
    "Honestly we can't afford that much extra work every week.",
    "I can't tell which orders failed.",
    "We can't wait to try the new editor.",
  ])('no blocked: %j', (text) => {
    expect(one(text).blocked).toBe(false);
  });

  it.each([
    "We launch a promo on Friday and can't afford checkout errors.",
    "Our coordinators can't release shipments.",
  ])('blocked: %j', (text) => {
    expect(one(text).blocked).toBe(true);
  });
});

describe('data loss: duplicated or empty output, not any duplicate', () => {
  it.each([
    'Every order since Monday shows up as duplicated orders in the ERP.',
    'Webhooks were delivered twice, so possible duplicates in their ledger.',
    'The nightly export came out empty for 23 tenants.',
    'All files are 0 KB since the storage migration.',
    'Patients got double-booked appointments after the sync.',
  ])('dataLoss: %j', (text) => {
    expect(one(text).dataLoss).toBe(true);
  });

  it.each([
    'Some patients get duplicate reminder e-mails for the same appointment.',
    'I duplicated the Dispatcher role as Intern, then removed the Routes permission.',
    'This ticket is a duplicate of 4411, closing it.',
    // asked about, or said not to have happened
    'Their controller wants to know whether any orders were deleted by the cleanup job.',
    'Please check if rows were dropped by the importer on Friday.',
    'Replay finished: no records lost, totals match the bank file.',
  ])('no dataLoss: %j', (text) => {
    expect(one(text).dataLoss).toBe(false);
    expect(one(text, 'support').dataLoss).toBe(false);
  });
});

describe('other customers: a search that found nothing is no pattern', () => {
  it.each([
    'Looked for similar reports from other customers, found none.',
    'No similar tickets from other customers yet.',
    // a question put indirectly asks, it establishes nothing
    'I need to find out whether the bad import reached other customers too.',
    'Engineering wants to know if the same key hit other accounts.',
  ])('no otherCustomersAffected: %j', (text) => {
    expect(one(text, 'support').otherCustomersAffected).toBe(false);
  });

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the line moves up into the list above
  it.fails.each(['Looked for other tickets about repeated notifications: nothing so far.'])(
    'no otherCustomersAffected: %j',
    (text) => {
      expect(one(text, 'support').otherCustomersAffected).toBe(false);
    },
  );
});

describe('bug confirmed: our side named as the cause', () => {
  it.each([
    "retry isn't idempotent, the first send actually went through",
    "ok that's our bug, the importer skips the header row",
    'our scheduler keeps double-sending after a failover',
  ])('bugConfirmed: %j', (text) => {
    expect(one(text, 'engineering').bugConfirmed).toBe(true);
  });

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the line moves up into the list above
  it.fails.each(["so it's our retry sending again after a timeout although the first message had arrived?"])(
    'bugConfirmed: %j',
    (text) => {
      expect(one(text, 'engineering').bugConfirmed).toBe(true);
    },
  );

  it.each(['Is the cause in their relay or ours?', 'The cause is their expired certificate.'])(
    'no bugConfirmed: %j',
    (text) => {
      expect(one(text, 'engineering').bugConfirmed).toBe(false);
    },
  );
});

describe('outage: a whole channel gone, not a denied or past outage', () => {
  it.each(['ALL Android push failing since the key change.', 'No e-mails are going out at all since 9:00.'])(
    'outage: %j',
    (text) => {
      expect(one(text).outage).toBe(true);
    },
  );

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the line moves up into the list above
  it.fails.each(['Since this morning not one of our Android users receives push notifications.'])(
    'outage: %j',
    (text) => {
      expect(one(text).outage).toBe(true);
    },
  );

  it.each([
    'Those are 429 responses, i.e. the API rate limit, not an outage.',
    'This is not an outage; only one report is slow.',
    'After the 12 November outage we missed the availability target again.',
    'There were three outages this quarter, all resolved.',
  ])('no outage: %j', (text) => {
    expect(one(text, 'support').outage).toBe(false);
  });
});

describe('SLA breach in contract terms', () => {
  it.each(['Our uptime guarantee was breached in October.'])('slaBreached: %j', (text) => {
    expect(one(text).slaBreached).toBe(true);
  });

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the line moves up into the list above
  it.fails.each([
    'Three times this quarter you fell below the 99.95% availability you committed to for each month.',
  ])('slaBreached: %j', (text) => {
    expect(one(text).slaBreached).toBe(true);
  });
});

describe('what a thing is reported to say sets no regression', () => {
  const ours = (text: string) => ({ text, role: 'support', visibility: 'internal' }) as const;
  it.each([
    'Their old reply template is wrong. It says the new version broke the totals and that we refund everyone.',
    'Please rewrite the macro: it says our deploy caused the delay.',
  ])('no regression: %j', (text) => {
    expect(run([ours(text)]).signals.regression).toBe(false);
  });

  it.each([
    'It looks like the new version broke the totals.',
    'Since the deploy on Monday the totals are off, and the customer says so too.',
  ])('still a regression: %j', (text) => {
    expect(run([ours(text)]).signals.regression).toBe(true);
  });
});

describe('a logged error is a failure, a defect of ours only if nothing puts it elsewhere', () => {
  const log = {
    text: '2026-11-19T08:00:00Z ERROR sync-worker push rejected by partner: account suspended',
    role: 'bot' as const,
    kind: 'log' as const,
    visibility: 'internal' as const,
    meta: { unit: 'log' as const, level: 'ERROR' },
  };
  const ours = (text: string) =>
    ({ text, role: 'engineering', visibility: 'internal', at: '2026-11-19T11:00:00Z' }) as const;
  it('stands with no assessment from our side', () => {
    expect(run([log]).signals.productDefect).toBe(true);
  });
  it('yields when our side puts the case on the customer side', () => {
    expect(
      run([log, ours('Not a bug on our end, the problem is on their side.')]).signals.productDefect,
    ).toBe(false);
  });
  it('stands beside our side confirming a defect', () => {
    const out = run([log, ours('We reproduced it, it is our bug in the retry code.')]);
    expect(out.signals.productDefect).toBe(true);
  });
});

describe('a step only L2 may take, said by our side', () => {
  it('our engineer saying only L2 may do it sets l2Step', () => {
    const out = run([
      { text: 'Only L2 can unfreeze the ledger.', role: 'engineering', visibility: 'internal' },
    ]);
    expect(out.signals.l2Step).toBe(true);
  });
  it('the customer naming L2 does not', () => {
    expect(one('Only L2 can unfreeze the ledger, your agent told me.').l2Step).toBe(false);
  });
});
