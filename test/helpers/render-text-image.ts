/** @module Renders lines of text to a PNG with a real font, for OCR tests. */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

const FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
let registered = false;

/** A white PNG with each line in black DejaVu Sans at 20 px (screenshot UI size; at 28 px and up tesseract tends to drop underscores), one line per row. */
export function renderTextPng(lines: readonly string[], width = 1100): Uint8Array {
  if (!registered) {
    GlobalFonts.registerFromPath(FONT_FILE, 'DejaVu Sans Test');
    registered = true;
  }
  const lineHeight = 40;
  const canvas = createCanvas(width, lines.length * lineHeight + 60);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000000';
  context.font = '20px "DejaVu Sans Test"';
  lines.forEach((line, i) => {
    context.fillText(line, 30, 60 + i * lineHeight);
  });
  return new Uint8Array(canvas.toBuffer('image/png'));
}
