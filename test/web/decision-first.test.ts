/// <reference lib="dom" />
/**
 * The packet page in Debian's chromium against a real `spine serve`: the decision is the first thing
 * on screen at 1280×800, an owner can be assigned, gates are approved in one go and next actions
 * follow, and a wrong packet link never leaves another packet's buttons live.
 * Screenshots of each step land in docs/screenshots/ (the README shows them).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/ensure-web-build.js';
import { EXAMPLE_DIR, zipFolder } from './helpers/handoff-zips.js';
import { type PreparedOnPage, prepareOnPage } from './helpers/prepared-on-page.js';
import { ADMIN, type SpineServer } from './helpers/spine-server.js';
import { LoginPage } from './pages/login-page.js';
import { PacketPage } from './pages/packet-page.js';

const SHOTS = join(REPO_ROOT, 'docs/screenshots');
let server: SpineServer;
let page: Page;
let packetId: string;
let problems: string[] = [];
let setup: PreparedOnPage | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  setup = await prepareOnPage({
    files: async () => [await zipFolder(EXAMPLE_DIR, 'northwind-decision.zip')],
    title: 'Northwind order sync',
  });
  ({ server, page, packetId, problems } = setup);
}, 300_000);

afterAll(async () => {
  await setup?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** The element's box, which must lie wholly inside the 1280×800 window without scrolling. */
async function aboveTheFold(selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    return Boolean(
      box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && window.scrollY === 0,
    );
  }, selector);
}

describe('the packet page, decision first', () => {
  it('shows headline, account, escalate with its rule, severity, targets, owner, respond-by and next update above the fold', async () => {
    await new PacketPage(page).open(server.url, packetId);
    const header = page.locator('.decision-header');
    await header.waitFor();
    expect(await aboveTheFold('.decision-header')).toBe(true);
    const terms = await header.locator('dt').allTextContents();
    expect(terms).toEqual([
      'Account',
      'Decision',
      'Severity',
      'Targets',
      'Owner',
      'Respond by',
      'Next update',
    ]);
    const view = (await (await page.request.get(`${server.url}/api/packets/${packetId}`)).json()) as {
      headline: string;
      severity: string;
      packet: {
        decision: { escalate: boolean; criteria: Array<{ id: string }>; targets: Array<{ team: string }> };
      };
    };
    const text = (await header.textContent()) ?? '';
    expect(text).toContain(view.headline);
    expect(text).toContain(view.severity);
    expect(text).toContain(view.packet.decision.escalate ? 'Escalate' : 'Support handles');
    if (view.packet.decision.criteria[0]) expect(text).toContain(`[${view.packet.decision.criteria[0].id}]`);
    for (const target of view.packet.decision.targets) expect(text).toContain(target.team);
    // Known unknowns come right after the decision.
    const unknowns = await page.getByRole('heading', { name: /^Known unknowns/ }).boundingBox();
    const headerBox = await header.boundingBox();
    expect(unknowns && headerBox && unknowns.y > headerBox.y + headerBox.height).toBe(true);
    await shot('01-decision-header');
  }, 60_000);

  it('assigns an owner from the header, and the audit log says who did', async () => {
    const header = page.locator('.decision-header');
    await header.getByRole('button', { name: 'Assign owner' }).click();
    await header.getByLabel('Owner').selectOption({ label: `${ADMIN.name} (admin)` });
    await shot('02-assign-owner');
    await header.getByRole('button', { name: 'Assign', exact: true }).click();
    await header.getByRole('button', { name: 'Reassign' }).waitFor();
    expect(await header.locator('.owner strong').textContent()).toBe(ADMIN.name);
    const audit = (await (await page.request.get(`${server.url}/api/packets/${packetId}/audit`)).json()) as {
      events: Array<{ name: string; actor: string }>;
    };
    expect(audit.events.filter((e) => e.name === 'packet.owner_assigned').map((e) => e.actor)).toEqual([
      ADMIN.email,
    ]);
    await shot('03-owner-assigned');
  }, 60_000);

  it('gives a pending gate one decision: approve, or reject with a reason asked for only then', async () => {
    const packet = new PacketPage(page);
    const gates = page.locator('.gates > li');
    expect(await gates.count()).toBeGreaterThan(0);
    // Every pending gate: exactly two buttons, no text field until a rejection is started.
    for (const gate of await gates.all()) {
      expect(await gate.getByRole('button').allTextContents()).toEqual([
        expect.stringMatching(/^Approve G-/),
        expect.stringMatching(/^Reject G-.+…$/),
      ]);
      expect(await gate.getByRole('textbox').count()).toBe(0);
    }
    await page.locator('section[aria-labelledby="gates-title"]').scrollIntoViewIfNeeded();
    await shot('04-gates-pending');

    const first = (await gates.first().locator('strong').textContent()) ?? '';
    const row = packet.gate(first);
    await row.getByRole('button', { name: `Reject ${first}…` }).click();
    const confirm = row.getByRole('button', { name: `Confirm rejection of ${first}` });
    expect(await confirm.isDisabled()).toBe(true);
    await row.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.getByRole('textbox').count()).toBe(0);

    const reason = 'the customer has not confirmed the affected stores yet';
    await packet.rejectGate(first, reason);
    expect(await row.textContent()).toContain(`rejected by ${ADMIN.email}`);
    expect(await row.textContent()).toContain(reason);
    // A rejected gate can still be approved, and that is all it offers.
    expect(await row.getByRole('button').allTextContents()).toEqual([`Approve ${first}`]);
    const audit = (await page.evaluate(
      async (id) => (await fetch(`/api/packets/${id}/audit`)).json(),
      packetId,
    )) as { events: Array<{ name: string; properties: { comment?: string } }> };
    expect(audit.events.filter((e) => e.name === 'gate.rejected').map((e) => e.properties.comment)).toEqual([
      reason,
    ]);
  }, 60_000);

  it('approves every gate it may in one click; approved gates lose Reject and next actions stop saying "needs"', async () => {
    const gates = page.locator('.gates > li');
    const count = await gates.count();
    const rejected = await page.locator('.gates .badge.gate-rejected').count();
    const pending = count - rejected;
    const actions = page.locator('section[aria-labelledby="actions-title"]');
    expect(await actions.locator('.gate-ref').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Reject G-/ }).count()).toBe(pending);

    await page.getByRole('button', { name: `Approve all I may approve (${pending})` }).click();
    await page.getByRole('heading', { name: `Approval gates (0 pending of ${count})` }).waitFor();
    expect(await page.locator('.gates .badge.gate-approved').count()).toBe(pending);
    // The rejected gate stays rejected until someone approves it on its own.
    for (const gate of await page.locator('.gates > li.gate-rejected').all()) {
      await gate.getByRole('button', { name: /^Approve G-/ }).click();
    }
    await page
      .locator('.gates .badge.gate-approved')
      .nth(count - 1)
      .waitFor();
    expect(await page.getByRole('button', { name: /^(Reject|Approve) G-/ }).count()).toBe(0);
    expect(await actions.locator('.gate-ref').count()).toBe(0);
    await shot('05-gates-approved');
  }, 60_000);

  it('a mistyped or missing packet link shows a clear not-found state, never the previous packet', async () => {
    await new PacketPage(page).open(server.url, packetId);
    // One character off: a well-formed id of no packet, reached by a route change from a live packet.
    const typo = `${packetId.slice(0, -1)}${packetId.endsWith('0') ? '1' : '0'}`;
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/packets/${typo}`);
    await page.getByRole('heading', { name: 'No such packet' }).waitFor();
    expect(await page.getByText(typo).count()).toBe(1);
    expect(await page.locator('.decision-header, .gates, .evidence-column').count()).toBe(0);
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Approve|Reject|Override|Confirm|Assign|Mark/ })
        .count(),
    ).toBe(0);
    await shot('06-packet-not-found');

    await page.evaluate(() => {
      window.location.hash = '#/packets/not-a-packet';
    });
    await page.getByText('not-a-packet').waitFor();
    expect(await page.getByRole('heading', { name: 'No such packet' }).count()).toBe(1);

    // And from the missing link back to a real one, the real one loads whole.
    await page.getByRole('link', { name: 'Back to the queue' }).click();
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/packets/${packetId}`);
    await page.locator('.decision-header').waitFor();
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows a viewer (outside the team) only the public conversation, with nothing to decide', async () => {
    const viewer = { email: 'viewer@example.com', name: 'Val Viewer', password: 'a long viewer password' };
    const { internal, publicCount } = await page.evaluate(
      async ({ id, user }) => {
        const { csrfToken } = await (await fetch('/api/session')).json();
        const created = await fetch('/api/users', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify({ ...user, role: 'viewer' }),
        });
        if (created.status !== 201 && created.status !== 200) throw new Error(await created.text());
        const view = await (await fetch(`/api/packets/${id}`)).json();
        const items = view.packet.evidence as Array<{ visibility: string; text: string }>;
        return {
          internal: items.filter((item) => item.visibility === 'internal').map((item) => item.text),
          publicCount: items.filter((item) => item.visibility === 'public').length,
        };
      },
      { id: packetId, user: viewer },
    );
    expect(internal.length).toBeGreaterThan(0);
    expect(publicCount).toBeGreaterThan(0);
    const context = await setup!.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const viewerPage = await context.newPage();
      await new LoginPage(viewerPage).signIn(server.url, viewer.email, viewer.password);
      await viewerPage.evaluate((hash) => {
        window.location.hash = hash;
      }, `#/packets/${packetId}`);
      await viewerPage.getByRole('heading', { name: /^Public conversation \(\d+\)$/ }).waitFor();
      const shown = await viewerPage.locator('.evidence-list li.evidence p').allTextContents();
      expect(shown).toHaveLength(publicCount);
      expect(shown.filter((text) => internal.includes(text))).toEqual([]);
      expect(
        await viewerPage
          .getByRole('button')
          .filter({ hasText: /Approve|Reject|Override|Mark/ })
          .count(),
      ).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);
});
