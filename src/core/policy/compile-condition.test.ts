import { describe, expect, it } from 'vitest';
import { makeFacts, makeSignals } from '../../../test/helpers/make-decide-input.js';
import { createCelEnvironment } from './cel-environment.js';
import { compileCondition } from './compile-condition.js';
import { factsView } from './facts-view.js';

const constants = { bigArr: 100000, plans: ['enterprise', 'strategic'] };
const env = createCelEnvironment(constants);
const compile = (expression: string) => compileCondition(env, expression, Object.keys(constants));

describe('compileCondition', () => {
  it('accepts macros over facts, strings containing dots and constants, and lists the signals read', () => {
    const result = compile(
      "facts.customerAsks.exists(a, a.value.contains('signal.secrity')) && signals.tier in constants.plans && signals.arr >= constants.bigArr",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.condition.signals).toEqual(['tier', 'arr']);
    const context = (arr: number) => ({
      signals: makeSignals({ tier: 'strategic', arr }),
      facts: factsView(
        makeFacts({ customerAsks: [{ value: 'is signal.secrity a thing?', cites: ['S1:m1'] }] }),
      ),
      constants,
    });
    expect(result.condition.run(context(150000))).toBe(true);
    expect(result.condition.run(context(5000))).toBe(false);
  });

  it.each([
    ['signals.secrity', "unknown identifier 'signals.secrity'"],
    ['signal.security', "unknown identifier 'signal.security'"],
    ['facts.customerAsk.size() > 0', "unknown identifier 'facts.customerAsk'"],
    ['signals.arr >= constants.bigArrr', "unknown identifier 'constants.bigArrr'"],
    ['signals.arr', 'condition must be true or false, not double'],
  ])('rejects %s', (expression, message) => {
    const result = compile(expression);
    expect(result).toEqual({ ok: false, message });
  });

  it('rejects syntax and type errors with the library message, and bounds the expression size', () => {
    const syntax = compile('signals.outage &&');
    expect(syntax.ok).toBe(false);
    const type = compile("signals.affectedUsers == 'many'");
    expect(type.ok).toBe(false);
    if (!type.ok) expect(type.message).toMatch(/overload/);
    const huge = compile(`signals.outage${' || signals.outage'.repeat(400)}`);
    expect(huge).toEqual({ ok: false, message: 'condition is longer than 4000 characters' });
  });
});
