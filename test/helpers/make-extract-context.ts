/** @module Test factory: an extraction context built from short item specs. */
import { buildContext, type ExtractContext } from '../../src/core/extract/context.js';
import { type ItemSpec, makeIntake } from './make-evidence.js';

/** Builds the extraction context for item specs at a fixed asOf. */
export function makeExtractContext(
  specs: readonly ItemSpec[],
  asOf = '2026-11-20T12:00:00Z',
): ExtractContext {
  return buildContext(makeIntake(specs), asOf);
}
