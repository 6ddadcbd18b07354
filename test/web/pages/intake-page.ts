/** @module New packet: choose files, prepare, read what intake made of each file. */
import type { Page } from 'playwright-core';

export class IntakePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'New packet' }).first().click();
    await this.page.getByRole('heading', { name: 'New packet' }).waitFor();
  }

  /** Uploads the files, waits for preparing to end and returns the packet id from "Open packet". */
  async prepare(files: string[], options: { title?: string; pasted?: string } = {}): Promise<string> {
    if (options.title) await this.page.getByLabel('Title (optional)').fill(options.title);
    await this.page.getByLabel('Choose files or a zip').setInputFiles(files);
    if (options.pasted)
      await this.page.getByLabel('Or paste a Slack thread or an e-mail').fill(options.pasted);
    await this.page.getByRole('button', { name: 'Prepare packet' }).click();
    await this.page.getByRole('heading', { name: 'Packet prepared' }).waitFor({ timeout: 90_000 });
    const link = this.page.getByRole('link', { name: 'Open packet' });
    const target = (await link.getAttribute('href')) ?? '';
    return decodeURIComponent(target.replace('#/packets/', ''));
  }
}
