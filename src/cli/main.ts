/**
 * @module The `spine` command line: the composition root for the CLI. Only the module of the
 * command being run is loaded, so `spine prepare` never pays for the server's dependencies and
 * `spine --help` loads none of them.
 */
import { Command } from 'commander';

type CommandModule = { register(program: Command): void };

interface CommandEntry {
  /** the one line `spine --help` shows; the module's own description is the full one */
  readonly summary: string;
  readonly load: () => Promise<CommandModule>;
}

const COMMANDS: Record<string, CommandEntry> = {
  intake: {
    summary: 'Read a handoff (files, folders, zips) and list its sources and evidence.',
    load: () => import('./commands/intake.js'),
  },
  prepare: {
    summary: 'Prepare the triage packet for a handoff (files, folders, zips).',
    load: () => import('./commands/prepare.js'),
  },
  eval: {
    summary: 'Prepare every case in an eval set and score the packets against expected.json',
    load: () => import('./commands/eval.js'),
  },
  'eval-issues': {
    summary: 'Score the decision (or the security signal) on a CSV of labelled issue reports',
    load: () => import('./commands/eval-issues.js'),
  },
  policy: {
    summary: 'Check a policy file, or test it against past cases.',
    load: () => import('./commands/policy.js'),
  },
  init: {
    summary: 'Answer a few questions and write a starter escalation policy.',
    load: () => import('./commands/init.js'),
  },
  serve: {
    summary: 'run the review service: the web page and JSON API (SQLite under --data-dir, or DATABASE_URL)',
    load: () => import('./commands/serve.js'),
  },
  worker: {
    summary: 'process prepare jobs from the PostgreSQL queue (needs DATABASE_URL)',
    load: () => import('./commands/worker.js'),
  },
  users: {
    summary: 'manage review service accounts',
    load: () => import('./commands/users.js'),
  },
  'export-case': {
    summary: 'write a reviewed packet from the review store as an eval case (handoff/ + expected.json)',
    load: () => import('./commands/export-case.js'),
  },
  migrate: {
    summary: 'run the review store migrations (SQLite under --data-dir, or DATABASE_URL)',
    load: () => import('./commands/migrate.js'),
  },
};

const program = new Command()
  .name('spine')
  .description('Turns a support escalation handoff into a review-ready triage packet.')
  .showHelpAfterError();

// `spine help prepare` needs the prepare module as much as `spine prepare --help` does
const requested = process.argv[2] === 'help' ? process.argv[3] : process.argv[2];
const entry = requested === undefined ? undefined : COMMANDS[requested];
async function run(): Promise<void> {
  if (entry) {
    (await entry.load()).register(program);
  } else {
    // top-level help or an unknown command: list every command without loading any of them
    for (const [name, { summary }] of Object.entries(COMMANDS)) {
      program.command(name).description(summary).helpOption(false).allowUnknownOption();
    }
  }
  await program.parseAsync(process.argv);
}

// no top-level await: the CLI is also bundled as one CommonJS script (scripts/build-cli.mjs); a
// rejection ends the process with exit code 1, as an error thrown at the top level did
void run();
