import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { decide } from '../decide/decide.js';
import { formatExplain } from '../explain/format-explain.js';
import { analyze } from '../language/analyze.js';
import type { Packet } from '../model/packet.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { explainsClaim } from './explained-by-us.js';
import { extractFacts } from './extract-facts.js';

const ASOF = '2030-03-04T18:00:00Z';
const at = (hour: number) => `2030-03-04T${String(hour).padStart(2, '0')}:00:00Z`;
const extract = (specs: ItemSpec[]) => extractFacts(makeIntake(specs), ASOF);
const ours = (text: string, hour: number): ItemSpec => ({ text, role: 'support', at: at(hour) });

const shout: ItemSpec = { text: 'Your booking service is down, nothing works for us.', at: at(8) };

describe('an outage only the customer claims, explained by our side, sets no signal', () => {
  it('the claim alone sets outage', () => {
    expect(extract([shout]).signals.outage).toBe(true);
  });

  it('our side placing the cause on their side explains it, and the trace says so', () => {
    const result = extract([
      shout,
      ours('Checked the request log: they renamed the callback host, so this is on their side.', 10),
    ]);
    expect(result.signals.outage).toBe(false);
    const explained = result.explainedClaims.outage;
    expect(explained?.by.rule).toBe('explained-customer-side');
    expect(explained?.claims.map((t) => t.evidence)).toEqual(['S1:m1']);
    const packet = {
      facts: result.facts,
      decision: { escalate: false, criteria: [], severity: null, targets: [] },
    } as unknown as Packet;
    const text = formatExplain(packet, {
      signals: result.signals,
      signalTraces: result.signalTraces,
      explainedClaims: result.explainedClaims,
    });
    expect(text).toContain('Claims our side explained (no signal)\n- outage\n');
    expect(text).toMatch(/ {2}explained by\n {4}structure explained-customer-side · S\d+:m\d+ · "Checked/);
  });

  it('our side saying it works for every other customer explains it', () => {
    const { signals } = extract([
      shout,
      ours('Other customers are booking normally this morning; I am looking at your account now.', 9),
    ]);
    expect(signals.outage).toBe(false);
  });

  it('documented behaviour explains it', () => {
    const { signals } = extract([
      shout,
      ours(
        'Bookings pause while the calendar is in read-only mode, which is documented in the admin guide.',
        9,
      ),
    ]);
    expect(signals.outage).toBe(false);
  });

  it('a claim made after the explanation still counts', () => {
    const { signals } = extract([
      shout,
      ours('Other customers are booking normally this morning.', 9),
      { text: 'It is still down for us, the whole service is down.', at: at(11) },
    ]);
    expect(signals.outage).toBe(true);
  });

  it('our later "it is a bug" takes the explanation back', () => {
    const { signals } = extract([
      shout,
      ours('Their proxy config changed on Monday, so this is on their side.', 9),
      ours('Correction: we reproduced it, this is a bug in our scheduler.', 12),
    ]);
    expect(signals.outage).toBe(true);
  });

  it('an outage our side states too is more than a claim', () => {
    const { signals } = extract([
      shout,
      ours('Confirmed: the booking service is down for the EU region.', 9),
      ours('Their proxy config is also wrong, but that is on their side and separate.', 10),
    ]);
    expect(signals.outage).toBe(true);
  });

  it('a doubt or a question of ours explains nothing', () => {
    const { signals } = extract([
      shout,
      ours('Could this be on their side, maybe their firewall?', 9),
      ours('Might be their DNS change.', 10),
    ]);
    expect(signals.outage).toBe(true);
  });
});

describe('blocked and data loss: explained by a cause, never by others being fine', () => {
  const stuck: ItemSpec = { text: "We can't publish a single page since this morning.", at: at(8) };
  const gone: ItemSpec = { text: 'All our draft records were deleted overnight.', at: at(8) };

  it('a cause on their side explains both', () => {
    const cause = ours('Their own cleanup job removed the drafts and revoked the publish role.', 10);
    expect(extract([stuck, cause]).signals.blocked).toBe(false);
    expect(extract([gone, cause]).signals.dataLoss).toBe(false);
  });

  it('other customers being fine explains neither', () => {
    const fine = ours('Other customers are publishing normally.', 10);
    expect(extract([stuck, fine]).signals.blocked).toBe(true);
    expect(extract([gone, fine]).signals.dataLoss).toBe(true);
  });

  it('a loss our staff only pass on is the same claim, explained with it', () => {
    const relayed = ours('Their editor says all the draft records were deleted overnight.', 9);
    const cause = ours('Their own cleanup job removed the drafts at 02:00.', 10);
    expect(extract([gone, relayed]).signals.dataLoss).toBe(true);
    expect(extract([gone, relayed, cause]).signals.dataLoss).toBe(false);
    // our own finding of a loss is more than their claim
    const found = ours('Checked the table: 212 draft records were deleted by the 01:00 migration.', 9);
    expect(extract([gone, found, cause]).signals.dataLoss).toBe(true);
  });
});

describe("the customer's business at a halt is not our outage by itself", () => {
  it('"no sales since Monday" from the customer sets no outage', () => {
    const { signals } = extract([
      { text: 'We have had no sales since Monday and my team is panicking.', at: at(8) },
    ]);
    expect(signals.outage).toBe(false);
  });

  it('our side saying it does', () => {
    const { signals } = extract([
      { text: 'Something is wrong with our shop.', at: at(8) },
      ours('Payments gateway check: zero payments went through for this merchant since 07:00.', 9),
    ]);
    expect(signals.outage).toBe(true);
  });
});

describe('explainsClaim reads one sentence of ours', () => {
  const rule = (text: string) =>
    analyze(text)
      .sentences.map((s) => explainsClaim(s))
      .find((r) => r !== null) ?? null;

  it.each([
    ['Their own deploy script pushed the old token to production.', 'explained-customer-side'],
    ['The timeout comes from your proxy, not from us.', 'explained-customer-side'],
    ['All other customers are syncing fine.', 'explained-others-fine'],
    ['This works as designed: drafts are hidden until published.', 'explained-not-a-defect'],
  ])('reads %j', (text, expected) => expect(rule(text)).toBe(expected));

  it.each([
    // the customer's own thing in a state, not doing something
    'Their own users are still locked out.',
    // a record saying something is evidence, not a cause
    'Their own logs show the same 500s.',
    // someone recording, a wish
    'I have documented your request for the team.',
    'This should be documented better.',
    // others named but not said to be fine
    'Other customers have reported the same outage.',
  ])('does not read %j', (text) => expect(rule(text)).toBeNull());
});

describe('the default policy on a loud claim our side explained', () => {
  const parsed = parsePolicy(
    readFileSync(fileURLToPath(new URL('../../../policies/default.policy.yaml', import.meta.url)), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const policy = parsed.policy;
  const decided = (specs: ItemSpec[]) => {
    const { facts, signals, signalCites } = extract(specs);
    return { signals, decision: decide({ facts, signals, signalCites, policy, asOf: ASOF }) };
  };
  const cause = ours('Their own deploy script pushed the sandbox token, so this is on their side.', 10);

  it('keeps it in support: the outage is explained, blocked yields to our assessment', () => {
    const { signals, decision } = decided([shout, cause]);
    expect(signals.outage).toBe(false);
    expect(signals.assessment).toBe('customer_side');
    expect(decision.escalate).toBe(false);
  });

  it('never explains a security claim away', () => {
    const { decision } = decided([
      { text: 'Someone else logged in to my account from an unknown country last night.', at: at(8) },
      cause,
    ]);
    expect(decision.escalate).toBe(true);
    expect(decision.targets[0]?.team).toBe('Security');
  });

  it('a compensation ask our side declined does not take it to Leadership by itself', () => {
    const ask: ItemSpec = { text: 'I expect a refund for the whole week.', at: at(11) };
    const asked = decided([shout, cause, ask]);
    expect(asked.decision.escalate).toBe(true);
    expect(asked.decision.targets.map((t) => t.team)).toContain('Leadership');
    const declined = decided([shout, cause, ask, ours('No refund on this one, nothing of ours failed.', 12)]);
    expect(declined.signals.compensationWithinAuthority).toBe(true);
    expect(declined.decision.escalate).toBe(false);
  });
});

describe("our staff passing on the customer's claim, or supposing one, is no outage of ours", () => {
  const explanation = ours(
    'The bounce comes from their own mail relay: the relay config on their side rejects us.',
    12,
  );

  it('a claim our staff relay ("the customer calls it an outage") is explained with the claim itself', () => {
    const relayed = ours('Heads up: the practice calls it a total outage and wants engineers on it.', 9);
    expect(extract([shout, relayed]).signals.outage).toBe(true);
    const result = extract([shout, relayed, explanation]);
    expect(result.signals.outage).toBe(false);
    expect(result.explainedClaims.outage?.claims.map((t) => t.evidence)).toEqual(['S1:m1', 'S1:m2']);
  });

  it('relayed after the explanation, it is still the same claim', () => {
    const later = ours('Their owner still says the booking service is down for everyone.', 14);
    expect(extract([shout, explanation, later]).signals.outage).toBe(false);
  });

  it('our own statement of an outage is more than the claim and is kept', () => {
    const own = ours('Confirmed: the booking service is down for every clinic since 08:10.', 9);
    expect(extract([shout, own, explanation]).signals.outage).toBe(true);
  });

  it('an outage inside a condition supposes one', () => {
    const supposing = ours(
      'If they want bookings paused during an outage that is the pause switch in settings.',
      9,
    );
    expect(extract([supposing]).signals.outage).toBe(false);
  });
});
