import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/app/load-policy.js';
import type { IntakeResult } from '../../src/core/model/intake.js';
import type { Policy } from '../../src/core/policy/policy-schema.js';
import { prepare } from '../../src/core/prepare.js';
import { makeIntake } from '../helpers/make-evidence.js';

let policy: { policy: Policy; sha256: string };
beforeAll(async () => {
  policy = await loadPolicy();
});

function handoff(): IntakeResult {
  const intake = makeIntake([
    {
      text: 'Since Tuesday every order with a discount code fails to sync to our ERP with ERR_RELAY_422. 14 store managers are blocked. When will this be fixed?',
      at: '2026-03-10T15:12:40Z',
      name: 'Rosa Delgado',
    },
    {
      text: 'relay-worker-4 rejects them after the 2.8.0 deploy; Aiko thinks the rounding change caused it.',
      role: 'engineering',
      visibility: 'internal',
      kind: 'chat',
      at: '2026-03-11T09:05:02Z',
      name: 'Aiko Brandt',
    },
    {
      text: 'Hi Rosa, the patch goes live on Tuesday at 10:00, guaranteed. Best, Tomasz',
      role: 'support',
      visibility: 'internal',
      kind: 'draft',
      at: null,
      name: 'Tomasz Wojcik',
    },
  ]);
  const evidence = intake.evidence.map((e, i) =>
    i === 0 && e.author ? { ...e, author: { ...e.author, email: 'rosa@larkspur.example' } } : e,
  );
  return { ...intake, evidence };
}

describe('prepare', () => {
  it('takes asOf from the option, else the manifest, else the newest evidence time', () => {
    expect(prepare(handoff(), policy, { asOf: '2026-03-12T08:00:00Z' }).packet.asOf).toBe(
      '2026-03-12T08:00:00.000Z',
    );
    const withManifest = { ...handoff(), manifest: { asOf: '2026-03-11T18:00:00Z', people: [], files: {} } };
    expect(prepare(withManifest, policy).packet.asOf).toBe('2026-03-11T18:00:00.000Z');
    expect(prepare(handoff(), policy).packet.asOf).toBe('2026-03-11T09:05:02.000Z');
  });

  it('writes the contract keys in order and stamps the policy', () => {
    const { packet } = prepare(handoff(), policy);
    expect(Object.keys(packet)).toEqual([
      'schemaVersion',
      'asOf',
      'policy',
      'sources',
      'evidence',
      'timeline',
      'facts',
      'decision',
      'unknowns',
      'drafts',
      'actions',
      'gates',
    ]);
    expect(packet.policy).toEqual({
      name: policy.policy.name,
      version: policy.policy.version,
      sha256: policy.sha256,
    });
  });

  it('drops author e-mail addresses from the evidence', () => {
    const json = JSON.stringify(prepare(handoff(), policy).packet);
    expect(json).not.toContain('rosa@larkspur.example');
    expect(json).toContain('Rosa Delgado');
  });

  it('reviews the draft and never uses it as a source of facts', () => {
    const { packet } = prepare(handoff(), policy);
    const kinds = (packet.drafts.draftReview ?? []).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['eta', 'overpromise']));
    const draftIds = packet.evidence.filter((e) => e.source === 'S3').map((e) => e.id);
    expect(JSON.stringify(packet.facts)).not.toMatch(new RegExp(draftIds.join('|')));
  });

  it('has a null draft review when there is no draft', () => {
    const intake = handoff();
    const noDraft = {
      ...intake,
      evidence: intake.evidence.filter((e) => e.source !== 'S3'),
      sources: intake.sources.slice(0, 2),
    };
    expect(prepare(noDraft, policy).packet.drafts.draftReview).toBeNull();
  });

  it('keeps internal names, hosts and versions out of the customer update and gates its commitments', () => {
    const { packet } = prepare(handoff(), policy);
    const update = packet.drafts.customerUpdate;
    expect(update.text).not.toMatch(/relay-worker-4|2\.8\.0|Aiko|Tomasz|Thursday|guarantee/i);
    const gateIds = new Set(packet.gates.map((g) => g.id));
    for (const p of update.placeholders) {
      expect(update.text).toContain(p.token);
      expect(gateIds).toContain(p.gate);
    }
    expect(packet.gates.map((g) => g.id)).toContain('G-send');
  });

  it('passes source warnings and failed inputs on, naming the file', () => {
    const intake = handoff();
    const broken = {
      ...intake,
      sources: [
        ...intake.sources,
        {
          id: 'S4',
          name: 'screenshot-2.png',
          kind: 'screenshot' as const,
          format: 'png',
          sha256: '1'.repeat(64),
          items: 0,
          warnings: ['image cannot be decoded'],
          status: 'failed' as const,
        },
      ],
    };
    const { warnings, packet } = prepare(broken, policy);
    expect(warnings).toEqual(
      expect.arrayContaining(['screenshot-2.png: image cannot be decoded', 'screenshot-2.png: failed']),
    );
    expect(packet.sources.at(-1)?.status).toBe('failed');
  });

  it('names a warning intake already named by its file once, and lists it once', () => {
    const intake = handoff();
    const named = 'chat.txt: pasted times have no date';
    const withNamed = {
      ...intake,
      warnings: [...intake.warnings, named],
      sources: intake.sources.map((source, i) =>
        i === 0 ? { ...source, name: 'chat.txt', warnings: [named] } : source,
      ),
    };
    const { warnings } = prepare(withNamed, policy);
    expect(warnings.filter((w) => w.includes('pasted times have no date'))).toEqual([named]);
  });

  it('renders the same Markdown and JSON for the same input', () => {
    const a = prepare(handoff(), policy);
    const b = prepare(handoff(), policy);
    expect(JSON.stringify(a.packet)).toBe(JSON.stringify(b.packet));
    expect(a.markdown).toBe(b.markdown);
    expect(a.markdown).toMatch(
      /## Known unknowns[\s\S]*## Escalation brief[\s\S]*## Handoff note[\s\S]*## Customer update/,
    );
  });
});

describe('prepare: the draft reply is a proposal, not evidence', () => {
  function featureAsk(draft: string | null): IntakeResult {
    return makeIntake([
      {
        text: 'We need an export of role changes for our auditors. Can you commit to a date? Otherwise we cannot renew in March.',
        at: '2026-03-10T15:00:00Z',
      },
      { text: 'Enterprise', kind: 'account', meta: { unit: 'account', field: 'tier' }, at: null },
      {
        text: 'role-change export is on the roadmap but not committed to a quarter.',
        role: 'engineering',
        visibility: 'internal',
        kind: 'chat',
        at: '2026-03-10T16:00:00Z',
      },
      ...(draft
        ? [
            {
              text: draft,
              role: 'success' as const,
              visibility: 'internal' as const,
              kind: 'draft' as const,
              at: null,
            },
          ]
        : []),
    ]);
  }

  it('routes the same with or without a draft that offers free months, and gates the offer', () => {
    const plain = prepare(featureAsk(null), policy, { asOf: '2026-03-11T09:00:00Z' }).packet;
    const offered = prepare(
      featureAsk('We will ship it in Q2, and we would like to offer you 2 months free on your renewal.'),
      policy,
      { asOf: '2026-03-11T09:00:00Z' },
    ).packet;
    expect(offered.decision.targets.map((t) => t.team)).toEqual(plain.decision.targets.map((t) => t.team));
    expect(offered.decision.targets[0]?.team).toBe('Product');
    expect(offered.decision.criteria.map((c) => c.id)).toEqual(plain.decision.criteria.map((c) => c.id));
    expect(plain.gates.map((g) => g.id)).not.toContain('G-compensation');
    expect(offered.gates.map((g) => g.id)).toContain('G-compensation');
  });
});
