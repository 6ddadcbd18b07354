/**
 * @module Compiles one CEL condition at policy load time: unknown identifiers, syntax and type
 * errors become policy errors; the result is a function that never throws.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { FACT_KEYS, SIGNAL_KEYS } from './cel-environment.js';
import { referencedPaths } from './referenced-paths.js';

/** What a compiled condition reads and how to run it. */
export interface CompiledCondition {
  readonly expression: string;
  /** signal keys the expression reads (their cites become the rule's cites) */
  readonly signals: readonly string[];
  readonly run: (context: Readonly<Record<string, unknown>>) => unknown;
}

export type CompileResult = { ok: true; condition: CompiledCondition } | { ok: false; message: string };

const MAX_EXPRESSION = 4000;

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

function checkIdentifiers(expression: string, constantKeys: readonly string[]): string | null {
  const known: Record<string, readonly string[]> = {
    signals: SIGNAL_KEYS,
    facts: FACT_KEYS,
    constants: constantKeys,
  };
  for (const { root, member } of referencedPaths(expression)) {
    const members = known[root];
    if (members === undefined) {
      // Conditions read only signals, facts and constants: any other dotted root is a typo.
      return `unknown identifier '${root}.${member}'`;
    }
    if (!members.includes(member)) return `unknown identifier '${root}.${member}'`;
  }
  return null;
}

/**
 * Compiles `expression` in `env`. Example:
 * `compileCondition(env, 'signals.security', [])` → `{ ok: true, condition }`;
 * `compileCondition(env, 'signals.secrity', [])` → `{ ok: false, message: "unknown identifier 'signals.secrity'" }`.
 */
export function compileCondition(
  env: Environment,
  expression: string,
  constantKeys: readonly string[],
): CompileResult {
  if (expression.length > MAX_EXPRESSION) {
    return { ok: false, message: `condition is longer than ${MAX_EXPRESSION} characters` };
  }
  const unknown = checkIdentifiers(expression, constantKeys);
  if (unknown) return { ok: false, message: unknown };
  let run: (context: Record<string, unknown>) => unknown;
  try {
    const checked = env.check(expression);
    if (!checked.valid) return { ok: false, message: firstLine(checked.error?.message ?? 'invalid') };
    if (checked.type !== 'bool' && checked.type !== 'dyn') {
      return { ok: false, message: `condition must be true or false, not ${checked.type}` };
    }
    run = env.parse(expression) as unknown as (context: Record<string, unknown>) => unknown;
  } catch (error) {
    return { ok: false, message: firstLine(error instanceof Error ? error.message : String(error)) };
  }
  const signals = referencedPaths(expression)
    .filter((path) => path.root === 'signals')
    .map((path) => path.member);
  return { ok: true, condition: { expression, signals, run } };
}
