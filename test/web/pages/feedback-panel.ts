/** @module The packet page's Feedback panel: rate the handoff, correct a fact, read what was saved. */
import type { Locator, Page } from 'playwright-core';

export class FeedbackPanel {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('region', { name: 'Feedback' });
  }

  get status(): Locator {
    return this.root.getByRole('status');
  }

  get corrections(): Locator {
    return this.root.getByRole('list', { name: 'Corrected facts' });
  }

  /** Rates by keyboard: the note typed into its field, then Enter on the rating button. */
  async rate(button: 'I knew my first move' | 'I had to ask', missing: string): Promise<void> {
    await this.root.getByLabel('What was missing? (optional)').fill(missing);
    await this.root.getByRole('button', { name: button }).focus();
    await this.page.keyboard.press('Enter');
  }

  async correct(fact: RegExp, value: string, note: string): Promise<void> {
    await this.root.getByRole('button', { name: 'A fact is wrong' }).click();
    const form = this.root.getByRole('form', { name: 'Correct a fact' });
    const option = form.getByRole('option', { name: fact });
    const field = await option.getAttribute('value');
    await form.getByLabel('Fact').selectOption(field ?? '');
    await form.getByLabel('Right value').fill(value);
    await form.getByLabel('Note (optional)').fill(note);
    await form.getByRole('button', { name: 'Save correction' }).click();
  }
}
