/**
 * @module Keeps the customer-update leak check honest: the teams' own draft replies in the shared
 * eval cases are known to over-promise or leak, so the check, run on each draft as if it were the
 * update, must find something in every one of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvalPrepare } from '../../src/app/eval-prepare.js';
import { checkUpdateLeaks } from '../../src/core/eval/check-update-leaks.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CASES = path.resolve(repoRoot, '../shared/eval/cases');
const present = existsSync(CASES);

if (!present) console.warn(`leak-check-on-drafts.test: skipped, no eval cases at ${CASES}`);

describe.skipIf(!present)('leak check on the teams’ draft replies', () => {
  const { prepare, close } = createEvalPrepare();
  afterAll(() => close());

  it('flags every draft reply that the cases ship with', async () => {
    const unflagged: string[] = [];
    let drafts = 0;
    for (const name of readdirSync(CASES).filter((n) => existsSync(path.join(CASES, n, 'expected.json')))) {
      const { asOf } = JSON.parse(readFileSync(path.join(CASES, name, 'expected.json'), 'utf8'));
      const { packet } = await prepare(path.join(CASES, name, 'handoff'), { asOf });
      const draftIds = new Set(packet.sources.filter((s) => s.kind === 'draft').map((s) => s.id));
      const text = packet.evidence
        .filter((e) => draftIds.has(e.source))
        .map((e) => e.text)
        .join('\n');
      if (!text) continue;
      drafts += 1;
      const asUpdate = {
        ...packet,
        drafts: { ...packet.drafts, customerUpdate: { text, placeholders: [] } },
      };
      if (checkUpdateLeaks(asUpdate).length === 0) unflagged.push(name);
    }
    expect(drafts).toBeGreaterThanOrEqual(5);
    expect(unflagged).toEqual([]);
  });
});
