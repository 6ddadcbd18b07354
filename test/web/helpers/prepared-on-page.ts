/** @module A real `spine serve`, Debian's chromium signed in as the admin, and one handoff prepared through the page. */
import type { Browser, Page } from 'playwright-core';
import { IntakePage } from '../pages/intake-page.js';
import { LoginPage } from '../pages/login-page.js';
import { ensureWebBuild } from './ensure-web-build.js';
import { launchBrowser } from './launch-browser.js';
import { ADMIN, type SpineServer, startSpineServer } from './spine-server.js';

export interface PreparedOnPage {
  readonly server: SpineServer;
  readonly browser: Browser;
  readonly page: Page;
  readonly packetId: string;
  /** page errors and console errors (other than expected 400/404 answers) seen since sign-in */
  readonly problems: string[];
  close(): Promise<void>;
}

export async function prepareOnPage(options: {
  /** the files to drop on the intake form (a zip or loose files) */
  files: () => Promise<string[]> | string[];
  title: string;
  viewport?: { width: number; height: number };
  /** environment for `spine serve` (e.g. SPINE_KNOWLEDGE) */
  env?: Record<string, string>;
}): Promise<PreparedOnPage> {
  ensureWebBuild();
  const [server, browser] = await Promise.all([startSpineServer(options.env), launchBrowser()]);
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  // signed out, the page's first session check is a 401: listen once signed in
  await new LoginPage(page).signIn(server.url, ADMIN.email, ADMIN.password);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 40[04]/.test(message.text())) problems.push(message.text());
  });
  const intake = new IntakePage(page);
  await intake.open();
  const packetId = await intake.prepare(await options.files(), { title: options.title });
  return {
    server,
    browser,
    page,
    packetId,
    problems,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
