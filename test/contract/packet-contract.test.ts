import { beforeAll, describe, expect, it } from 'vitest';
import { loadPacketSchema } from '../../src/app/load-packet-schema.js';
import { checkCites } from '../../src/core/eval/check-cites.js';
import { checkUpdateLeaks } from '../../src/core/eval/check-update-leaks.js';
import { publishedArticleIds } from '../../src/core/evidence/visibility.js';
import { findOwnCommitment } from '../../src/core/render/gated-commitments.js';
import { internalOnlyTokens } from '../../src/core/render/internal-tokens.js';
import { type PreparedCase, prepareAllCases } from './prepared-cases.js';

let cases: PreparedCase[] = [];

/** A token as a whole token: "5.2" is not found inside the public "5.2.0". */
function asWholeToken(token: string): RegExp {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`, 'i');
}

beforeAll(async () => {
  cases = await prepareAllCases();
}, 180_000);

function each(check: (c: PreparedCase) => string[]): Record<string, string[]> {
  const failures: Record<string, string[]> = {};
  for (const c of cases) {
    const found = check(c);
    if (found.length > 0) failures[c.name] = found;
  }
  return failures;
}

describe('packets of the bundled example and every eval case', () => {
  it('covers the example and at least ten eval cases', () => {
    expect(cases[0]?.name).toBe('example');
    expect(cases.length).toBeGreaterThan(10);
  });

  it('validate against the shared packet schema (ajv 2020, formats)', () => {
    const schema = loadPacketSchema();
    if (!('validate' in schema)) throw new Error(schema.missing);
    expect(each((c) => schema.validate(JSON.parse(c.json)))).toEqual({});
  });

  it('are byte-identical when prepared twice from the same input', () => {
    expect(each((c) => (c.json === c.again ? [] : ['packet.json differs']))).toEqual({});
  });

  it('cite only evidence that exists, in facts, timeline, decision and draft markers', () => {
    expect(
      each((c) => {
        const ids = new Set(c.packet.evidence.map((e) => e.id));
        const { drafts } = c.packet;
        const markdown = [drafts.brief, drafts.handoff, drafts.internalPost].join('\n');
        const markers = [...markdown.matchAll(/\[(S\d+:[A-Za-z0-9._:-]+)\]/g)].map((m) => m[1] ?? '');
        const timeline = c.packet.timeline.flatMap((t) => t.cites);
        const gone = [...markers, ...timeline].filter((id) => !ids.has(id));
        return [...checkCites(c.packet).unresolved, ...gone];
      }),
    ).toEqual({});
  });

  it('carry the claim substance in the cited evidence', () => {
    // a start date resolved from "since Tuesday" cannot appear literally: its evidence must hold the relative words
    const RELATIVE =
      /\b(?:yesterday|today|ago|last|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|week)\b/i;
    expect(
      each((c) => {
        const byId = new Map(c.packet.evidence.map((e) => [e.id, e.text]));
        const relativeStart = (c.packet.facts.startedAt?.cites ?? []).some((id) =>
          RELATIVE.test(byId.get(id) ?? ''),
        );
        return checkCites(c.packet).unsupported.filter(
          (u) => !(u.startsWith('facts.startedAt:') && relativeStart),
        );
      }),
    ).toEqual({});
  });

  it('keep every mustNotSayToCustomer string out of the customer update', () => {
    expect(
      each((c) => {
        const text = c.packet.drafts.customerUpdate.text.toLowerCase();
        return c.mustNotSay.filter((s) => text.includes(s.toLowerCase()));
      }),
    ).toEqual({});
  });

  it('keep internal-only tokens and staff names out of the customer update', () => {
    expect(
      each((c) => {
        // a published help article is public: the names in its steps (Settings, Outlook) are not staff
        const published = publishedArticleIds(c.packet.evidence, c.packet.sources);
        const internal = internalOnlyTokens(c.packet.evidence, c.packet.sources, published);
        const text = c.packet.drafts.customerUpdate.text;
        return [
          ...internal.tokens.filter((t) => asWholeToken(t).test(text)),
          ...internal.names.filter((n) => new RegExp(`\\b${n}\\b`).test(text)),
        ];
      }),
    ).toEqual({});
  });

  it('make no gated commitment in the customer update except as a placeholder tied to a pending gate', () => {
    expect(
      each((c) => {
        const update = c.packet.drafts.customerUpdate;
        const pending = new Set(c.packet.gates.filter((g) => g.state === 'pending').map((g) => g.id));
        const bad = update.placeholders.filter((p) => !pending.has(p.gate)).map((p) => p.token);
        let bare = update.text;
        for (const p of update.placeholders) bare = bare.split(p.token).join(' ');
        const commitment = findOwnCommitment(bare);
        if (commitment) bad.push(`${commitment.kind}: ${commitment.words}`);
        if (/\{\{[A-Z_]+\}\}/.test(bare)) bad.push('a placeholder token without a gate');
        return [...bad, ...checkUpdateLeaks(c.packet)];
      }),
    ).toEqual({});
  });

  it('drop authors’ e-mail addresses from the evidence', () => {
    expect(each((c) => (/"email":/.test(c.json) ? ['author e-mail kept'] : []))).toEqual({});
  });
});
