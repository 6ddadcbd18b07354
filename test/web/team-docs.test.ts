/// <reference lib="dom" />
/**
 * The team's docs on the packet page, in Debian's chromium against a real `spine serve` started with
 * SPINE_KNOWLEDGE: a handoff whose answer is in the help centre stays in support, the page lists the
 * articles Spine considered with the one it cited, and the customer update carries the article's steps.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/ensure-web-build.js';
import { zipFolder } from './helpers/handoff-zips.js';
import { type PreparedOnPage, prepareOnPage } from './helpers/prepared-on-page.js';
import type { SpineServer } from './helpers/spine-server.js';
import { PacketPage } from './pages/packet-page.js';

const HANDOFF = join(REPO_ROOT, 'examples/report-emails-blocked');
const DOCS = join(REPO_ROOT, 'examples/help-centre');

let server: SpineServer;
let page: Page;
let packetId: string;
let setup: PreparedOnPage | undefined;

beforeAll(async () => {
  setup = await prepareOnPage({
    files: async () => [await zipFolder(HANDOFF, 'report-emails.zip')],
    title: 'Report emails',
    env: { SPINE_KNOWLEDGE: DOCS },
  });
  ({ server, page, packetId } = setup);
}, 300_000);

afterAll(async () => {
  await setup?.close();
});

describe('the team’s docs on the packet page', () => {
  it('keeps the handoff in support on the team-docs rule, citing the article', async () => {
    const view = (await (await page.request.get(`${server.url}/api/packets/${packetId}`)).json()) as {
      packet: {
        decision: { escalate: boolean; criteria: Array<{ id: string }> };
        knowledge?: { considered: Array<{ title: string; chosen: boolean; cite?: string }> };
        drafts: { customerUpdate: { text: string } };
      };
    };
    expect(view.packet.decision.escalate).toBe(false);
    expect(view.packet.decision.criteria.map((r) => r.id)).toContain('handle-team-docs');
    const cited = view.packet.knowledge?.considered.filter((a) => a.chosen) ?? [];
    expect(cited.map((a) => a.title)).toContain('Scheduled report emails are rejected by your mail server');
    expect(view.packet.drafts.customerUpdate.text).toMatch(/1\. Ask your email administrator/);
    expect(view.packet.drafts.customerUpdate.text).not.toMatch(/Runbook/i);
  });

  it('lists what was considered and links the cited public article', async () => {
    await new PacketPage(page).open(server.url, packetId);
    await page.getByText(/^Team docs considered \(\d+ of \d+; 2 cited\)$/).click();
    const list = page.getByRole('list', { name: 'Team docs considered, best match first' });
    const cited = list.getByRole('listitem').filter({ hasText: 'Cited:' }).first();
    const link = cited.locator('a[target="_blank"]');
    expect(await link.textContent()).toBe('Scheduled report emails are rejected by your mail server');
    expect(await link.getAttribute('href')).toBe(
      'https://help.ourapp.example/articles/kb-report-email-allowlist',
    );
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await cited.textContent()).toMatch(/public article/);
    expect(await list.getByRole('listitem').filter({ hasText: 'internal runbook' }).count()).toBeGreaterThan(
      0,
    );
  });
});
