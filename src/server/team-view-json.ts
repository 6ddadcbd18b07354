/**
 * @module The team's packet view as JSON text: the stored packet JSON embedded unchanged (it is
 * never serialized again on a read), beside the rest of the view shaped by its response schema.
 */
import { packetJsonText } from '../adapters/storage/packet-cache.js';
import type { PacketView } from '../core/review/views.js';
import { shaped, TeamViewSchema } from './schemas/review-responses.js';

export function teamViewJson(view: PacketView): string {
  const { packet, ...rest } = view;
  const body = JSON.stringify(shaped(TeamViewSchema, rest));
  const stored = packet ? (packetJsonText(packet) ?? JSON.stringify(packet)) : 'null';
  return `{"packet":${stored},${body.slice(1)}`;
}
