/** @module Group a handoff's files into intake units: each Slack export is one unit, every other file its own. */
import type { IntakeFile, IntakeUnit } from '../model/intake.js';
import { baseName, dirName, EXPORT_MARKERS, hasDayFileName, isDayFileContent } from './slack/day-file.js';

/** The unit name of an export that is the handoff root itself. */
const ROOT_EXPORT_NAME = 'slack-export';
/** Top-level files of an export besides the markers (not messages, but part of it). */
const ROOT_LEVEL_FILES = new Set([
  ...EXPORT_MARKERS,
  'integration_logs.json',
  'canvases.json',
  'content_flags.json',
  'huddles.json',
]);

/**
 * Groups files into units, ordered by name. A directory holding Slack workspace files
 * (users.json, org_users.json, channels.json, groups.json, dms.json, mpims.json) and/or
 * `<channel>/<YYYY-MM-DD>.json` day files becomes one unit named after that directory
 * (`slack-export` when it is the handoff root) and holding all its files. Every other file,
 * and a day file lying loose at the root, is a unit of its own.
 * @example groupUnits([{ name: 'ex/users.json', … }, { name: 'ex/esc/2026-11-18.json', … }, { name: 'notes.md', … }])
 * // → [{ name: 'ex', files: [2 files] }, { name: 'notes.md', files: [1 file] }]
 */
export function groupUnits(files: readonly IntakeFile[]): IntakeUnit[] {
  const roots = exportRoots(files);
  const exports = new Map<string, IntakeFile[]>();
  const units: IntakeUnit[] = [];
  for (const file of files) {
    const root = rootOf(file.name, roots);
    if (root === undefined) {
      units.push({ name: file.name, files: [file] });
      continue;
    }
    const members = exports.get(root) ?? [];
    members.push(file);
    exports.set(root, members);
  }
  for (const [root, members] of exports) {
    const sorted = [...members].sort((a, b) => compare(a.name, b.name));
    units.push({ name: root === '' ? ROOT_EXPORT_NAME : root, files: sorted });
  }
  return units.sort((a, b) => compare(a.name, b.name));
}

/** Directories ('' = the handoff root) that are Slack exports. */
function exportRoots(files: readonly IntakeFile[]): Set<string> {
  const roots = new Set<string>();
  for (const file of files) {
    if (EXPORT_MARKERS.has(baseName(file.name))) roots.add(dirName(file.name));
  }
  for (const file of files) {
    const channelDir = dirName(file.name);
    // A day file needs a channel folder: loose at the root it is a lone day file, its own unit.
    if (channelDir === '' || !hasDayFileName(file.name)) continue;
    const root = dirName(channelDir);
    if (!roots.has(root) && isDayFileContent(file.bytes)) roots.add(root);
  }
  return roots;
}

/**
 * The export a file belongs to: the deepest export folder above it (everything under a
 * folder or unpacked zip is the export). When the handoff root itself is the export, only its
 * Slack files are taken, so the tickets, notes and logs beside them stay units of their own.
 */
function rootOf(name: string, roots: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  for (const root of roots) {
    if (root !== '' && name.startsWith(`${root}/`) && (best === undefined || root.length > best.length))
      best = root;
  }
  if (best !== undefined || !roots.has('')) return best;
  const dir = dirName(name);
  if (dir === '' && ROOT_LEVEL_FILES.has(name)) return '';
  if (dir !== '' && dirName(dir) === '' && hasDayFileName(name)) return '';
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
