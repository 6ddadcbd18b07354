/// <reference lib="dom" />
/**
 * @module Time from navigation start to the packet page's `spine:packet-rendered` mark, measured
 * in the browser on a full page load (a fresh document, not a hash change).
 */
import type { Page } from 'playwright-core';

export interface PacketLoad {
  /** ms from navigation start to the mark (includes fetching the page, the script and the packet) */
  readonly ms: number;
  /** evidence items in the packet, and entries in the evidence list when the mark was taken */
  readonly evidence: number;
  readonly rendered: number;
}

export async function measurePacketLoad(page: Page, baseUrl: string, id: string): Promise<PacketLoad> {
  await page.goto('about:blank');
  await page.goto(`${baseUrl}/#/packets/${encodeURIComponent(id)}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('spine:packet-rendered').length > 0,
    undefined,
    {
      timeout: 30_000,
    },
  );
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('spine:packet-rendered')[0] as PerformanceMark;
    const detail = mark.detail as { evidence: number };
    return {
      ms: mark.startTime,
      evidence: detail.evidence,
      rendered: document.querySelectorAll('.evidence-list li.evidence').length,
    };
  });
}
