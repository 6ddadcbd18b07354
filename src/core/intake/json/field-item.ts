/** @module A ticket or conversation field (subject, status, tags, custom fields) as an evidence draft. */
import type { EvidenceDraft, Visibility } from '../../model/evidence.js';
import { clipText } from './clip-text.js';

/** The field `field` as evidence at locator `<prefix>f.<field>`; fields are internal unless said otherwise. */
export function fieldItem(
  field: string,
  text: string,
  at: string | null,
  visibility: Visibility = 'internal',
  prefix = '',
): EvidenceDraft {
  return {
    locator: `${prefix}f.${field}`,
    at,
    author: null,
    visibility,
    text: clipText(text),
    meta: { unit: 'field', field },
  };
}
