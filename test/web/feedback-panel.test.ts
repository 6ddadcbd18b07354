/// <reference lib="dom" />
/**
 * The Feedback panel in Debian's chromium against a real `spine serve`: a receiver rates the
 * handoff by keyboard with what was missing, a reviewer corrects a fact, and both are still there
 * after a reload, in the API and in the audit log.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/ensure-web-build.js';
import { type PreparedOnPage, prepareOnPage } from './helpers/prepared-on-page.js';
import { ADMIN, type SpineServer } from './helpers/spine-server.js';
import { FeedbackPanel } from './pages/feedback-panel.js';
import { PacketPage } from './pages/packet-page.js';

const SHOTS = join(REPO_ROOT, 'test-artifacts/web');
const HANDOFF = fileURLToPath(new URL('../fixtures/export-case/handoff', import.meta.url));
let server: SpineServer;
let page: Page;
let packetId: string;
let problems: string[] = [];
let setup: PreparedOnPage | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  setup = await prepareOnPage({
    files: () => [join(HANDOFF, 'customer-email.eml'), join(HANDOFF, 'internal-notes.md')],
    title: 'Fernhollow invoices stuck',
    viewport: { width: 1280, height: 900 },
  });
  ({ server, page, packetId, problems } = setup);
}, 300_000);

afterAll(async () => {
  await setup?.close();
});

interface Feedback {
  kind: string;
  rating: string | null;
  field: string | null;
  value: unknown;
  note: string | null;
  actor: string;
}

describe('the Feedback panel', () => {
  it('rates the handoff by keyboard with what was missing', async () => {
    await new PacketPage(page).open(server.url, packetId);
    const panel = new FeedbackPanel(page);
    await panel.root.scrollIntoViewIfNeeded();
    await panel.rate('I had to ask', 'Which shard their tenant is on');
    await panel.status.filter({ hasText: 'Saved: you had to ask.' }).waitFor();
    await panel.root.getByText('0 knew their first move, 1 had to ask').waitFor();
    expect(await panel.root.getByLabel('What was missing? (optional)').inputValue()).toBe('');
  }, 60_000);

  it('corrects a fact with its right value', async () => {
    const panel = new FeedbackPanel(page);
    await panel.correct(/^Started at: 2026-11-16$/, '2026-11-15', 'stalled after Sunday maintenance');
    await panel.status.filter({ hasText: 'Saved: Started at corrected.' }).waitFor();
    const line = panel.corrections.getByRole('listitem');
    await line.first().waitFor();
    expect(await line.allTextContents()).toEqual([
      expect.stringMatching(/^facts\.startedAt → 2026-11-15 by .*stalled after Sunday maintenance/),
    ]);
    // the choice now shows the corrected value
    await panel.root.getByRole('button', { name: 'A fact is wrong' }).click();
    expect(await panel.root.getByRole('option', { name: 'Started at: 2026-11-15' }).count()).toBe(1);
  }, 60_000);

  it('still shows both after a reload, and the API and audit log have them', async () => {
    await page.reload();
    await new PacketPage(page).evidenceHeading.waitFor();
    const panel = new FeedbackPanel(page);
    await panel.root.getByText('0 knew their first move, 1 had to ask. You said you had to ask.').waitFor();
    await panel.root
      .getByRole('list', { name: 'What was missing' })
      .getByText(/Which shard their tenant is on/)
      .waitFor();
    expect(await panel.corrections.getByRole('listitem').count()).toBe(1);
    await panel.root.screenshot({ path: join(SHOTS, 'feedback-panel.png') });

    const api = await page.request.get(`${server.url}/api/packets/${packetId}/feedback`);
    const feedback = ((await api.json()) as { feedback: Feedback[] }).feedback;
    expect(feedback).toEqual([
      expect.objectContaining({
        kind: 'handoff',
        rating: 'had-to-ask',
        note: 'Which shard their tenant is on',
        actor: ADMIN.email,
      }),
      expect.objectContaining({
        kind: 'fact',
        field: 'facts.startedAt',
        value: '2026-11-15',
        note: 'stalled after Sunday maintenance',
        actor: ADMIN.email,
      }),
    ]);
    const audit = await page.request.get(`${server.url}/api/packets/${packetId}/audit`);
    const names = ((await audit.json()) as { events: Array<{ name: string }> }).events.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['handoff.rated', 'fact.corrected']));
    expect(problems).toEqual([]);
  }, 60_000);
});
