/** @module Synthetic, realistic handoffs for the intake benchmark: Slack exports, a big log, screenshots. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTextPng } from '../test/helpers/render-text-image.js';

const USERS = [
  ['U01MARISOL', 'Marisol Vega', 'marisol'],
  ['U02KENJI', 'Kenji Ito', 'kenji'],
  ['U03RAVI', 'Ravi Patel', 'ravi'],
  ['U04SOFIA', 'Sofia Lind', 'sofia'],
  ['U05PIOTR', 'Piotr Nowak', 'piotr'],
  ['U06AMARA', 'Amara Okafor', 'amara'],
  ['U07LENA', 'Lena Fischer', 'lena'],
  ['U08TOMAS', 'Tomás Ruiz', 'tomas'],
] as const;
const BOTS = [
  ['B01PAGER', 'PagerBot'],
  ['B02DEPLOY', 'deploy-bot'],
] as const;
const CHANNELS = ['esc-order-sync', 'support-escalations', 'eng-integrations'] as const;
const PHRASES = [
  'Order sync to the ERP is failing again for Northwind, 37 orders stuck since 09:12 UTC.',
  'Can someone from integrations look at erp-bridge-prod-2? seeing `413 Payload Too Large` on big orders.',
  'Customer says it started after Tuesday’s release, they have a wholesale cut-off Friday 17:00 CET.',
  'Tried re-queueing from the admin panel — no change, same error in the bridge logs.',
  'I think the batch size limit changed in 4.12.0 but not sure, checking the changelog.',
  'Workaround for now: split orders over 250 lines manually, they hate it but it works.',
  '<@U03RAVI> can you take this one? I’m out from 3pm.',
  'Status page says degraded performance for EU, might be related <https://status.example.com/incidents/8k2|incident>.',
  'Repro’d on sandbox with a 300-line order :white_check_mark:',
  'Their CSM wants an ETA before the exec call tomorrow, please don’t promise anything yet.',
] as const;

/** A Slack workspace export with `messages` messages over three channels, threads and bots. */
export function writeSlackExport(dir: string, messages: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'users.json'),
    JSON.stringify([
      ...USERS.map(([id, real, display]) => ({
        id,
        name: display,
        real_name: real,
        is_bot: false,
        profile: {
          real_name: real,
          display_name: display,
          title: id === 'U03RAVI' ? 'Staff Engineer' : 'Support Engineer',
        },
      })),
      ...BOTS.map(([id, name]) => ({
        id: `U${id}`,
        name,
        is_bot: true,
        profile: { real_name: name, bot_id: id },
      })),
    ]),
  );
  writeFileSync(
    join(dir, 'channels.json'),
    JSON.stringify(
      CHANNELS.map((name, i) => ({
        id: `C0${i}`,
        name,
        created: 1_790_000_000,
        members: USERS.map(([id]) => id),
      })),
    ),
  );
  const perDay = 200;
  const start = 1_794_960_000; // 2026-11-17T00:00:00Z
  let written = 0;
  let day = 0;
  while (written < messages) {
    for (const channel of CHANNELS) {
      if (written >= messages) break;
      const count = Math.min(perDay, messages - written);
      const list: Record<string, unknown>[] = [];
      let parent: string | null = null;
      for (let i = 0; i < count; i++) {
        const n = written + i;
        const ts = `${start + day * 86_400 + i * 60 + CHANNELS.indexOf(channel) * 7}.${String(n % 1_000_000).padStart(6, '0')}`;
        const text = `${PHRASES[n % PHRASES.length]} (#${n})`;
        let message: Record<string, unknown>;
        if (n % 23 === 0) {
          const [botId, botName] = BOTS[n % BOTS.length] ?? BOTS[0];
          message = {
            type: 'message',
            subtype: 'bot_message',
            bot_id: botId,
            username: botName,
            text: `:rotating_light: ${text}`,
            ts,
          };
        } else {
          const [user, real, display] = USERS[n % USERS.length] ?? USERS[0];
          message = {
            type: 'message',
            user,
            text,
            ts,
            team: 'T0ACME',
            user_profile: { real_name: real, display_name: display },
          };
          if (n % 10 === 0) {
            parent = ts;
            Object.assign(message, { thread_ts: ts, reply_count: 4, reply_users: [user] });
          } else if (parent && n % 10 < 5) {
            Object.assign(message, { thread_ts: parent, parent_user_id: USERS[0][0] });
          }
          if (n % 17 === 0) message.edited = { user, ts: `${Number(ts.split('.')[0]) + 30}.000000` };
          if (n % 13 === 0) message.reactions = [{ name: 'eyes', users: [USERS[1][0]], count: 1 }];
        }
        list.push(message);
      }
      const date = new Date((start + day * 86_400) * 1000).toISOString().slice(0, 10);
      mkdirSync(join(dir, channel), { recursive: true });
      writeFileSync(join(dir, channel, `${date}.json`), JSON.stringify(list, null, 1));
      written += count;
    }
    day++;
  }
}

/** An application log of about `megabytes` MB: levels, components, repeats and stack traces. */
export function writeLog(path: string, megabytes: number): void {
  const lines: string[] = [];
  let size = 0;
  let second = 0;
  const base = Date.UTC(2026, 10, 18, 8, 0, 0);
  while (size < megabytes * 1024 * 1024) {
    const at = new Date(base + second * 250).toISOString();
    const n = second++;
    let line: string;
    if (n % 97 === 0) {
      line = `${at} ERROR [erp-bridge] delivery failed order=SO-2026-${118_000 + (n % 900)} status=413 bytes=1342117 request_id=req_${n.toString(16)}\n    at BridgeClient.post (bridge/client.ts:214:11)\n    at async Delivery.run (bridge/delivery.ts:88:5)`;
    } else if (n % 11 === 0) {
      line = `${at} WARN  [erp-bridge] retry scheduled in 900s attempt=${n % 7}`;
    } else {
      line = `${at} INFO  [sync-worker] heartbeat ok queue_depth=${n % 50} lag_ms=${(n * 37) % 900}`;
    }
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** A handoff folder with four rendered screenshots and a short note. */
export function writeScreenshotHandoff(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const shots = [
    [
      'Northwind ERP - Import error',
      'Order SO-2026-118842 rejected by remote host.',
      'HTTP 413 - request entity too large',
    ],
    [
      'Integrations > ERP Connector > Sync status',
      'Sync failing: 37 orders could not be delivered',
      'Error: ERR_BRIDGE_413 Payload Too Large',
    ],
    ['Grafana - erp-bridge-prod-2', 'p99 latency 8.4 s (threshold 2 s)', '5xx rate 12.7% since 09:12 UTC'],
    ['Admin > Orders > Failed deliveries', '37 results  Last attempt 11:40 AM', 'Retry all   Export CSV'],
  ];
  shots.forEach((lines, i) => {
    writeFileSync(join(dir, `screenshot-${i + 1}.png`), renderTextPng(lines));
  });
  writeFileSync(join(dir, 'notes.md'), '- Customer attached four screenshots\n- Sync broken since Tuesday\n');
}
