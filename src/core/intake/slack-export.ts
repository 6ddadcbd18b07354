/** @module Slack workspace export (folder or unpacked zip, or a lone day file) to chat evidence. */
import type { FormatParser, IntakeUnit, ParseContext, ParseResult } from '../model/intake.js';
import { baseName, EXPORT_MARKERS, hasDayFileName, isDayFileContent } from './slack/day-file.js';
import { exportEvidence } from './slack/export-evidence.js';
import { readExport } from './slack/read-export.js';
import { manifestRoles } from './slack/slack-author.js';
import { isRecord, jsonOf } from './util/decode.js';

const FORMAT = 'slack-export';

function detect(unit: IntakeUnit): number {
  const { files } = unit;
  if (files.length === 0) return 0;
  if (files.length === 1) {
    const [only] = files;
    if (only === undefined) return 0;
    if (isDayFileContent(only.bytes)) return 0.9;
    // users.json alone: a Slack directory with no messages
    const value = jsonOf(only.bytes);
    if (
      EXPORT_MARKERS.has(baseName(only.name)) &&
      Array.isArray(value) &&
      value.every((u) => isRecord(u) && typeof u.id === 'string')
    )
      return 0.5;
    return 0;
  }
  const markers = files.some((f) => EXPORT_MARKERS.has(baseName(f.name)));
  const day = files.some((f) => hasDayFileName(f.name) && isDayFileContent(f.bytes));
  return markers || day ? 0.95 : 0;
}

function parse(unit: IntakeUnit, context: ParseContext): ParseResult {
  const data = readExport(unit);
  const lookup = { users: data.users, manifestRoles: manifestRoles(context.manifest) };
  const { items, warnings, skipped } = exportEvidence(unit.name, data, lookup);
  const allWarnings = [...data.warnings, ...warnings];
  if (data.channels.length === 0 && data.readable > 0)
    allWarnings.push(`${unit.name}: Slack export without any day file, no messages to read`);
  const status = items.length > 0 ? 'parsed' : data.readable > 0 ? 'skipped' : 'failed';
  return {
    kind: 'chat',
    format: FORMAT,
    items,
    warnings: allWarnings,
    status,
    data: {
      channels: data.channels.map((c) => data.channelNames.get(c.channel) ?? c.channel).sort(),
      users: data.users.size,
      skipped,
    },
  };
}

/** The Slack export parser; a bundle of files with users.json/channels.json or day files. */
export const slackExportParsers: FormatParser[] = [{ format: FORMAT, detect, parse }];
