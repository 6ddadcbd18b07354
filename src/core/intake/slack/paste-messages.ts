/** @module Group classified paste lines into messages: who, at what clock time, what text. */
import { classifyLine, isCapitalised, isCount, isReaction, type PasteLine } from './paste-lines.js';

export interface PastedMessage {
  readonly name: string | null;
  readonly app: boolean;
  /** minutes after local midnight, null when the text came before any time */
  readonly minutes: number | null;
  readonly lines: string[];
  readonly attachments: string[];
  edited: boolean;
  /** the last date divider seen before this message ("Wednesday, November 18th") */
  readonly divider: string | null;
}

export interface PastedThread {
  readonly messages: PastedMessage[];
  /** how many header lines were recognised (detection confidence) */
  readonly headers: number;
}

const MAX_LINES = 50_000;
const MAX_LINE = 10_000;
const FILE_LINE =
  /^[\w .()-]{1,200}\.(png|jpe?g|gif|webp|heic|pdf|csv|tsv|txt|log|zip|gz|json|har|mp4|mov|docx?|xlsx?|pptx?|md|eml)$/i;
const EDITED = /\s*\(edited\)\s*$/;

function nextNonEmpty(classes: readonly PasteLine[], raw: readonly string[], from: number): number {
  let j = from;
  while (j < raw.length && (raw[j] ?? '').trim() === '') j++;
  return j < classes.length ? j : -1;
}

/**
 * Splits a pasted Slack thread into messages. A bare name line is a header only when a time
 * line follows and the name is known (manifest, another header) or written like a name.
 */
export function readPastedThread(text: string, knownNames: ReadonlySet<string>): PastedThread {
  const raw = text
    .split(/\r\n|\r|\n/)
    .slice(0, MAX_LINES)
    .map((line) => line.slice(0, MAX_LINE));
  const classes = raw.map(classifyLine);
  const known = new Set(knownNames);
  classes.forEach((c, i) => {
    if (c.kind === 'header') known.add(c.name.toLowerCase());
    const next = classes[nextNonEmpty(classes, raw, i + 1)];
    if (c.kind === 'name' && next?.kind === 'time' && next.text === '' && next.meridiem)
      known.add(c.name.toLowerCase());
  });
  const messages: PastedMessage[] = [];
  let current: PastedMessage | null = null;
  let divider: string | null = null;
  let headers = 0;
  const start = (name: string | null, app: boolean, minutes: number | null): PastedMessage => {
    const message: PastedMessage = { name, app, minutes, lines: [], attachments: [], edited: false, divider };
    messages.push(message);
    return message;
  };
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    const line = (raw[i] ?? '').trim();
    if (c === undefined || line === '') continue;
    if (c.kind === 'header') {
      headers++;
      current = start(c.name, c.app, c.minutes);
      continue;
    }
    if (c.kind === 'name') {
      const j = nextNonEmpty(classes, raw, i + 1);
      const next = classes[j];
      if (
        next?.kind === 'time' &&
        next.text === '' &&
        (known.has(c.name.toLowerCase()) || isCapitalised(c.name))
      ) {
        headers++;
        current = start(c.name, c.app, next.minutes);
        i = j;
        continue;
      }
    }
    if (c.kind === 'time') {
      current = start(current?.name ?? null, current?.app ?? false, c.minutes);
      if (c.text !== '') addText(current, c.text);
      continue;
    }
    if (c.kind === 'divider') {
      divider = c.text;
      continue;
    }
    if (c.kind === 'noise') continue;
    if (current !== null && current.lines.length > 0 && isReaction(line)) {
      // A reaction (":eyes:") and its count line belong to the message above, not its text.
      while (i + 1 < raw.length && isCount(raw[i + 1] ?? '')) i++;
      continue;
    }
    current ??= start(null, false, null);
    addText(current, line);
  }
  return { messages: messages.filter((m) => m.lines.length > 0), headers };
}

function addText(message: PastedMessage, line: string): void {
  const edited = EDITED.test(line);
  const text = line.replace(EDITED, '');
  if (edited) message.edited = true;
  if (FILE_LINE.test(text.trim())) message.attachments.push(text.trim());
  if (text.trim() !== '') message.lines.push(text.trim());
}
