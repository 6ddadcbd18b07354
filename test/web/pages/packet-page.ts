/** @module One packet under review: citations, decision, drafts, gates, sending. */
import type { Locator, Page } from 'playwright-core';

export class PacketPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, id: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/packets/${encodeURIComponent(id)}`);
    await this.evidenceHeading.waitFor();
  }

  get evidenceHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Evidence \(\d+\)$/ });
  }

  /** The evidence list entry for a citation id. */
  evidenceItem(cite: string): Locator {
    return this.page.locator(`[id="ev-${cite}"]`);
  }

  citedHeading(cite: string): Locator {
    return this.page.getByRole('heading', { name: `Cited: ${cite}` });
  }

  async overrideSeverity(level: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Override severity' }).click();
    const form = this.page.getByRole('form', { name: 'Override severity' });
    await form.getByLabel('New severity').fill(level);
    await form.getByLabel('Reason for the override').fill(reason);
    await form.getByRole('button', { name: 'Save override' }).click();
  }

  async editCustomerUpdate(edit: (text: string) => string, revision = 1): Promise<string> {
    await this.page.getByRole('tab', { name: /Customer update/ }).click();
    await this.page.getByRole('button', { name: 'Edit customer update' }).click();
    const box = this.page.getByLabel('Customer update text');
    const next = edit(await box.inputValue());
    await box.fill(next);
    await this.page.getByRole('button', { name: 'Save customer update' }).click();
    await this.page.getByText(new RegExp(`^Revision ${revision} by `)).waitFor();
    return next;
  }

  gate(id: string): Locator {
    return this.page.getByRole('listitem', { name: `Gate ${id}` });
  }

  async approveGate(id: string): Promise<void> {
    const gate = this.gate(id);
    await gate.getByRole('button', { name: `Approve ${id}`, exact: true }).click();
    await gate.locator('.badge.gate-approved').waitFor();
  }

  /** Rejecting asks for the reason first; the gate then shows it. */
  async rejectGate(id: string, reason: string): Promise<void> {
    const gate = this.gate(id);
    await gate.getByRole('button', { name: `Reject ${id}…`, exact: true }).click();
    await gate.getByLabel(`Why reject ${id}?`).fill(reason);
    await gate.getByRole('button', { name: `Confirm rejection of ${id}`, exact: true }).click();
    await gate.locator('.badge.gate-rejected').waitFor();
  }

  get markSent(): Locator {
    return this.page.getByRole('button', { name: 'Mark customer update as sent' });
  }
}
