/**
 * @module Parses a policy file (YAML) into a validated Policy: schema errors, unknown keys,
 * broken references and CEL compile errors are all reported with their path and line.
 */
import { LineCounter, parseDocument } from 'yaml';
import { sha256Hex } from '../sha256.js';
import { createCelEnvironment } from './cel-environment.js';
import { checkReferences } from './check-references.js';
import { compileCondition } from './compile-condition.js';
import { policyConditions } from './policy-conditions.js';
import { type PolicyError, policyError } from './policy-error.js';
import { type Policy, PolicySchema } from './policy-schema.js';
import { yamlLine } from './yaml-line.js';

export type ParsePolicyResult =
  | { ok: true; policy: Policy; sha256: string }
  | { ok: false; errors: PolicyError[] };

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** Policies are hand-written files; anything larger is a mistake. */
export const MAX_POLICY_BYTES = 512 * 1024;
const MAX_ERRORS = 100;

/**
 * Parses and validates policy YAML. Example: `parsePolicy(text)` →
 * `{ ok: false, errors: [{ path: 'severities[1].conditions[0].when', message: "unknown identifier 'signal.secrity' (line 42)" }] }`.
 */
export function parsePolicy(text: string): ParsePolicyResult {
  if (text.length > MAX_POLICY_BYTES) {
    return {
      ok: false,
      errors: [policyError([], `the policy is larger than ${MAX_POLICY_BYTES} bytes`, null)],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, MAX_ERRORS).map((error) => {
        const line = lines.linePos(error.pos[0]).line;
        return policyError([], `YAML: ${error.message.split('\n')[0] ?? error.code}`, line);
      }),
    };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 50 });
  const parsed = PolicySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const errors: PolicyError[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          errors.push(policyError(path, 'unknown key', yamlLine(doc, lines, path)));
        }
      } else if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) {
        // A missing key has no line of its own: point at its parent, or nowhere at the top level.
        const parent = issue.path.slice(0, -1);
        const line = parent.length > 0 ? yamlLine(doc, lines, parent) : null;
        errors.push(policyError(issue.path, `required key is missing (expected ${issue.expected})`, line));
      } else {
        errors.push(policyError(issue.path, issue.message, yamlLine(doc, lines, issue.path)));
      }
    }
    return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  }
  const policy = parsed.data;
  const errors: PolicyError[] = checkReferences(policy).map((issue) =>
    policyError(issue.path, issue.message, yamlLine(doc, lines, issue.path)),
  );
  const env = createCelEnvironment(policy.constants);
  const constantKeys = Object.keys(policy.constants);
  for (const site of policyConditions(policy)) {
    const compiled = compileCondition(env, site.expression, constantKeys);
    if (!compiled.ok) errors.push(policyError(site.path, compiled.message, yamlLine(doc, lines, site.path)));
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, policy, sha256: sha256Hex(text) };
}
