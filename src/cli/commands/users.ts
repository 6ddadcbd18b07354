/** @module `spine users add|list|token`: local accounts for the review service. */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { hashPassword } from '../../adapters/auth/passwords.js';
import { loadConfig } from '../../adapters/config/config-schema.js';
import { appendAudit } from '../../adapters/storage/audit.js';
import { createDb, migrateToLatest, storeConfigFrom } from '../../adapters/storage/create-db.js';
import { createApiToken, findUserByEmail, insertUser, listUsers } from '../../adapters/storage/users.js';
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { isReviewRole, ROLES } from '../../core/review/roles.js';
import { exitWithError, info } from '../output.js';

async function readPassword(fromStdin: boolean): Promise<string> {
  if (process.env.SPINE_PASSWORD) return process.env.SPINE_PASSWORD;
  const rl = createInterface({
    input: process.stdin,
    output: fromStdin ? undefined : process.stderr,
    terminal: false,
  });
  try {
    const line = await rl.question(fromStdin ? '' : 'Password (at least 12 characters): ');
    return line.trim();
  } finally {
    rl.close();
  }
}

async function withStore<T>(
  dataDir: string | undefined,
  run: (db: ReturnType<typeof createDb>) => Promise<T>,
) {
  const store = storeConfigFrom(loadConfig(process.env, { dataDir }));
  const db = createDb(store);
  try {
    const migrated = await migrateToLatest(db, store);
    if (migrated.error) throw migrated.error;
    return await run(db);
  } finally {
    await db.destroy();
  }
}

export function register(program: Command): void {
  const users = program.command('users').description('manage review service accounts');

  users
    .command('add')
    .description('create an account (the first one should be an admin)')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .requiredOption('--name <name>', 'name shown in the audit log')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'admin')
    .option('--password-stdin', 'read the password from standard input (else SPINE_PASSWORD or a prompt)')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store')
    .action(
      async (options: {
        email: string;
        name: string;
        role: string;
        passwordStdin?: boolean;
        dataDir?: string;
      }) => {
        try {
          if (!isReviewRole(options.role)) {
            throw new SpineError(
              'SPINE_ERR_INVALID_ARGUMENT',
              `--role: ${options.role} is not one of ${ROLES.join(', ')}`,
            );
          }
          const role = options.role;
          const password = await readPassword(Boolean(options.passwordStdin));
          if (password.length < 12)
            throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', 'the password needs at least 12 characters');
          await withStore(options.dataDir, async (db) => {
            if (await findUserByEmail(db, options.email)) {
              throw new SpineError('SPINE_ERR_CONFLICT', `a user with e-mail ${options.email} exists`);
            }
            const now = new Date().toISOString();
            const user = await insertUser(
              db,
              { email: options.email, name: options.name, role, passwordHash: await hashPassword(password) },
              now,
            );
            await appendAudit(db, auditEvent('user.created', 'cli', null, { email: user.email, role }), now);
            info(`created ${user.email} (${role})`);
          });
        } catch (error) {
          exitWithError(error);
        }
      },
    );

  users
    .command('list')
    .description('list accounts')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store')
    .action(async (options: { dataDir?: string }) => {
      await withStore(options.dataDir, async (db) => {
        for (const user of await listUsers(db))
          process.stdout.write(`${user.email}\t${user.role}\t${user.name}\n`);
      });
    });

  users
    .command('token')
    .description('create an API token for automation (printed once)')
    .requiredOption('--email <email>', 'the account the token acts as')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store')
    .action(async (options: { email: string; name: string; dataDir?: string }) => {
      try {
        await withStore(options.dataDir, async (db) => {
          const user = await findUserByEmail(db, options.email);
          if (!user)
            throw new SpineError(
              'SPINE_ERR_NOT_FOUND',
              `no user ${options.email}; add one with \`spine users add\``,
            );
          const now = new Date().toISOString();
          const token = await createApiToken(db, user.id, options.name, now);
          await appendAudit(db, auditEvent('token.created', 'cli', null, { name: options.name }), now);
          process.stdout.write(`${token}\n`);
        });
      } catch (error) {
        exitWithError(error);
      }
    });
}
