/** @module The packet's reference time: the option, else the manifest's asOf, else the newest evidence time. */
import { toUtcIso } from '../intake/util/time.js';
import type { IntakeResult } from '../model/intake.js';
import { compareText } from './compare.js';

// used only when nothing in the handoff carries a time; a warning says so
const NO_TIME = '1970-01-01T00:00:00.000Z';

/** Resolves asOf without the clock; `source` says where it came from. */
export function resolveAsOf(
  intake: IntakeResult,
  option: string | undefined,
): { asOf: string; source: 'option' | 'manifest' | 'evidence' | 'none' } {
  const fromOption = option ? toUtcIso(option) : null;
  if (fromOption) return { asOf: fromOption, source: 'option' };
  const fromManifest = intake.manifest?.asOf ? toUtcIso(intake.manifest.asOf) : null;
  if (fromManifest) return { asOf: fromManifest, source: 'manifest' };
  const newest = intake.evidence
    .map((e) => e.at)
    .filter((at): at is string => typeof at === 'string')
    .sort(compareText)
    .at(-1);
  return newest
    ? { asOf: toUtcIso(newest) ?? newest, source: 'evidence' }
    : { asOf: NO_TIME, source: 'none' };
}
