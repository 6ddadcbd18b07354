/** @module Builds a parser's result: parsed when there are items, skipped when there are none. */
import type { SourceKind } from '../../model/evidence.js';
import type { IntakeUnit, ParseResult } from '../../model/intake.js';
import type { ItemList } from './item-list.js';

/** Turns collected items and warnings into a result, warning about dropped items and empty files. */
export function finishResult(
  unit: IntakeUnit,
  kind: SourceKind,
  format: string,
  list: ItemList,
  warnings: readonly string[],
): ParseResult {
  const all = [...warnings];
  if (list.dropped > 0) all.push(`${unit.name}: ${list.dropped} items beyond the limit were dropped`);
  if (list.items.length === 0) {
    all.push(`${unit.name}: no evidence found in this ${format} file`);
    return { kind, format, items: [], warnings: all, status: 'skipped' };
  }
  return { kind, format, items: list.items, warnings: all, status: 'parsed' };
}

/** The result for a file that could not be read at all. */
export function failedResult(kind: SourceKind, format: string, warning: string): ParseResult {
  return { kind, format, items: [], warnings: [warning], status: 'failed' };
}
