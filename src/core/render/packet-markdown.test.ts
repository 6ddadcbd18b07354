import { describe, expect, it } from 'vitest';
import { makeReviewPacket } from '../../../test/helpers/make-review-packet.js';
import type { Packet } from '../model/packet.js';
import { renderPacketMarkdown } from './packet-markdown.js';

const BASE = makeReviewPacket();

// The review packet already has the cadence, one unknown and the ETA gate; only what the assertions
// name besides is set here.
const PACKET: Packet = makeReviewPacket({
  sources: BASE.sources.map((source) => ({ ...source, warnings: ['comment 7 has no body'] })),
  timeline: [{ at: '2026-03-10T15:12:40.000Z', summary: 'First report: orders missing', cites: ['S1:c1'] }],
  facts: { ...BASE.facts, account: { value: 'Larkspur Outfitters', cites: ['S1:c1'] } },
  decision: {
    ...BASE.decision,
    severity: {
      level: 'High',
      rationale: 'High: workflow blocked',
      rules: [{ id: 'sev-blocked', label: 'Blocked', cites: ['S1:c1'] }],
    },
    targets: [{ team: 'Engineering', reason: 'defect', cites: ['S1:c1'] }],
    respondBy: '2026-03-11T16:00:00.000Z',
  },
  drafts: {
    ...BASE.drafts,
    brief: '## Escalation brief: Larkspur Outfitters\n',
    customerUpdate: {
      text: 'Hi Rosa,\nTiming: {{ETA}}\n',
      placeholders: [{ token: '{{ETA}}', gate: 'G-eta' }],
    },
  },
  actions: [{ id: 'A1', what: 'Confirm | route', owner: 'lead', due: null, gate: 'G-severity' }],
});

describe('renderPacketMarkdown', () => {
  const md = renderPacketMarkdown(PACKET);

  it('puts the decision header first: severity once, with its rules, targets, respond-by, cadence', () => {
    expect(md.startsWith('# Triage packet: Larkspur Outfitters\n')).toBe(true);
    expect(md).toContain('- **Severity:** High: workflow blocked (rules: sev-blocked [S1:c1])');
    expect(md).toContain('- **Targets:** Engineering (defect)');
    expect(md).toContain('- **Respond by:** 2026-03-11T16:00:00.000Z');
    expect(md).toContain('- **Cadence:** internal every 4 hours, customer every 8 hours');
  });

  it('shows unknowns before the drafts, and the update quoted with its placeholder gate', () => {
    expect(md.indexOf('## Known unknowns')).toBeLessThan(md.indexOf('## Escalation brief'));
    expect(md).toContain('> Timing: {{ETA}}\n');
    expect(md).toContain('- `{{ETA}}` waits for gate G-eta');
    expect(md).toContain('No draft reply in the handoff.');
  });

  it('escapes table cells and lists source warnings', () => {
    expect(md).toContain('| A1 | Confirm \\| route | lead | - | G-severity |');
    expect(md).toContain('  - warning: comment 7 has no body');
    expect(md).toContain('- 2026-03-10T15:12:40.000Z: First report: orders missing [S1:c1]');
  });
});

describe('renderPacketMarkdown: deadlines and their clock', () => {
  const withDeadlines = (deadlines: Packet['facts']['deadlines']) =>
    renderPacketMarkdown(
      makeReviewPacket({ asOf: '2027-03-23T12:00:00Z', facts: { ...BASE.facts, deadlines } }),
    );

  it('says a deadline behind asOf has passed, once, and a live one not', () => {
    const md = withDeadlines([
      {
        at: '2027-03-23T09:00:00Z',
        text: 'Needed by ten this morning.',
        cites: ['S1:m1'],
        zone: 'Europe/Paris',
      },
      {
        at: '2027-03-24T16:00:00Z',
        text: 'Our board meets tomorrow at five.',
        cites: ['S1:m2'],
        zone: 'Europe/Paris',
      },
    ]);
    expect(md.match(/passed/g)).toHaveLength(1);
    expect(md).toContain('(2027-03-23T09:00:00Z, passed)');
    expect(md).toContain('(2027-03-24T16:00:00Z)');
  });

  it('says when an hour was read in UTC for want of the speaker’s zone', () => {
    const md = withDeadlines([
      {
        at: '2027-03-24T16:00:00Z',
        text: 'By four tomorrow.',
        cites: ['S1:m1'],
        zone: 'UTC',
        zoneAssumed: true,
      },
    ]);
    expect(md).toContain("read as UTC: the speaker's zone is not stated");
  });
});
