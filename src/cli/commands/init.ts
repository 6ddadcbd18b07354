/**
 * @module `spine init [--out FILE] [--yes]`: asks the questions a team must answer and writes a
 * starter policy derived from the default, validated before it is written.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { readPolicyText } from '../../app/load-policy.js';
import { SpineError } from '../../core/errors.js';
import { GATE_KINDS, type GateKind } from '../../core/model/packet.js';
import { DURATION_PATTERN } from '../../core/policy/duration.js';
import { parsePolicy } from '../../core/policy/parse-policy.js';
import { describePolicyError } from '../../core/policy/policy-error.js';
import { buildStarterPolicy, type InitAnswers } from '../../core/policy/starter-policy.js';
import { exitWithError, info } from '../output.js';

/** Asks one question and returns the typed answer ('' when the person just presses Enter). */
export type Ask = (question: string) => Promise<string>;

/** The answers `--yes` uses: the default policy's own values. */
export const DEFAULT_ANSWERS: InitAnswers = {
  team: 'our team',
  historySystem: 'the help desk',
  plans: ['enterprise', 'business', 'pro'],
  gatedKinds: GATE_KINDS.filter((kind) => kind !== 'customer_send'),
  significantArr: 100000,
  manyAccounts: 10,
  owners: {},
  topPlanTargets: { Critical: 'PT1H', High: 'PT4H', Medium: 'P1D' },
};

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function numberOr(text: string, fallback: number): number {
  const value = Number(text.replace(/[$,_\s]/g, ''));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

async function askAll(ask: Ask): Promise<InitAnswers> {
  const d = DEFAULT_ANSWERS;
  const team = (await ask(`Team or company name [${d.team}]: `)).trim() || d.team;
  const historySystem =
    (
      await ask(`Where does ticket history live (Zendesk, Freshdesk, Intercom…) [${d.historySystem}]: `)
    ).trim() || d.historySystem;
  const plansText = await ask(`Customer plans or tiers, highest first [${d.plans.join(', ')}]: `);
  const plans = list(plansText.toLowerCase());
  const gatedText = await ask(
    `What always needs approval before it reaches a customer or system (${d.gatedKinds.join(', ')}) [all]: `,
  );
  const gated = list(gatedText).filter((kind): kind is GateKind =>
    (GATE_KINDS as readonly string[]).includes(kind),
  );
  const significantArr = numberOr(
    await ask(
      `Severity: ARR at which a churn threat or executive ask goes to Leadership [${d.significantArr}]: `,
    ),
    d.significantArr,
  );
  const manyAccounts = numberOr(
    await ask(`Severity: accounts affected before an outage or data loss is Critical [${d.manyAccounts}]: `),
    d.manyAccounts,
  );
  const ownersText = await ask('Who owns which product area (area=owner, comma separated) [none]: ');
  const owners: Record<string, string> = {};
  for (const pair of list(ownersText)) {
    const [area, owner] = pair.split('=').map((part) => part.trim());
    if (area && owner) owners[area.toLowerCase()] = owner;
  }
  const topPlanTargets: Record<string, string> = {};
  for (const [level, fallback] of Object.entries(d.topPlanTargets)) {
    const answer = (
      await ask(`First response target for ${level} on your top plan (ISO 8601, e.g. PT4H) [${fallback}]: `)
    )
      .trim()
      .toUpperCase();
    topPlanTargets[level] = DURATION_PATTERN.test(answer) ? answer : fallback;
  }
  return {
    team,
    historySystem,
    plans: plans.length > 0 ? plans : d.plans,
    gatedKinds: gated.length > 0 ? gated : d.gatedKinds,
    significantArr,
    manyAccounts,
    owners,
    topPlanTargets,
  };
}

/**
 * Writes a starter policy to `out` and returns its path. With `yes`, no questions are asked.
 * Refuses to overwrite an existing file unless `force`.
 */
export async function runInit(options: {
  out: string;
  yes: boolean;
  force?: boolean;
  ask?: Ask;
}): Promise<string> {
  if (existsSync(options.out) && !options.force) {
    throw new SpineError('SPINE_ERR_CONFLICT', `${options.out} already exists (use --force to overwrite)`);
  }
  let answers = DEFAULT_ANSWERS;
  if (!options.yes) {
    if (options.ask) {
      answers = await askAll(options.ask);
    } else {
      // Read lines through the iterator rather than rl.question(): piped answers that arrive
      // before a question is asked would otherwise be dropped.
      const rl = createInterface({ input: process.stdin, terminal: false });
      const lines = rl[Symbol.asyncIterator]();
      try {
        answers = await askAll(async (question) => {
          process.stderr.write(question);
          const next = await lines.next();
          return next.done ? '' : String(next.value);
        });
      } finally {
        rl.close();
      }
    }
  }
  const text = buildStarterPolicy(await readPolicyText(), answers);
  const checked = parsePolicy(text);
  if (!checked.ok) {
    const problems = checked.errors.map(describePolicyError).join('\n  ');
    throw new SpineError('SPINE_ERR_POLICY_INVALID', `the starter policy does not validate:\n  ${problems}`);
  }
  await writeFile(options.out, text, 'utf8');
  return options.out;
}

export function register(program: Command): void {
  program
    .command('init')
    .description('Answer a few questions and write a starter escalation policy.')
    .option('--out <file>', 'where to write the policy', 'spine.policy.yaml')
    .option('--yes', 'write the default-derived starter without asking', false)
    .option('--force', 'overwrite an existing file', false)
    .action(async (options: { out: string; yes: boolean; force: boolean }) => {
      try {
        const file = await runInit(options);
        info(`Wrote ${file}. Check it with: spine policy check ${file}`);
      } catch (error) {
        exitWithError(error);
      }
    });
}
