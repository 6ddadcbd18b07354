/**
 * @module A real `spine serve` child process for browser tests: its own SQLite data dir, a port the
 * system picks, and a first admin made with `spine users add` (more with `addUser`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSpine, startSpine } from '../../helpers/spine-process.js';

export const ADMIN: Account = {
  email: 'lead.admin@spine.test',
  name: 'Avery Admin',
  password: 'review page journey 2026',
  role: 'admin',
};

export interface Account {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly role: string;
}

export interface SpineServer {
  readonly url: string;
  readonly dataDir: string;
  /** `spine users add` against the running server's data dir */
  addUser(account: Account): Promise<void>;
  stop(): Promise<void>;
}

// The embedded store: an empty DATABASE_URL keeps a caller's PostgreSQL URL from reaching the child.
const EMBEDDED = { DATABASE_URL: '' };

async function addUser(dataDir: string, account: Account): Promise<void> {
  const { code, output } = await runSpine(
    [
      'users',
      'add',
      '--email',
      account.email,
      '--name',
      account.name,
      '--role',
      account.role,
      '--data-dir',
      dataDir,
    ],
    { env: { ...EMBEDDED, SPINE_PASSWORD: account.password } },
  );
  if (code !== 0) throw new Error(`spine users add ${account.email} failed: ${output}`);
}

export async function startSpineServer(env: Record<string, string> = {}): Promise<SpineServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spine-web-'));
  await addUser(dataDir, ADMIN);
  const serve = startSpine(['serve', '--host', '127.0.0.1', '--port', '0', '--data-dir', dataDir], {
    ...EMBEDDED,
    ...env,
  });
  const url = (await serve.waitFor(/spine serve: (http:\/\/\S+)/, 60_000))[1]!;
  return {
    url,
    dataDir,
    addUser: (account) => addUser(dataDir, account),
    async stop() {
      await serve.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
