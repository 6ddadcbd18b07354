/** @module Opens the review store: SQLite in a data directory by default, PostgreSQL with a URL. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  type Migration,
  type MigrationResultSet,
  Migrator,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
} from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import * as m0001 from './migrations/0001-initial.js';
import * as m0002 from './migrations/0002-packet-headline.js';
import * as m0003 from './migrations/0003-version-progress.js';
import * as m0004 from './migrations/0004-sent-timing-access.js';
import * as m0006 from './migrations/0006-packet-owner.js';
import * as m0007 from './migrations/0007-feedback.js';
import * as m0008 from './migrations/0008-version-explanation.js';
import { underSchemaLock } from './schema-lock.js';

export type StoreConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; poolSize?: number; schema?: string };

/** SQLite file under `dataDir` unless `databaseUrl` (a postgres:// URL) is given. */
export function storeConfigFrom(options: { dataDir: string; databaseUrl?: string | undefined }): StoreConfig {
  if (options.databaseUrl) return { kind: 'postgres', url: options.databaseUrl };
  return { kind: 'sqlite', file: join(options.dataDir, 'spine.sqlite') };
}

export function createDb(config: StoreConfig): Kysely<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
    });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.file !== ':memory:') mkdirSync(join(config.file, '..'), { recursive: true });
  const database = new SQLite(config.file);
  // WAL + full sync: an acknowledged write survives kill -9; readers do not block the writer.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

const STATEMENT_CACHE = 256;

/**
 * Kysely prepares every query anew; compiling the SQL was most of a small read's cost. Statements
 * run synchronously to completion, so reusing one per SQL text is safe.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-packet-headline': m0002,
  '0003-version-progress': m0003,
  '0004-sent-timing-access': m0004,
  '0006-packet-owner': m0006,
  '0007-feedback': m0007,
  '0008-version-explanation': m0008,
};

/** Runs every pending migration; returns Kysely's result set rather than throwing on failure. */
export async function migrateToLatest(
  db: Kysely<Database>,
  config?: StoreConfig,
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    // Kysely looks for its migration table in every schema unless told which: another Spine
    // store in the same database would otherwise look like this one, already migrated.
    ...(config?.kind === 'postgres' && config.schema ? { migrationTableSchema: config.schema } : {}),
  });
  // on PostgreSQL, one process at a time (see schema-lock.ts)
  return config?.kind === 'postgres'
    ? underSchemaLock(config.url, () => migrator.migrateToLatest())
    : migrator.migrateToLatest();
}
