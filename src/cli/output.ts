/** @module Printing for people: warnings grouped by file, progress, and one way to fail. */
import { SpineError } from '../core/errors.js';

export function info(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

/** Prints the error for a person (code and what to do next) and exits non-zero. */
export function exitWithError(error: unknown, hint?: string): never {
  if (error instanceof SpineError) {
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
  } else if (error instanceof Error) {
    // SPINE_DEBUG=1 adds the stack, for a bug report
    process.stderr.write(
      `error: ${process.env.SPINE_DEBUG ? (error.stack ?? error.message) : error.message}\n`,
    );
  } else {
    process.stderr.write(`error: ${String(error)}\n`);
  }
  if (hint) process.stderr.write(`${hint}\n`);
  process.exit(2);
}
