/** @module Reads a recorded floors file (eval/floors.json). */
import { readFileSync } from 'node:fs';
import { SpineError } from '../core/errors.js';
import { type Floors, FloorsSchema } from '../core/eval/floors.js';

/** Reads and checks a floors file; throws SpineError naming the file and the problem. */
export function readFloors(path: string): Floors {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `floors file ${path}: ${(error as Error).message}`);
  }
  const parsed = FloorsSchema.safeParse(json);
  if (!parsed.success) {
    const reasons = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `floors file ${path}: ${reasons}`);
  }
  return parsed.data;
}
