/**
 * @module The `spine` command line: the composition root for the CLI. Only the module of the
 * command being run is loaded, so `spine prepare` never pays for the server's dependencies.
 */
import { Command } from 'commander';

type CommandModule = { register(program: Command): void };

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  intake: () => import('./commands/intake.js'),
  prepare: () => import('./commands/prepare.js'),
  eval: () => import('./commands/eval.js'),
  'eval-issues': () => import('./commands/eval-issues.js'),
  policy: () => import('./commands/policy.js'),
  init: () => import('./commands/init.js'),
  serve: () => import('./commands/serve.js'),
  worker: () => import('./commands/worker.js'),
  users: () => import('./commands/users.js'),
  migrate: () => import('./commands/migrate.js'),
};

const program = new Command()
  .name('spine')
  .description('Turns a support escalation handoff into a review-ready triage packet.')
  .showHelpAfterError();

const requested = process.argv[2];
const names = requested && requested in COMMANDS ? [requested] : Object.keys(COMMANDS);
for (const name of names) {
  const load = COMMANDS[name];
  if (load) (await load()).register(program);
}

await program.parseAsync(process.argv);
