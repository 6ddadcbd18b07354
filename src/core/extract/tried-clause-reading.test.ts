import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import {
  afterLabel,
  cueNotDone,
  cueStatesARule,
  instructsAfter,
  ownActAfter,
  readsCheckDone,
  readsPersonsAct,
  readsTimelineEntry,
  tailIsNoFinding,
} from './tried-clause-reading.js';

const first = (text: string) => {
  const [s] = analyze(text).sentences;
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('readsTimelineEntry', () => {
  it('reads a line under a date or time label as a timeline entry', () => {
    expect(readsTimelineEntry(first('Mon 4 Mar 09:15: case created by the portal.'))).toBe(true);
    expect(readsTimelineEntry(first('Wed 6 Mar: version 12.4 goes out to all tenants.'))).toBe(true);
  });

  it('leaves a label that names a source, or no label', () => {
    expect(readsTimelineEntry(first('Proxy log: every request from the office got a 407.'))).toBe(false);
    expect(readsTimelineEntry(first('We restarted the importer on Monday.'))).toBe(false);
  });
});

describe('readsPersonsAct', () => {
  it('reads a past act with a person before it', () => {
    expect(readsPersonsAct(afterLabel(first('5 Mar: Ilse exported the member list again.'))!)).toBe(true);
    expect(readsPersonsAct(afterLabel(first('5 Mar: we rebuilt the index on staging.'))!)).toBe(true);
  });

  it('does not read an event with no person, or a present tense', () => {
    expect(readsPersonsAct(afterLabel(first('5 Mar: invoice generated.'))!)).toBe(false);
    expect(readsPersonsAct(afterLabel(first('6 Mar: Marco wants a call with the vendor.'))!)).toBe(false);
  });
});

describe('tailIsNoFinding', () => {
  it('reads an order or a passed-on ask after the label as no finding', () => {
    expect(tailIsNoFinding(first('Next for the team: please hold the refund until Friday.'))).toBe(true);
    expect(tailIsNoFinding(first('Bram, the finance lead: he asks for a breakdown per store.'))).toBe(true);
  });

  it('keeps a finding after the label', () => {
    expect(tailIsNoFinding(first('Queue metrics for the tenant: 3,100 jobs waiting since 02:00.'))).toBe(
      false,
    );
  });
});

describe('instructsAfter', () => {
  it('reads an order in a later clause', () => {
    expect(instructsAfter(first('The vendor sets the timing, so please do not give them a day.'))).toBe(true);
    expect(instructsAfter(first("Billing owns that call, don't let anyone offer a refund."))).toBe(true);
  });

  it('does not read a finding with a consequence', () => {
    expect(instructsAfter(first('The cron ran at 02:00, so the file was already gone.'))).toBe(false);
  });
});

describe('cueNotDone', () => {
  it('reads a cue word used as a noun or as an obligation', () => {
    expect(cueNotDone(first('Passing this to ops for the password reset and the cleanup.'), 'reset')).toBe(
      true,
    );
    expect(cueNotDone(first('The new key has to be verified with the bank first.'), 'verified')).toBe(true);
  });

  it('keeps the cue as something done', () => {
    expect(cueNotDone(first('We did a full reset of the router, no change.'), 'reset')).toBe(false);
    expect(cueNotDone(first('I verified the key with the bank.'), 'verified')).toBe(false);
    expect(cueNotDone(first('We already restarted the app twice.'), 'already restarted')).toBe(false);
  });
});

describe('readsCheckDone', () => {
  it('reads a check announced as over', () => {
    expect(readsCheckDone(first('Ops check done.'))).toBe(true);
    expect(readsCheckDone(first('Database query complete.'))).toBe(true);
  });

  it('does not read a check with its own finding, or other work done', () => {
    expect(readsCheckDone(first('Check done, the table has 40 rows and no duplicates at all.'))).toBe(false);
    expect(readsCheckDone(first('Migration done.'))).toBe(false);
  });
});

describe('tailIsNoFinding: what a log reports', () => {
  it('keeps an inability a log or a tool reports as a finding, and reads our own plan as none', () => {
    expect(tailIsNoFinding(first('Relay log for the tenant: cannot open a connection to port 25.'))).toBe(
      false,
    );
    expect(tailIsNoFinding(first('Plan for the morning: we will rebuild the index first.'))).toBe(true);
  });
});

describe('cueStatesARule', () => {
  it('reads a present passive as a rule or a state', () => {
    expect(cueStatesARule(first('Refunds are processed in the order they arrive.'), 'processed')).toBe(true);
    expect(cueStatesARule(first('Invoices are exported every night at two.'), 'exported')).toBe(true);
    expect(cueStatesARule(first('Your ticket is being looked at by the team.'), 'looked at')).toBe(true);
  });

  it('keeps a past passive and a present one with an outcome', () => {
    expect(cueStatesARule(first('The worker was restarted at noon.'), 'restarted')).toBe(false);
    expect(
      cueStatesARule(first('The app is reinstalled and it still crashes on start.'), 'reinstalled'),
    ).toBe(false);
  });
});

describe('ownActAfter', () => {
  const own = (text: string) => ownActAfter(first(text), first(text).text);

  it("takes the writer's own act after a comma, to the end of the sentence", () => {
    expect(own('Nobody changed the schedule, we compared the job history back to March.')).toBe(
      'we compared the job history back to March.',
    );
    expect(own('No one touched the DNS records; and I checked the zone file twice.')).toBe(
      'and I checked the zone file twice.',
    );
  });

  it('takes no plan, no third person and no clause without a comma', () => {
    expect(own('Nobody changed the schedule, we will compare the job history.')).toBeNull();
    expect(own('Nobody changed the schedule, they compared the job history.')).toBeNull();
    expect(own('Nobody changed the schedule as far as we checked the history.')).toBeNull();
  });
});
