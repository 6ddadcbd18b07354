/** @module The storage test matrix: SQLite and the real PostgreSQL, filtered by env DIALECTS. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { StoreConfig } from '../../src/adapters/storage/create-db.js';

export const PG_URL = process.env.SPINE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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
  const schema = `spine_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  return {
    config: { kind: 'postgres', url: PG_URL, schema, poolSize: 4 },
    cleanup: () => adminQuery(`drop schema if exists ${schema} cascade`),
  };
}

/** A new, empty PostgreSQL database (for tests that run whole `spine` processes against it). */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `spine_test_${randomBytes(6).toString('hex')}`;
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
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}
