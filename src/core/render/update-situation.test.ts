import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput, makeSource } from '../../../test/helpers/make-render-input.js';
import type { Evidence } from '../model/evidence.js';
import type { Decision } from '../model/packet.js';
import { buildCustomerUpdate } from './customer-update.js';
import type { RenderInput } from './render-input.js';
import { saysWorkGoesOn } from './update-situation.js';

const bot = { name: 'Ledgerly', role: 'bot', side: 'external' } as const;
const status = (id: string, text: string, meta: Evidence['meta']): Evidence =>
  item(id, text, 'x', { author: bot, visibility: 'public', meta });

const ASK = item(
  'S1:c1',
  'Our invoice PDFs came out blank all morning. Did we lose any of the invoices we issued, and do we have to send them again?',
  'customer',
);
const CHAT = item(
  'S3:m1',
  'flushed the cache on pdf-render-3 at 09:12, Bartek confirms all invoices re-rendered',
  'Bartek Nowak',
);
const INCIDENT = status(
  'S2:iab12cd34ef',
  'Incident: Blank invoice PDFs; status resolved; impact minor; components: PDF rendering (operational)',
  { unit: 'field', field: 'incident', subject: 'Blank invoice PDFs' },
);
const IDENTIFIED = status(
  'S2:uu1',
  'Blank invoice PDFs — identified: A font cache on our rendering service expired early. We are rebuilding it now.',
  { unit: 'update', subject: 'Blank invoice PDFs' },
);
const RESOLVED = status(
  'S2:uu2',
  'Blank invoice PDFs — resolved: Every invoice issued during the incident has been rendered again. No action is needed from customers.',
  { unit: 'update', subject: 'Blank invoice PDFs' },
);

const HANDLED: Decision = {
  escalate: false,
  criteria: [],
  severity: null,
  targets: [],
  owner: null,
  respondBy: null,
  cadence: null,
};

function input(evidence: Evidence[], overrides: Partial<RenderInput> = {}): RenderInput {
  const base = makeRenderInput(evidence, {
    facts: makeFacts({
      problem: { value: 'Invoice PDFs are blank', cites: ['S1:c1'] },
      customerAsks: [
        {
          value: 'Did we lose any of the invoices we issued, and do we have to send them again?',
          cites: ['S1:c1'],
        },
      ],
    }),
    decision: HANDLED,
    signals: { assessment: 'handle_in_support', vendorIncident: true },
    ...overrides,
  });
  const kinds: Record<string, Parameters<typeof makeSource>[1]> = { S1: 'ticket', S2: 'status', S3: 'chat' };
  return { ...base, sources: base.sources.map((s) => makeSource(s.id, kinds[s.id] ?? 'ticket')) };
}

describe('buildCustomerUpdate for a resolved incident', () => {
  const update = buildCustomerUpdate(input([ASK, INCIDENT, IDENTIFIED, RESOLVED, CHAT]));

  it('says it is resolved, what happened and where things stand, in the status page’s public words', () => {
    expect(update.text).toContain('our status page shows the incident "Blank invoice PDFs" as resolved');
    expect(update.text).toContain('What happened: A font cache on our rendering service expired early.');
    expect(update.text).toContain('Every invoice issued during the incident has been rendered again.');
    expect(update.text).toContain('No action is needed from you.');
    // an earlier update's progress line is history, not where things stand
    expect(update.text).not.toContain('We are rebuilding it now');
  });

  it('leaves out "what happened" when the page only said a cause was found', () => {
    const found = status(
      'S2:uu1',
      'Blank invoice PDFs — identified: We have found the root cause of the outage.',
      { unit: 'update', subject: 'Blank invoice PDFs' },
    );
    const text = buildCustomerUpdate(input([ASK, INCIDENT, found, RESOLVED, CHAT])).text;
    expect(text).not.toContain('What happened');
    expect(text).toContain('Every invoice issued during the incident has been rendered again.');
  });

  it('reads as closed: no investigation, no severity, no next-update promise, and invites a reply', () => {
    expect(update.text).not.toMatch(/investigat|working on this|\{\{|next update|keep you updated|priority/i);
    expect(update.placeholders).toEqual([]);
    expect(update.text).toContain('If anything still looks wrong, reply here');
    // the page already says nothing is left to do, so the update does not ask them to check
    expect(update.text).not.toContain('Please check');
  });

  it('keeps internal names, hosts and times out', () => {
    expect(update.text).not.toMatch(/pdf-render|Bartek|09:12|flushed/);
  });

  it('stays an open investigation while the thread is escalated, whatever the page says', () => {
    const open = buildCustomerUpdate(
      input([ASK, INCIDENT, IDENTIFIED, RESOLVED], {
        decision: { ...makeRenderInput([]).decision },
      }),
    );
    expect(open.text).not.toContain('as resolved');
    expect(open.text).toContain('Our next update will');
  });

  it('ignores a closed incident the thread never points at', () => {
    const other = status(
      'S2:izz98yy76xx',
      'Incident: Slow search in the admin console; status resolved; impact minor',
      { unit: 'field', field: 'incident', subject: 'Slow search in the admin console' },
    );
    const out = buildCustomerUpdate(input([ASK, other]));
    expect(out.text).not.toContain('resolved');
  });
});

describe('buildCustomerUpdate when our side says it is fixed', () => {
  it('confirms the fix in our public words and asks them to check, with no timing', () => {
    const reply = item(
      'S1:c2',
      'The fix for the blank PDFs is deployed and new invoices render correctly again.',
      'Mei Tanaka',
      { visibility: 'public', author: { name: 'Mei Tanaka', role: 'support', side: 'internal' } },
    );
    const out = buildCustomerUpdate(
      input([ASK, reply], { signals: { assessment: 'resolved', vendorIncident: false } }),
    ).text;
    expect(out).toContain('The fix for the blank PDFs is deployed and new invoices render correctly again.');
    expect(out).toContain('Please check that everything works as expected on your side now.');
    expect(out).not.toMatch(/\{\{|next update|investigat/i);
  });
});

describe('buildCustomerUpdate for a de-escalated case', () => {
  it('gives our answer and invites a reply, without an investigation or a next-update promise', () => {
    const reply = item(
      'S1:c2',
      'We found that the blank PDFs come from a font that was removed from your brand settings.',
      'Mei Tanaka',
      { visibility: 'public', author: { name: 'Mei Tanaka', role: 'support', side: 'internal' } },
    );
    const out = buildCustomerUpdate(
      input([ASK, reply, CHAT], { signals: { assessment: 'customer_side', vendorIncident: false } }),
    ).text;
    expect(out).toContain(
      'We found that the blank PDFs come from a font that was removed from your brand settings.',
    );
    expect(out).not.toMatch(/investigat|engineering team|keep you updated|\{\{NEXT_UPDATE\}\}|priority/i);
    expect(out).toContain('reply here');
  });
});

describe('saysWorkGoesOn', () => {
  it('reads a status that work is still going on or promised', () => {
    expect(saysWorkGoesOn('We have found the problem and are rolling out a fix.')).toBe(true);
    expect(saysWorkGoesOn('We will post another update within the hour.')).toBe(true);
  });

  it('does not read a sentence that says what happened', () => {
    expect(saysWorkGoesOn('A certificate on the mail relay expired at 02:00 and was renewed.')).toBe(false);
  });
});

describe('buildCustomerUpdate for a commercial decision', () => {
  const ESCALATED: Decision = {
    escalate: true,
    criteria: [{ id: 'esc-compensation', label: 'Compensation', cites: ['S1:c1'] }],
    severity: { level: 'High', rationale: 'commercial', rules: [] },
    targets: [
      { team: 'Leadership', reason: 'compensation', cites: ['S1:c1'] },
      { team: 'Engineering', reason: 'defect', cites: ['S1:c1'] },
    ],
    owner: null,
    respondBy: null,
    cadence: { internal: 'PT4H', customer: 'PT8H' },
  };
  const charge = item(
    'S1:c1',
    'Our renewal invoice charges 40 seats more than the order form we signed.',
    'customer',
  );
  const build = (signals: NonNullable<RenderInput['signals']>) =>
    buildCustomerUpdate(
      makeRenderInput([charge], {
        decision: ESCALATED,
        signals,
        gates: [
          { id: 'G-eta', kind: 'eta', subject: 'ETA', state: 'pending' },
          { id: 'G-sev', kind: 'severity', subject: 'severity', state: 'pending' },
        ],
      }),
    ).text;

  it('takes a charge to put right to billing, with no severity label and no engineering team', () => {
    const text = build({
      assessment: 'none',
      vendorIncident: false,
      billing: true,
      compensationRequested: true,
    });
    expect(text).toContain('I have taken this to our billing and account team');
    expect(text).not.toContain('{{SEVERITY}}');
    expect(text).not.toContain('engineering team');
  });

  it('keeps an incident an incident when a bug is confirmed or data is lost', () => {
    for (const extra of [{ bugConfirmed: true }, { dataLoss: true }] as const) {
      const text = build({
        assessment: 'none',
        vendorIncident: false,
        billing: true,
        compensationRequested: true,
        ...extra,
      });
      expect(text).toContain('our engineering team');
      expect(text).toContain('{{SEVERITY}}');
    }
  });
});
