/** @module `spine users add|list|token|tokens|revoke-token|disable|enable`: accounts and API tokens. */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { hashPassword } from '../../adapters/auth/passwords.js';
import { loadConfig } from '../../adapters/config/config-schema.js';
import { appendAudit } from '../../adapters/storage/audit.js';
import { createDb, migrateToLatest, storeConfigFrom } from '../../adapters/storage/create-db.js';
import {
  findApiToken,
  findUserByEmail,
  insertUser,
  listApiTokens,
  listUsers,
  revokeApiToken,
} from '../../adapters/storage/users.js';
import { DEFAULT_TOKEN_LIFETIME, mintToken } from '../../app/auth/api-tokens.js';
import { setDisabled } from '../../app/auth/set-user-disabled.js';
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { isReviewRole, ROLES } from '../../core/review/roles.js';
import { DEFAULT_TOKEN_SCOPES, isTokenScope, TOKEN_SCOPES } from '../../core/review/token-scopes.js';
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
        for (const user of await listUsers(db)) {
          const state = user.disabledAt ? `\tdisabled ${user.disabledAt}` : '';
          process.stdout.write(`${user.email}\t${user.role}\t${user.name}${state}\n`);
        }
      });
    });

  users
    .command('token')
    .description('create an API token for automation (printed once)')
    .requiredOption('--email <email>', 'the account the token acts as')
    .requiredOption('--name <name>', 'what the token is for')
    .option(
      '--scope <scopes>',
      `comma-separated: ${TOKEN_SCOPES.join(', ')} (default ${DEFAULT_TOKEN_SCOPES.join(',')})`,
    )
    .option('--expires <duration>', `ISO 8601 duration until it expires (default ${DEFAULT_TOKEN_LIFETIME})`)
    .option('--data-dir <dir>', 'folder of the embedded SQLite store')
    .action(
      async (options: {
        email: string;
        name: string;
        scope?: string;
        expires?: string;
        dataDir?: string;
      }) => {
        try {
          const scopes = options.scope
            ?.split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          const unknown = scopes?.find((s) => !isTokenScope(s));
          if (unknown !== undefined) {
            throw new SpineError(
              'SPINE_ERR_INVALID_ARGUMENT',
              `--scope: ${unknown} is not one of ${TOKEN_SCOPES.join(', ')}`,
            );
          }
          await withStore(options.dataDir, async (db) => {
            const user = await requireUser(db, options.email);
            const minted = await mintToken(
              db,
              {
                user,
                callerScopes: null,
                name: options.name,
                scopes: scopes?.filter(isTokenScope),
                expiresIn: options.expires,
                actor: 'cli',
              },
              new Date().toISOString(),
            );
            info(`token ${minted.id} (${minted.scopes.join(', ')}) expires ${minted.expiresAt}`);
            process.stdout.write(`${minted.token}\n`);
          });
        } catch (error) {
          exitWithError(error);
        }
      },
    );

  users
    .command('tokens')
    .description("list API tokens (an account's, or everyone's) without their secrets")
    .option('--email <email>', 'only this account')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store')
    .action(async (options: { email?: string; dataDir?: string }) => {
      try {
        await withStore(options.dataDir, async (db) => {
          const user = options.email ? await requireUser(db, options.email) : undefined;
          for (const t of await listApiTokens(db, user ? { userId: user.id } : {})) {
            const state = t.revokedAt ? `revoked ${t.revokedAt}` : `expires ${t.expiresAt ?? 'never'}`;
            process.stdout.write(`${t.id}\t${t.userEmail}\t${t.name}\t${t.scopes.join(',')}\t${state}\n`);
          }
        });
      } catch (error) {
        exitWithError(error);
      }
    });

  users
    .command('revoke-token')
    .description('revoke an API token by its id (see `spine users tokens`)')
    .requiredOption('--id <id>', 'the token id')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store')
    .action(async (options: { id: string; dataDir?: string }) => {
      try {
        await withStore(options.dataDir, async (db) => {
          const token = await findApiToken(db, options.id);
          if (!token) throw new SpineError('SPINE_ERR_NOT_FOUND', `no token ${options.id}`);
          const now = new Date().toISOString();
          await db.transaction().execute(async (trx) => {
            await revokeApiToken(trx, token.id, now);
            await appendAudit(
              trx,
              auditEvent('token.revoked', 'cli', null, {
                id: token.id,
                name: token.name,
                for: token.userEmail,
              }),
              now,
            );
          });
          info(`revoked ${token.id} (${token.name}, ${token.userEmail})`);
        });
      } catch (error) {
        exitWithError(error);
      }
    });

  for (const action of ['disable', 'enable'] as const) {
    users
      .command(action)
      .description(
        action === 'disable'
          ? 'disable an account: it cannot sign in; its sessions end and its API tokens are revoked'
          : 'enable a disabled account again (revoked tokens stay revoked)',
      )
      .requiredOption('--email <email>', 'the account')
      .option('--data-dir <dir>', 'folder of the embedded SQLite store')
      .action(async (options: { email: string; dataDir?: string }) => {
        try {
          await withStore(options.dataDir, async (db) => {
            const user = await requireUser(db, options.email);
            await setDisabled(
              db,
              { userId: user.id, disabled: action === 'disable', actor: { id: null, email: 'cli' } },
              new Date().toISOString(),
            );
            info(`${action}d ${user.email}`);
          });
        } catch (error) {
          exitWithError(error);
        }
      });
  }
}

async function requireUser(db: ReturnType<typeof createDb>, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user)
    throw new SpineError('SPINE_ERR_NOT_FOUND', `no user ${email}; add one with \`spine users add\``);
  return user;
}
