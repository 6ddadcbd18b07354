/** @module Test factories: evidence items and a whole IntakeResult built from short specs. */
import type { Evidence, Role, Source, SourceKind } from '../../src/core/model/evidence.js';
import type { IntakeResult } from '../../src/core/model/intake.js';
import type { Manifest } from '../../src/core/model/manifest.js';

/** A compact description of one evidence item for tests. */
export interface ItemSpec {
  text: string;
  role?: Role;
  at?: string | null;
  visibility?: 'public' | 'internal';
  kind?: SourceKind;
  meta?: Evidence['meta'];
  name?: string;
  email?: string;
  /** the author's clock as the source states it */
  zone?: string;
}

const SIDE: Record<
  Role,
  Evidence['author'] extends infer A ? (A extends { side: infer S } ? S : never) : never
> = {
  customer: 'external',
  support: 'internal',
  engineering: 'internal',
  success: 'internal',
  leadership: 'internal',
  bot: 'internal',
  unknown: 'unknown',
};

/** One evidence item with sensible defaults (a public customer message at a fixed time). */
export function makeEvidence(spec: ItemSpec, index = 1, source = 'S1'): Evidence {
  const role = spec.role ?? 'customer';
  return {
    id: `${source}:m${index}`,
    source,
    at: spec.at === undefined ? '2026-11-19T10:00:00Z' : spec.at,
    author: {
      name: spec.name ?? `${role} person`,
      role,
      side: SIDE[role],
      ...(spec.email ? { email: spec.email } : {}),
      ...(spec.zone ? { zone: spec.zone } : {}),
    },
    visibility: spec.visibility ?? 'public',
    text: spec.text,
    meta: spec.meta ?? { unit: 'message' },
  };
}

/** An IntakeResult with one source per kind used; item ids are `S<n>:m<index>` in spec order. */
export function makeIntake(specs: readonly ItemSpec[], manifest: Manifest | null = null): IntakeResult {
  const kinds: SourceKind[] = [];
  const evidence = specs.map((spec, i) => {
    const kind = spec.kind ?? 'ticket';
    if (!kinds.includes(kind)) kinds.push(kind);
    return makeEvidence(spec, i + 1, `S${kinds.indexOf(kind) + 1}`);
  });
  const sources: Source[] = kinds.map((kind, i) => ({
    id: `S${i + 1}`,
    name: `${kind}-file`,
    kind,
    format: kind,
    sha256: '0'.repeat(64),
    items: evidence.filter((e) => e.source === `S${i + 1}`).length,
    warnings: [],
    status: 'parsed',
  }));
  return { sources, evidence, manifest, warnings: [] };
}
