/**
 * Renders h03's customer screenshot (handoff/active-sessions.png): Quillmark's Active sessions page
 * with the error shown when ending the session. Run: `npx tsx eval/holdout/h03-admin-signin-token-bypass/render.ts`.
 */
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

const WIDTH = 1100;
const HEIGHT = 520;
const canvas = createCanvas(WIDTH, HEIGHT);
const ctx = canvas.getContext('2d');

ctx.fillStyle = '#ffffff';
ctx.fillRect(0, 0, WIDTH, HEIGHT);
ctx.fillStyle = '#111827';
ctx.font = 'bold 30px sans-serif';
ctx.fillText('Admin > Security > Active sessions', 30, 55);

ctx.fillStyle = '#fde2e2';
ctx.fillRect(30, 85, WIDTH - 60, 100);
ctx.fillStyle = '#991b1b';
ctx.font = 'bold 28px sans-serif';
ctx.fillText('Could not end session. Error SES-4091', 50, 127);
ctx.font = '24px sans-serif';
ctx.fillText('Please try again later or contact support.', 50, 165);

ctx.fillStyle = '#374151';
ctx.font = 'bold 24px sans-serif';
ctx.fillText('User', 30, 240);
ctx.fillText('Method', 330, 240);
ctx.fillText('Location', 500, 240);
ctx.fillText('Started', 800, 240);
ctx.fillRect(30, 255, WIDTH - 60, 2);

ctx.fillStyle = '#111827';
ctx.font = '24px sans-serif';
const rows: [string, string, string, string][] = [
  ['Per Arne Dahl', 'Token', 'Sao Paulo, BR', '06.12.2026 03:14'],
  ['Ingrid Solberg', 'SSO', 'Bergen, NO', '08.12.2026 08:31'],
  ['Knut Eide', 'SSO', 'Bergen, NO', '08.12.2026 07:58'],
];
rows.forEach((row, i) => {
  const y = 300 + i * 50;
  ctx.fillText(row[0], 30, y);
  ctx.fillText(row[1], 330, y);
  ctx.fillText(row[2], 500, y);
  ctx.fillText(row[3], 800, y);
});

ctx.fillStyle = '#6b7280';
ctx.font = '24px sans-serif';
ctx.fillText('Showing 3 of 3 active sessions', 30, 470);

writeFileSync(new URL('./handoff/active-sessions.png', import.meta.url), canvas.toBuffer('image/png'));
