import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { decide } from '../decide/decide.js';
import { analyze } from '../language/analyze.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { buildContext } from './context.js';
import { extractFacts } from './extract-facts.js';
import { deriveStatedSeverity, readStatedSeverity } from './read-stated-severity.js';

const ASOF = '2026-11-20T12:00:00Z';
const at = (hour: number) => `2026-11-19T${String(hour).padStart(2, '0')}:00:00Z`;
const read = (text: string) => readStatedSeverity(analyze(text).sentences[0] ?? analyze('.').sentences[0]!);
const derive = (specs: ItemSpec[]) => deriveStatedSeverity(buildContext(makeIntake(specs), ASOF));

describe('readStatedSeverity: one sentence rating the case', () => {
  it.each([
    // a code where it rates: after a rating verb, as a predicate, heading the sentence, after a label
    ['Bumping it to P1, billing is down for the whole region.', 'critical'],
    ['Raising this to sev-2 until the backlog drains.', 'high'],
    ['It is a P3 at most, one user and a workaround.', 'medium'],
    ['P0 because every checkout in the EU fails.', 'critical'],
    ['Severity 2, four shops on the list so far.', 'high'],
    // real triage lines from the Chromium tracker (FARSEC corpus, chromium 15895, 7823, 24733)
    ['Marking as a P1 since the bot is red.', 'critical'],
    ["Marked P2 since I don't think this should block a beta-channel release.", 'high'],
    ['A NULL-pointer error would seem to be indicated therefore this is severity:low.', 'low'],
    // a level word where it rates: after a label, before one, as a predicate, after a rating verb
    ['Priority: urgent.', 'critical'],
    ['Priority changed: low → high', 'high'],
    ['Flagging it as high priority for the morning shift.', 'high'],
    ['Honestly this is low priority, nothing is blocked.', 'low'],
    ['Ok, this is critical, the whole warehouse is idle.', 'critical'],
    ['This is a critical incident for them.', 'critical'],
    ['Treat the ticket as urgent until the sync catches up.', 'critical'],
  ])('%s → %s', (text, level) => {
    expect(read(text)).toBe(level);
  });

  it.each([
    // a code that names another thing: a CPU, variables, a count of other tickets
    'The kiosk runs on a P4 with 512 MB of memory.',
    'p1, p2 = line.split(",")',
    'We have three P1s open this week.',
    // a level word that rates another thing, or the urgency of an act
    'The critical section is never released.',
    'High priority customers get a call back within the hour.',
    "It's critical that we answer her before noon.",
    'Keep the retry rate as low as possible.',
    'Set the log level to critical for the night.',
    // reassurance, a question, a condition, a denial
    'Our team is on this as our highest priority.',
    'Is this a P1?',
    'If it spreads to the EU stores, make it a P1.',
    'This is not a P1.',
  ])('%s → nothing', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('deriveStatedSeverity: our side’s call as the thread stands', () => {
  it('reads our staff, with a trace naming the rule and the sentence', () => {
    const out = derive([
      { text: 'Nothing loads on the tills since nine.', at: at(9) },
      { text: 'Checked: every till in both shops fails. Bumping it to P1.', role: 'support', at: at(10) },
    ]);
    expect(out.value).toBe('critical');
    expect(out.cites).toEqual(['S1:m2']);
    expect(out.traces[0]).toMatchObject({
      mechanism: 'structure',
      rule: 'stated-severity',
      sentence: 'Bumping it to P1.',
    });
  });

  it('never takes the customer’s own rating, nor a doubt or someone else’s words of ours', () => {
    expect(derive([{ text: 'This is critical, please look now!!', at: at(9) }]).value).toBe('none');
    expect(
      derive([
        { text: 'It might be a P1 if it spreads.', role: 'support', at: at(10) },
        { text: 'Their admin says it is a P1.', role: 'support', at: at(11) },
      ]).value,
    ).toBe('none');
  });

  it('lets the latest call win: a downgrade of ours stands', () => {
    const out = derive([
      { text: 'Raising this to sev-1 for now.', role: 'engineering', at: at(9), visibility: 'internal' },
      {
        text: 'Downgrading it to a P3 now, the workaround holds.',
        role: 'engineering',
        at: at(11),
        visibility: 'internal',
      },
    ]);
    expect(out.value).toBe('medium');
    expect(out.cites).toEqual(['S1:m2']);
  });

  it('reads a priority change our staff made, not one the customer made nor the bare field', () => {
    const field = (text: string, role: ItemSpec['role']): ItemSpec => ({
      text,
      role,
      at: at(10),
      visibility: 'internal',
      meta: { unit: 'field', field: 'priority' },
    });
    expect(derive([field('Priority changed: low → high', 'support')]).value).toBe('high');
    expect(derive([field('Priority changed: normal → urgent', 'customer')]).value).toBe('none');
    expect(derive([field('Priority: urgent', 'unknown')]).value).toBe('none');
  });

  it("reads the field's top step as High: it orders the queue, it does not rate the impact", () => {
    const field = (text: string, hour: number): ItemSpec => ({
      text,
      role: 'support',
      at: at(hour),
      visibility: 'internal',
      meta: { unit: 'field', field: 'priority' },
    });
    expect(derive([field('Priority changed: normal → urgent', 10)]).value).toBe('high');
    // a spoken Critical stands when the field follows it to the top step; a field lowered still lowers
    const spoken: ItemSpec = { text: 'Declaring SEV1, every tenant is hit.', role: 'engineering', at: at(9) };
    expect(derive([spoken, field('Priority changed: normal → urgent', 10)]).value).toBe('critical');
    expect(derive([spoken, field('Priority changed: urgent → low', 10)]).value).toBe('low');
    // in words, our call is a rating
    expect(derive([{ text: 'Treat this as urgent.', role: 'support', at: at(10) }]).value).toBe('critical');
  });
});

describe('default policy: our side’s critical call sets the severity', () => {
  const parsed = parsePolicy(
    readFileSync(fileURLToPath(new URL('../../../policies/default.policy.yaml', import.meta.url)), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const policy = parsed.policy;
  const decided = (specs: ItemSpec[]) => {
    const { facts, signals, signalCites } = extractFacts(makeIntake(specs), ASOF);
    return decide({ facts, signals, signalCites, policy, asOf: ASOF });
  };
  const thread: ItemSpec[] = [
    {
      text: 'Hi, the shipping labels come out blank since the 5.1 update, we print them by hand for now.',
      at: at(9),
    },
    {
      text: 'Reproduced: the 5.1 label template drops the address block. This is a bug, passing it to eng.',
      role: 'support',
      at: at(10),
      visibility: 'internal',
    },
  ];

  it('is Critical when our side rates it P1, whatever else the thread reads as', () => {
    const base = decided(thread);
    expect(base.severity?.level).not.toBe('Critical');
    const rated = decided([
      ...thread,
      {
        text: 'Raising this to P1, three depots ship nothing.',
        role: 'support',
        at: at(11),
        visibility: 'internal',
      },
    ]);
    expect(rated.escalate).toBe(true);
    expect(rated.severity?.level).toBe('Critical');
    expect(rated.severity?.rules.map((r) => r.id)).toContain('sev-our-critical');
  });
});
