import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsCauseDoubt } from './reads-cause-doubt.js';

const CHANGES = new Set(['release', 'deploy', 'upgrade', 'update', 'migration', 'version', 'change']);
const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsCauseDoubt(s, CHANGES));

describe('readsCauseDoubt: our side leaves open whether a change caused it', () => {
  it.each([
    'We cannot say yet whether the 7.4 upgrade broke the import.',
    "I'm not sure the migration caused the duplicates.",
    'We cannot confirm 3.9 would have rendered that template.',
    'Still checking whether it comes from the schema change or from their proxy.',
    'Might be the Tuesday deploy or the new firewall rule, too early to tell.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // doubt about timing, not cause
    "We don't know when the release ships.",
    // no doubt
    'The upgrade changed the default timeout.',
    // a condition with one cause is a plan, not two causes left open
    "If the update broke it we'll roll back tonight.",
    // doubt with no change named
    'Not sure what caused the spike or the retries.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
