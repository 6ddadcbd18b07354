/**
 * Two `spine serve` and two `spine worker` processes on one PostgreSQL database: sessions work on
 * either server, every upload is prepared exactly once by one of the workers, and all four stop cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/dialects.js';
import { loginOverHttp, runSpine, type SpineProcess, startSpine } from '../helpers/spine-process.js';

const PACKETS = 8;
const PASSWORD = 'correct horse battery staple';

let drop: () => Promise<void>;
let env: NodeJS.ProcessEnv;
const processes: SpineProcess[] = [];
const servers: string[] = [];
let workers: SpineProcess[] = [];

beforeAll(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  env = { DATABASE_URL: database.url, SPINE_RATE_LIMIT_PER_MINUTE: '100000', SPINE_DEBUG: '1' };
  const added = await runSpine(['users', 'add', '--email', 'lead@example.com', '--name', 'Lee'], {
    env,
    input: `${PASSWORD}\n`,
  });
  expect(added.code, added.output).toBe(0);

  // All four start at once, so they also race to migrate the schema and install the queue.
  const serve = [0, 1].map(() => startSpine(['serve', '--port', '0'], env));
  workers = [0, 1].map(() => startSpine(['worker'], env));
  processes.push(...serve, ...workers);
  for (const server of serve) servers.push((await server.waitFor(/spine serve: (http:\/\/\S+)/, 60_000))[1]!);
  for (const worker of workers) await worker.waitFor(/spine worker: waiting for jobs/, 60_000);
}, 120_000);

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await drop?.();
});

const login = (base: string) => loginOverHttp(base, 'lead@example.com', PASSWORD);

function pastedThread(n: number): string {
  return [
    'Dana Reyes  9:14 AM',
    `Customer Acme Corp reports checkout fails with error E_PAY_${500 + n} since this morning, 40 users affected.`,
    'Sam Ortiz  9:20 AM',
    `Restarted the payment relay on node ${n}; still failing. Escalating to engineering.`,
  ].join('\n');
}

describe('two servers and two workers on one PostgreSQL database', () => {
  it('share sessions and the queue, and prepare every upload exactly once', async () => {
    const session = await login(servers[0]!);
    const me = await fetch(`${servers[1]}/api/me`, { headers: { cookie: session.cookie } });
    expect(me.status).toBe(200);

    const ids: string[] = [];
    for (let n = 0; n < PACKETS; n++) {
      const form = new FormData();
      form.append('text', pastedThread(n));
      const created = await fetch(`${servers[n % 2]}/api/packets`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: form,
      });
      expect(created.status, await created.clone().text()).toBe(202);
      ids.push(((await created.json()) as { id: string }).id);
    }

    const deadline = Date.now() + 90_000;
    let statuses: string[] = [];
    while (Date.now() < deadline) {
      const list = (await (
        await fetch(`${servers[1]}/api/packets`, { headers: { cookie: session.cookie } })
      ).json()) as { packets: Array<{ id: string; jobStatus: string }> };
      statuses = ids.map((id) => list.packets.find((p) => p.id === id)?.jobStatus ?? 'missing');
      if (statuses.every((s) => s !== 'preparing')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(statuses).toEqual(ids.map(() => 'ready'));

    const preparedBy = workers.map((w) => [...w.output().matchAll(/prepared (\S+) v1 in/g)].map((m) => m[1]));
    expect([...preparedBy[0]!, ...preparedBy[1]!].sort()).toEqual([...ids].sort());
    expect(preparedBy.every((jobs) => jobs.length > 0)).toBe(true);

    const audit = (await (
      await fetch(`${servers[0]}/api/packets/${ids[PACKETS - 1]}/audit`, {
        headers: { cookie: session.cookie },
      })
    ).json()) as { events: Array<{ name: string }> };
    expect(audit.events.filter((e) => e.name === 'packet.prepared')).toHaveLength(1);
  }, 120_000);

  it('stop cleanly on SIGTERM', async () => {
    const codes = await Promise.all(processes.map((p) => p.stop()));
    expect(codes).toEqual([0, 0, 0, 0]);
  }, 30_000);
});
