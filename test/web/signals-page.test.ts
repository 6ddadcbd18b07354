/// <reference lib="dom" />
/**
 * The signals page in Debian's chromium against a real `spine serve`: a lead finds it in the header,
 * sees this week's packets prepared and the weekly table from the store; a support agent gets no link
 * and the API refuses them. A screenshot lands in docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, REPO_ROOT } from './helpers/ensure-web-build.js';
import { launchBrowser } from './helpers/launch-browser.js';
import { type Account, type SpineServer, startSpineServer } from './helpers/spine-server.js';
import { LoginPage } from './pages/login-page.js';

const SHOTS = join(REPO_ROOT, 'docs/screenshots');
const LEAD: Account = {
  email: 'lead.signals@spine.test',
  name: 'Lou Lead',
  password: 'weekly signals 2026',
  role: 'lead',
};
const AGENT: Account = {
  email: 'agent.signals@spine.test',
  name: 'Sam Support',
  password: 'weekly signals 2026',
  role: 'support',
};
// A pasted chat handoff of our own wording, prepared by the real pipeline.
const PASTED = [
  'Priya Nair  10:02 AM',
  'Customer Lumen Freight says invoice exports stop at 500 rows since the upgrade; 12 users affected.',
  'Jordan Lee  10:15 AM',
  'Cleared their export cache and retried; the file is still cut at 500 rows. Escalating.',
].join('\n');

let server: SpineServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function signedIn(account: Account): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const opened = await context.newPage();
  await new LoginPage(opened).signIn(server.url, account.email, account.password);
  return opened;
}

/** Uploads the pasted thread through the API as the signed-in page would, and waits until it is prepared. */
async function prepareOne(on: Page): Promise<string> {
  const session = (await (await on.request.get(`${server.url}/api/session`)).json()) as { csrfToken: string };
  const created = await on.request.post(`${server.url}/api/packets`, {
    multipart: { title: 'Invoice export cut short', text: PASTED },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(created.status(), await created.text()).toBe(202);
  const { id } = (await created.json()) as { id: string };
  for (let i = 0; i < 300; i++) {
    const view = (await (await on.request.get(`${server.url}/api/packets/${id}`)).json()) as {
      jobStatus: string;
    };
    if (view.jobStatus !== 'preparing') {
      expect(view.jobStatus).toBe('ready');
      return id;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the packet was not prepared in 60 s');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureWebBuild();
  [server, browser] = await Promise.all([startSpineServer(), launchBrowser()]);
  await server.addUser(LEAD);
  await server.addUser(AGENT);
  page = await signedIn(LEAD);
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await prepareOne(page);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the signals page', () => {
  it('shows a lead this week’s packets prepared and the weekly table, from the store', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Signals' }).click();
    await page.getByRole('heading', { name: 'Signals', level: 1 }).waitFor();
    const api = (await (await page.request.get(`${server.url}/api/signals?weeks=8`)).json()) as {
      weeks: Array<{ packetsPrepared: number; packetsUploaded: number }>;
    };
    expect(api.weeks[0]).toMatchObject({ packetsPrepared: 1, packetsUploaded: 1 });

    const thisWeek = page.getByRole('region', { name: /^This week so far/ });
    const prepared = thisWeek.getByRole('definition').filter({ hasText: 'of 1 uploaded' });
    await expect(prepared.locator('.figure-value').textContent()).resolves.toBe('1');
    // The page says which clock the weeks follow.
    await expect(page.getByText(/Weeks run Monday to Sunday in UTC/).count()).resolves.toBe(1);

    const table = page.getByRole('table', { name: 'Week by week, newest first' });
    const rows = table.getByRole('row');
    // a header row and eight weeks
    await expect(rows.count()).resolves.toBe(9);
    const newest = rows.nth(1);
    const cells = await newest.getByRole('cell').allTextContents();
    expect(cells[0]).toBe('1 of 1');
    // a median time to review-ready was measured (not the dash of a week without packets)
    expect(cells[1]).toMatch(/^\d+ (s|min) \/ \d+ (s|min)$/);
    expect(await rows.nth(2).getByRole('cell').first().textContent()).toBe('0 of 0');
    await page.screenshot({ path: join(SHOTS, '07-signals.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 60_000);

  it('loads fewer weeks when asked', async () => {
    await page.getByLabel('Show').selectOption({ label: 'last 4 weeks' });
    const rows = page.getByRole('table', { name: 'Week by week, newest first' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(5);
  }, 30_000);

  it('gives a support agent no link, and the API refuses them', async () => {
    const agent = await signedIn(AGENT);
    const nav = agent.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Queue' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'Signals' }).count()).resolves.toBe(0);
    const refused = await agent.request.get(`${server.url}/api/signals?weeks=4`);
    expect(refused.status()).toBe(403);
    await agent.goto(`${server.url}/#/signals`);
    await expect(agent.getByRole('alert').textContent()).resolves.toBe(
      'Only leads and admins can see the weekly signals; you are signed in as support.',
    );
    await agent.context().close();
  }, 60_000);
});
