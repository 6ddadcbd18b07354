/** @module The storage test matrix: SQLite and the real PostgreSQL, filtered by env DIALECTS. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { StoreConfig } from '../../src/adapters/storage/create-db.js';

export const PG_URL = process.env.SPINE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Prefix of the schemas and databases tests create, so parallel checkouts can tell theirs apart. */
const PG_PREFIX = process.env.SPINE_TEST_PG_PREFIX ?? 'spine_test_';

export const DIALECTS = (process.env.DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim()) as Array<
  'sqlite' | 'postgres'
>;

export interface TestStore {
  readonly config: StoreConfig;
  cleanup(): Promise<void>;
}

/** Runs one statement on its own connection to the test server (schemas and databases come and go). */
async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty store: a temp SQLite file, or a new schema in the test PostgreSQL database. */
export async function freshStore(dialect: 'sqlite' | 'postgres'): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'spine-store-'));
    return {
      config: { kind: 'sqlite', file: join(dir, 'spine.sqlite') },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `${PG_PREFIX}${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  return {
    config: { kind: 'postgres', url: PG_URL, schema, poolSize: 4 },
    cleanup: () => adminQuery(`drop schema if exists ${schema} cascade`),
  };
}

/** A new, empty PostgreSQL database (for tests that run whole `spine` processes against it). */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${PG_PREFIX}${randomBytes(6).toString('hex')}`;
  // CREATE DATABASE copies template1 and fails while another session briefly holds it: retry.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`create database ${name}`);
      break;
    } catch (error) {
      if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(name) };
}

/**
 * Drops a test database once its sessions have gone. `with (force)` alone would terminate a pool
 * connection this process is still closing, and pg reports that as an uncaught error.
 */
async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (let waited = 0; waited < 5_000; waited += 100) {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if ((rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
