/**
 * @module The team's packet view as JSON: the stored packet JSON embedded unchanged (it is never
 * serialized or UTF-8-encoded again on a read), beside the rest of the view shaped by its response schema.
 */
import { packetJsonBytes } from '../adapters/storage/packet-cache.js';
import type { PacketView } from '../core/review/views.js';
import { shaped, TeamViewSchema } from './schemas/review-responses.js';

const HEAD = Buffer.from('{"packet":');

/** The view as UTF-8 JSON bytes; the stored packet's bytes are copied, not encoded again. */
export function teamViewJson(view: PacketView): Buffer {
  const { packet, ...rest } = view;
  const tail = Buffer.from(JSON.stringify(shaped(TeamViewSchema, rest)));
  // The rest's own '{' becomes the ',' after the packet (no second copy of the text to slice it).
  tail[0] = 0x2c;
  const stored = packet
    ? (packetJsonBytes(packet) ?? Buffer.from(JSON.stringify(packet)))
    : Buffer.from('null');
  return Buffer.concat([HEAD, stored, tail]);
}
