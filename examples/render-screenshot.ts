/**
 * @module Renders the example handoff's screenshot (connector-error.png) with @napi-rs/canvas, so the
 * PNG in the repository can be rebuilt: `npx tsx examples/render-screenshot.ts`.
 */
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

const WIDTH = 900;
const HEIGHT = 360;
const canvas = createCanvas(WIDTH, HEIGHT);
const ctx = canvas.getContext('2d');

ctx.fillStyle = '#ffffff';
ctx.fillRect(0, 0, WIDTH, HEIGHT);
ctx.fillStyle = '#1f2937';
ctx.font = 'bold 30px sans-serif';
ctx.fillText('Integrations > ERP connector', 30, 55);

ctx.fillStyle = '#fde2e2';
ctx.fillRect(30, 85, WIDTH - 60, 110);
ctx.fillStyle = '#991b1b';
ctx.font = 'bold 28px sans-serif';
ctx.fillText('Sync error ERR_RELAY_422', 50, 130);
ctx.font = '26px sans-serif';
ctx.fillText('line total mismatch on order LK-55102', 50, 172);

ctx.fillStyle = '#1f2937';
ctx.font = '26px sans-serif';
ctx.fillText('Last successful sync: Mon Mar 9, 11:52 PM', 30, 245);
ctx.fillText('Failed orders waiting: 180', 30, 290);

writeFileSync(new URL('./northwind-order-sync/connector-error.png', import.meta.url), canvas.toBuffer('image/png'));
