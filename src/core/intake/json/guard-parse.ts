/** @module Runs a parser body so that no unexpected exception escapes intake. */
import type { SourceKind } from '../../model/evidence.js';
import type { IntakeUnit, ParseResult } from '../../model/intake.js';

/**
 * Calls `body`; an exception becomes a `failed` result whose warning names the file.
 * Parsers still return warnings for expected bad input: this only catches what nobody foresaw.
 */
export function guardParse(
  unit: IntakeUnit,
  kind: SourceKind,
  format: string,
  body: () => ParseResult,
): ParseResult {
  try {
    return body();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind,
      format,
      items: [],
      warnings: [`${unit.name}: could not read ${format}: ${reason.slice(0, 200)}`],
      status: 'failed',
    };
  }
}
