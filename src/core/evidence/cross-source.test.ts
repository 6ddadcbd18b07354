import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groupUnits } from '../intake/group-units.js';
import { runIntake } from '../intake/run-intake.js';
import type { Evidence } from '../model/evidence.js';
import type { IntakeFile } from '../model/intake.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const CASES = path.resolve(repoRoot, '../shared/eval/cases');

function filesUnder(root: string, dir = root): IntakeFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(root, full);
    return [
      {
        name: path.relative(root, full).split(path.sep).join('/'),
        bytes: new Uint8Array(readFileSync(full)),
      },
    ];
  });
}

async function evidenceOf(caseName: string): Promise<Evidence[]> {
  const units = groupUnits(filesUnder(path.join(CASES, caseName, 'handoff')));
  return [...(await runIntake(units)).evidence];
}

// Whole handoffs without screenshots, so no OCR runs: the passes see every parser's real output.
describe('resolve-authors and collapse-copies over whole handoffs', () => {
  it('07: the forwarded first message and the ticket description collapse into the first comment', async () => {
    const evidence = await evidenceOf('07-double-charge-refund');
    const forwarded = evidence.filter(
      (e) => e.meta?.unit === 'email' && /^We were charged twice|^Hello,/.test(e.text),
    );
    expect(forwarded).toEqual([]);
    const first = evidence.find((e) => e.meta?.copies?.some((id) => id.endsWith(':fwd1')));
    expect(first?.meta?.unit).toBe('comment');
    expect(first?.text).toContain('We were charged twice');
    expect(first?.meta?.copies).toHaveLength(2);
    expect(evidence.some((e) => e.meta?.field === 'description')).toBe(false);
    // The forwarding note itself is new: it stays, authored by the customer from the manifest.
    const note = evidence.find((e) => e.id.endsWith(':m1'));
    expect(note?.author).toMatchObject({ name: 'Sigrún Jónsdóttir', role: 'customer', side: 'external' });
  });

  it('12: the customer e-mail author becomes the customer by domain, staff stay internal', async () => {
    const evidence = await evidenceOf('12-webhook-delays-statuspage');
    const mail = evidence.find((e) => e.meta?.unit === 'email');
    expect(mail?.author).toMatchObject({
      email: 'joao.ribeiro@copperline.com.br',
      role: 'customer',
      side: 'external',
    });
    const staff = evidence.filter((e) => e.author?.email?.endsWith('@shipbeam.com'));
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((e) => e.author?.side === 'internal')).toBe(true);
  });

  it('04: manifest roles reach the e-mail, the draft signer and the pasted chat', async () => {
    const evidence = await evidenceOf('04-audit-log-churn-threat');
    const byUnit = (unit: string) => evidence.filter((e) => e.meta?.unit === unit);
    expect(byUnit('email')[0]?.author).toMatchObject({
      name: 'Lucas Ferreira',
      role: 'customer',
      side: 'external',
    });
    expect(byUnit('draft')[0]?.author).toMatchObject({ name: 'Nadia', role: 'success', side: 'internal' });
    expect(byUnit('account').map((e) => e.text)).toContain('ARR: $420,000');
  });
});
