/** @module Debian's chromium through playwright-core: headless, offline-minded, a fresh profile each launch. */
import { type Browser, chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `chromium.launch` gives every browser its own temporary user-data-dir, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}
