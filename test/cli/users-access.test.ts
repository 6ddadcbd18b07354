import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, storeConfigFrom } from '../../src/adapters/storage/create-db.js';
import { findUserByToken } from '../../src/adapters/storage/users.js';
import { DIALECTS, freshDatabase } from '../helpers/dialects.js';
import { runSpine } from '../helpers/spine-process.js';

describe.each(DIALECTS)('spine users: scoped tokens, revoking, disabling (%s)', (dialect) => {
  let dataDir: string;
  let databaseUrl = '';
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'spine-users-'));
    if (dialect === 'postgres') {
      const db = await freshDatabase();
      databaseUrl = db.url;
      dropDatabase = db.drop;
    }
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase?.();
  });

  const spine = (...args: string[]) =>
    runSpine([...args, '--data-dir', dataDir], {
      env: { DATABASE_URL: databaseUrl, SPINE_PASSWORD: 'a long enough password' },
    });

  async function lookUp(token: string) {
    const db = createDb(storeConfigFrom({ dataDir, databaseUrl: databaseUrl || undefined }));
    try {
      return await findUserByToken(db, token, new Date());
    } finally {
      await db.destroy();
    }
  }

  it('mints a token with the scopes and expiry asked for, lists, revokes, disables and enables', async () => {
    expect(
      (await spine('users', 'add', '--email', 'ops@x.test', '--name', 'Ops', '--role', 'lead')).code,
    ).toBe(0);
    const minted = await spine(
      'users',
      'token',
      '--email',
      'ops@x.test',
      '--name',
      'ci',
      '--scope',
      'read',
      '--expires',
      'P1D',
    );
    expect(minted.code, minted.output).toBe(0);
    const token = /spn_[A-Za-z0-9_-]+/.exec(minted.output)?.[0] ?? '';
    const found = await lookUp(token);
    expect(found?.scopes).toEqual(['read']);
    const id = found?.tokenId ?? '';

    const bad = await spine(
      'users',
      'token',
      '--email',
      'ops@x.test',
      '--name',
      'x',
      '--scope',
      'everything',
    );
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--scope: everything is not one of read, review, tokens, admin/);

    const listed = await spine('users', 'tokens', '--email', 'ops@x.test');
    expect(listed.output).toContain(id);
    expect(listed.output).not.toContain(token);

    expect((await spine('users', 'revoke-token', '--id', id)).code).toBe(0);
    expect(await lookUp(token)).toBeUndefined();

    const second = /spn_[A-Za-z0-9_-]+/.exec(
      (await spine('users', 'token', '--email', 'ops@x.test', '--name', 'ci2')).output,
    )?.[0];
    expect((await lookUp(second ?? ''))?.scopes).toEqual(['read', 'review']);
    expect((await spine('users', 'disable', '--email', 'ops@x.test')).code).toBe(0);
    expect(await lookUp(second ?? '')).toBeUndefined();
    expect((await spine('users', 'list')).output).toMatch(/ops@x\.test\tlead\tOps\tdisabled /);
    expect((await spine('users', 'enable', '--email', 'ops@x.test')).code).toBe(0);
    expect((await spine('users', 'list')).output).not.toMatch(/disabled/);
    // a dozen CLI runs, each starting node and tsx
  }, 300_000);
});
