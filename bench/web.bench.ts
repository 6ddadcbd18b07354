/**
 * @module Review page load benchmark: a packet with 500 (and 2,000) evidence items opened in Debian's
 * chromium from a real `spine serve`, timed in the browser from navigation start to the page's
 * `spine:packet-rendered` mark (page, script, packet JSON and the full evidence list on screen).
 * Target (issue 6): 500 evidence items under 1 s on this machine.
 */
import { ensureWebBuild } from '../test/web/helpers/ensure-web-build.js';
import { slackExportZip } from '../test/web/helpers/handoff-zips.js';
import { launchBrowser } from '../test/web/helpers/launch-browser.js';
import { measurePacketLoad } from '../test/web/helpers/measure-packet-load.js';
import { ADMIN, startSpineServer } from '../test/web/helpers/spine-server.js';
import { IntakePage } from '../test/web/pages/intake-page.js';
import { LoginPage } from '../test/web/pages/login-page.js';
import type { BenchRow } from './run.js';

const LOADS = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export default async function run(): Promise<BenchRow[]> {
  ensureWebBuild();
  const [server, browser] = await Promise.all([startSpineServer(), launchBrowser()]);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await new LoginPage(page).signIn(server.url, ADMIN.email, ADMIN.password);
    const rows: BenchRow[] = [];
    for (const messages of [500, 2_000]) {
      const intake = new IntakePage(page);
      await intake.open();
      const id = await intake.prepare([await slackExportZip(messages)], { title: `${messages} messages` });
      // One warm-up load (first compile of the script), then cold-document loads with a warm HTTP cache.
      await measurePacketLoad(page, server.url, id);
      const times: number[] = [];
      let evidence = 0;
      for (let i = 0; i < LOADS; i++) {
        const load = await measurePacketLoad(page, server.url, id);
        times.push(load.ms);
        evidence = load.rendered;
      }
      rows.push({
        name: `packet page, ${evidence.toLocaleString('en-US')} evidence items`,
        ms: median(times),
        note: `median of ${LOADS} loads (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} ms)${messages === 500 ? '; target < 1,000 ms' : ''}`,
      });
    }
    await context.close();
    return rows;
  } finally {
    await browser.close();
    await server.stop();
  }
}
