/// <reference lib="dom" />
/**
 * The "why" beside facts and signals, in Debian's chromium against a real `spine serve`: a reviewer
 * opens a fact's disclosure with the keyboard and reads which rule found it, the sentence it came
 * from and a cite that leads to that evidence; the classifier's signal shows its label, score and
 * threshold. The packet is prepared through the server (its prepare thread), so the signals reach
 * the page the way they do in production.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/model/trace.js';
import { REPO_ROOT } from './helpers/ensure-web-build.js';
import { EXAMPLE_DIR, zipFolder } from './helpers/handoff-zips.js';
import { type PreparedOnPage, prepareOnPage } from './helpers/prepared-on-page.js';
import type { SpineServer } from './helpers/spine-server.js';
import { PacketPage } from './pages/packet-page.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/web');

interface ViewJson {
  packet: {
    facts: { tried: Array<{ action: string; cites: string[]; trace?: Trace }> };
  };
  explanation: {
    signals: Record<string, unknown>;
    signalTraces: Record<string, Trace[] | undefined>;
  } | null;
}

let server: SpineServer;
let page: Page;
let packetId: string;
let view: ViewJson;
let problems: string[] = [];
let setup: PreparedOnPage | undefined;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  setup = await prepareOnPage({
    files: async () => [await zipFolder(EXAMPLE_DIR, 'northwind-traces.zip')],
    title: 'Northwind traces',
  });
  ({ server, page, packetId, problems } = setup);
  view = (await (await page.request.get(`${server.url}/api/packets/${packetId}`)).json()) as ViewJson;
}, 300_000);

afterAll(async () => {
  await setup?.close();
});

/** The list entry of a card's list that contains `text`, and its "why" disclosure. */
function entry(list: Locator, text: string): { item: Locator; why: Locator; summary: Locator } {
  const item = list.getByRole('listitem').filter({ hasText: text }).first();
  const why = item.locator('details.why-trace');
  return { item, why, summary: why.locator('summary') };
}

describe('why each fact and signal is in the packet', () => {
  it('keeps the signals and their traces with the prepared version', () => {
    expect(view.explanation).not.toBeNull();
    const traces = Object.values(view.explanation?.signalTraces ?? {}).flat();
    expect(traces.length).toBeGreaterThan(0);
    expect(traces.every((t) => t && typeof t.evidence === 'string' && t.sentence.length > 0)).toBe(true);
  });

  it('opens a fact’s why with the keyboard and shows the rule in plain words, the sentence and its cite', async () => {
    const tried = view.packet.facts.tried.find((t) => t.trace?.rule === 'extract-tried');
    expect(tried).toBeDefined();
    const trace = tried?.trace as Trace;

    const packetPage = new PacketPage(page);
    await packetPage.open(server.url, packetId);
    await page.getByText(/^Facts and why \(\d+\)$/).click();
    const facts = page.getByRole('list', { name: 'Facts, each with why it was found' });
    const { why, summary } = entry(facts, tried?.action ?? '');

    const plain = 'Found by a wording rule for what was already tried';
    expect(await why.getByText(plain).isVisible()).toBe(false);
    expect(await summary.textContent()).toContain('how “Tried:');

    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await why.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await why.getByText(plain).waitFor();
    const body = (await why.locator('.why-body').textContent()) ?? '';
    expect(body).toContain(`${plain}, from ${trace.evidence}`);
    expect(body).toContain(`“${trace.sentence.replace(/\s+/g, ' ').trim()}”`);

    // the cite inside the why behaves like every cite on the page: it shows that evidence
    const cite = why.getByRole('link', { name: new RegExp(`^Evidence ${trace.evidence} \\(`) });
    expect(await cite.getAttribute('href')).toBe(
      `#/packets/${packetId}/cite/${encodeURIComponent(trace.evidence)}`,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'fact-trace-open.png') });
    await cite.click();
    await packetPage.citedHeading(trace.evidence).waitFor();

    // Enter again closes it
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await why.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('shows the classifier’s label, score and threshold for the kind of report', async () => {
    const traces = view.explanation?.signalTraces.reportKind ?? [];
    const first = traces[0];
    expect(first?.mechanism).toBe('classifier');
    expect(typeof first?.threshold).toBe('number');

    await new PacketPage(page).open(server.url, packetId);
    await page.getByText(/^Signals the policy read \(\d+\)$/).click();
    const signals = page.getByRole('list', { name: 'Signals, each with why it was set' });
    const { why, summary } = entry(signals, 'Kind of report (classifier)');
    await summary.click();
    const words = { bug: 'bug report', feature: 'feature request', question: 'question' } as const;
    const label = words[first?.label as keyof typeof words];
    const expected = `Found by the classifier: ${label}, score ${first?.score?.toFixed(2)} (threshold ${first?.threshold?.toFixed(2)}), from ${first?.evidence}`;
    await why.getByText(expected).first().waitFor();
    // one line per classified evidence item, each with its own cite
    expect(await why.locator('.why-one').count()).toBe(traces.length);
    expect(problems).toEqual([]);
  });
});
