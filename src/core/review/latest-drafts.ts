/** @module Each draft as a reviewer sees it: the newest edit, or the prepared text when nobody edited it. */
import type { Packet } from '../model/packet.js';
import { DRAFT_NAMES, type DraftName, type DraftView } from './views.js';

export interface DraftEdit {
  readonly draft: DraftName;
  readonly revision: number;
  readonly text: string;
  readonly author: string;
  readonly at: string;
}

function preparedText(packet: Packet | null, draft: DraftName): string {
  if (!packet) return '';
  return draft === 'customerUpdate' ? packet.drafts.customerUpdate.text : packet.drafts[draft];
}

/** The newest text of every draft of one version, given its edits in revision order. */
export function latestDrafts(
  packet: Packet | null,
  edits: readonly DraftEdit[],
): Record<DraftName, DraftView> {
  const drafts = {} as Record<DraftName, DraftView>;
  for (const name of DRAFT_NAMES) {
    drafts[name] = { text: preparedText(packet, name), revision: 0, author: null, at: null };
  }
  for (const edit of edits) {
    if (!DRAFT_NAMES.includes(edit.draft)) continue;
    drafts[edit.draft] = { text: edit.text, revision: edit.revision, author: edit.author, at: edit.at };
  }
  return drafts;
}
