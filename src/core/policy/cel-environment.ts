/**
 * @module The CEL environment policy conditions run in: `signals` (typed, every key of Signals),
 * `facts` (a plain-JSON view of Facts) and `constants` (the policy's named values).
 */
import { Environment } from '@marcbachmann/cel-js';
import { FactsSchema } from '../model/packet.js';
import { SignalsSchema } from '../model/signals.js';

/** Every key conditions may read under `signals.` */
export const SIGNAL_KEYS = Object.keys(SignalsSchema.shape) as ReadonlyArray<
  keyof typeof SignalsSchema.shape
>;

/** Every key conditions may read under `facts.` */
export const FACT_KEYS = Object.keys(FactsSchema.shape) as readonly string[];

type ConstantValue = number | string | readonly string[];

function celTypeOfSignal(key: keyof typeof SignalsSchema.shape): string {
  const type = SignalsSchema.shape[key].def.type;
  if (type === 'boolean') return 'bool';
  if (type === 'number') return 'double';
  return 'string';
}

function celTypeOfConstant(value: ConstantValue): string {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'string') return 'string';
  return 'list<string>';
}

/** Builds the environment for one policy (its constants are typed from their values). */
export function createCelEnvironment(constants: Readonly<Record<string, ConstantValue>>): Environment {
  const signalSchema: Record<string, string> = {};
  for (const key of SIGNAL_KEYS) signalSchema[key] = celTypeOfSignal(key);
  const constantSchema: Record<string, string> = {};
  for (const [key, value] of Object.entries(constants)) constantSchema[key] = celTypeOfConstant(value);
  return new Environment({
    homogeneousAggregateLiterals: false,
    limits: {
      maxAstNodes: 2000,
      maxDepth: 64,
      maxListElements: 200,
      maxMapEntries: 200,
      maxCallArguments: 8,
    },
  })
    .registerVariable({ name: 'signals', schema: signalSchema })
    .registerVariable({ name: 'constants', schema: constantSchema })
    .registerVariable('facts', 'map');
}
