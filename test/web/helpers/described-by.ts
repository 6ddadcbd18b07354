/** @module What a control's aria-describedby points to: the words and whether a sighted user sees them too. */
import type { Locator } from 'playwright-core';

export async function describedBy(control: Locator): Promise<{ text: string; visible: boolean }> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts: string[] = [];
  let visible = ids.length > 0;
  for (const id of ids) {
    const note = control.page().locator(`[id="${id}"]`);
    texts.push(((await note.textContent()) ?? '').trim());
    visible &&= await note.isVisible();
  }
  return { text: texts.join(' '), visible };
}
