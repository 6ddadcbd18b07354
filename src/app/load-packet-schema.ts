/** @module Loads the packet contract (JSON Schema 2020-12) and validates packets with ajv. */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { projectPath } from '../adapters/files/project-root.js';

type AddFormats = typeof addFormatsModule.default;
// ajv-formats is CommonJS: under NodeNext the default import is the whole module object
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

/** Where the shared contract sits next to this repository (../shared/contract). */
export const DEFAULT_SCHEMA_PATH = projectPath('..', 'shared', 'contract', 'packet.schema.json');

/** Validates one packet; returns the errors as `path: message` lines (empty when valid). */
export type PacketValidator = (packet: unknown) => string[];

/**
 * Reads and compiles the packet schema. Returns `{ missing }` naming the path when the file is
 * absent or not a schema, so the eval can say so instead of silently skipping the check.
 */
export function loadPacketSchema(
  path = DEFAULT_SCHEMA_PATH,
): { validate: PacketValidator } | { missing: string } {
  if (!existsSync(path)) return { missing: `packet schema not found at ${path} (pass --schema FILE)` };
  try {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const check = ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
    return {
      validate: (packet) =>
        check(packet)
          ? []
          : (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`),
    };
  } catch (error) {
    return { missing: `packet schema at ${path} cannot be used: ${(error as Error).message}` };
  }
}
