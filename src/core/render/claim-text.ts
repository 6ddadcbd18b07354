/** @module A claim's value as one line of text for the drafts. */

const MAX_CHARS = 240;

/** Flattens whitespace and shortens long text with an ellipsis. */
export function oneLine(text: string, max = MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Any claim value (string, number, boolean, object) as readable text. */
export function claimText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return oneLine(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return oneLine(value.map(claimText).filter(Boolean).join(', '));
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${k}: ${claimText(v)}`);
    return oneLine(parts.join('; '));
  }
  return oneLine(String(value));
}
