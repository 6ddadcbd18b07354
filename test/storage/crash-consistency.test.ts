import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAudit } from '../../src/adapters/storage/audit.js';
import { createDb } from '../../src/adapters/storage/create-db.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import { draftHistory } from '../../src/app/review/draft-history.js';
import { getPacketView } from '../../src/app/review/get-packet-view.js';
import { DIALECTS, freshStore } from '../helpers/dialects.js';

const WRITER = fileURLToPath(new URL('./helpers/write-stream.ts', import.meta.url));
const ACKS_BEFORE_KILL = 40;

/** Runs the writer until it acknowledged `acks` writes, then kills it with SIGKILL mid-stream. */
function writeThenKill(config: unknown, acks: number): Promise<{ packetId: string; acked: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let packetId = '';
    let acked = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'packet') packetId = value ?? '';
        if (word === 'ack') acked = Number(value);
        if (acked >= acks && !child.killed) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ packetId, acked });
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

describe.each(DIALECTS)('a kill -9 during a stream of writes on %s', (dialect) => {
  it('keeps every acknowledged write and leaves the store consistent', async () => {
    const store = await freshStore(dialect);
    try {
      const { packetId, acked } = await writeThenKill(store.config, ACKS_BEFORE_KILL);
      expect(acked).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      const db = createDb(store.config);
      try {
        const history = await draftHistory(kyselyReviewStore(db), packetId, 'customerUpdate');
        // Every acknowledged revision is there, in order, with no gaps.
        expect(history.length).toBeGreaterThanOrEqual(acked);
        expect(history.map((h) => h.revision)).toEqual(history.map((_, i) => i + 1));
        // Each edit and its audit event were written in one transaction: never one without the other.
        const edits = (await readAudit(db, { packetId })).filter((e) => e.name === 'draft.edited');
        expect(edits).toHaveLength(history.length);
        const view = await getPacketView(kyselyReviewStore(db), packetId);
        expect(view.drafts.customerUpdate.text).toBe(`text ${history.length}`);
      } finally {
        await db.destroy();
      }
    } finally {
      await store.cleanup();
    }
  });
});
