/** @module Slack thread pasted from the desktop app (plain text, no date) to chat evidence. */
import type { Author, EvidenceDraft, EvidenceMeta } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import type { Manifest } from '../model/manifest.js';
import { wallTimeToUtc } from '../time/wall-time.js';
import { type CalendarDay, dayFromText, pasteClock } from './slack/paste-clock.js';
import { type PastedMessage, readPastedThread } from './slack/paste-messages.js';
import { decodeText, looksBinary } from './util/decode.js';

export const SLACK_PASTE_FORMAT = 'slack-paste';
const FORMAT = SLACK_PASTE_FORMAT;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_DETECT_CHARS = 64 * 1024;

function textOf(unit: IntakeUnit): string | null {
  const [file] = unit.files;
  if (
    unit.files.length !== 1 ||
    file === undefined ||
    file.bytes.length > MAX_BYTES ||
    looksBinary(file.bytes)
  )
    return null;
  return decodeText(file.bytes).text;
}

function detect(unit: IntakeUnit): number {
  const text = textOf(unit)?.slice(0, MAX_DETECT_CHARS);
  if (text === undefined || text === null) return 0;
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 0;
  // an e-mail header block is not a chat, even if a signature line ends in a time
  if (
    /^(From|Subject|Date|Message-ID|Received|Return-Path|MIME-Version):/im.test(
      head.split(/\n\s*\n/)[0] ?? '',
    )
  )
    return 0;
  const thread = readPastedThread(text, new Set());
  if (thread.headers >= 2) return 0.5;
  return thread.headers === 1 && thread.messages[0]?.name !== null && thread.messages.length >= 1 ? 0.3 : 0;
}

function authorOf(message: PastedMessage, manifest: Manifest | undefined): Author | null {
  if (message.name === null) return null;
  const wanted = message.name.toLowerCase();
  const person = manifest?.people.find((p) => p.name.trim().toLowerCase() === wanted);
  if (person)
    return {
      name: message.name,
      role: person.role,
      side: 'internal',
      ...(person.email ? { email: person.email.toLowerCase() } : {}),
    };
  return { name: message.name, role: message.app ? 'bot' : 'unknown', side: 'internal' };
}

function nextDay(day: CalendarDay): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * What the orchestrator may add for a paste: `reference`, the newest time in the handoff's other
 * files, gives the year to a day divider written without one ("Tuesday, December 8th").
 */
export interface PasteContext extends ParseContext {
  readonly reference?: string;
}

function parse(unit: IntakeUnit, context: PasteContext): ParseResult {
  const text = textOf(unit);
  if (text === null)
    return {
      kind: 'chat',
      format: FORMAT,
      items: [],
      warnings: [`${unit.name}: not a readable text file`],
      status: 'failed',
    };
  const manifest = context.manifest;
  const clock = pasteClock(unit.name, manifest, context.reference);
  const names = new Set((manifest?.people ?? []).map((p) => p.name.trim().toLowerCase()));
  const thread = readPastedThread(text, names);
  const warnings: string[] = [];
  let day = clock.day;
  let divider: string | null = null;
  let previous = -1;
  let rolledOver = false;
  let undated = 0;
  const items: EvidenceDraft[] = thread.messages.map((message, index) => {
    if (message.divider !== divider) {
      divider = message.divider;
      const ref = day ? new Date(Date.UTC(day.year, day.month - 1, day.day, 12)) : clock.reference;
      const stated = divider === null ? null : dayFromText(divider, ref);
      if (
        stated !== null &&
        divider !== null &&
        !/\d{4}/.test(divider) &&
        !manifest?.asOf &&
        context.reference
      )
        warnings.push(
          `${unit.name}: the day divider "${divider}" has no year; ${stated.year} was taken from the newest time in the other files`,
        );
      if (stated !== null) {
        day = stated;
        previous = -1;
      }
    }
    if (message.minutes !== null) {
      // Slack lists oldest first: a clock that goes back means the thread crossed midnight.
      if (day !== null && message.minutes < previous) {
        day = nextDay(day);
        rolledOver = true;
      }
      previous = message.minutes;
    }
    if (day === null) undated++;
    const at =
      day !== null && clock.zone !== null && message.minutes !== null
        ? wallTimeToUtc(
            { ...day, hour: Math.floor(message.minutes / 60), minute: message.minutes % 60 },
            clock.zone,
          )
        : null;
    const meta: EvidenceMeta = { unit: 'message' };
    if (clock.channel !== null) meta.channel = clock.channel;
    if (message.attachments.length > 0) meta.attachments = [...message.attachments];
    return {
      locator: `m${index + 1}`,
      at,
      author: authorOf(message, manifest),
      visibility: 'internal',
      text: message.lines.join('\n'),
      meta,
    };
  });
  if (undated > 0)
    warnings.push(
      `${unit.name}: pasted Slack times have no date for ${undated} message(s) (name the day in handoff.yaml files), their times left empty`,
    );
  else if (items.length > 0 && clock.zone === null)
    warnings.push(
      `${unit.name}: pasted Slack times have no time zone (give one in handoff.yaml), message times left empty`,
    );
  if (thread.headers < 2 && items.length > 0)
    warnings.push(
      `${unit.name}: only ${thread.headers} name and time line(s) recognised, read as a Slack paste with care`,
    );
  if (rolledOver)
    warnings.push(`${unit.name}: clock times go back in the paste, later messages dated the next day`);
  if (items.some((item) => item.author === null))
    warnings.push(`${unit.name}: text before the first name and time line, kept without an author`);
  return {
    kind: 'chat',
    format: FORMAT,
    items,
    warnings,
    status: items.length > 0 ? 'parsed' : 'skipped',
    data: clock.note === null ? {} : { note: clock.note },
  };
}

/** The pasted-Slack parser: scored above notes, below every JSON format and e-mail. */
export const slackPasteParsers: FormatParser[] = [{ format: FORMAT, detect, parse }];
