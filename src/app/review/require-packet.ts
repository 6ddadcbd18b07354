/** @module Finding a packet (and a version of it) or failing with a coded not-found error. */
import { SpineError } from '../../core/errors.js';
import type { PacketRecord, ReviewReader, StoredVersion } from '../../ports/review-store.js';

export const packetNotFound = (id: string) => new SpineError('SPINE_ERR_NOT_FOUND', `packet ${id}`);

export const versionNotFound = (packetId: string, version: number) =>
  new SpineError('SPINE_ERR_NOT_FOUND', `version ${version} of packet ${packetId}`);

export async function requirePacket(
  store: ReviewReader,
  id: string,
  options?: { lock?: boolean },
): Promise<PacketRecord> {
  const packet = await store.findPacket(id, options);
  if (!packet) throw packetNotFound(id);
  return packet;
}

export async function requireVersion(
  store: ReviewReader,
  packetId: string,
  version: number,
): Promise<StoredVersion> {
  const stored = await store.readVersion(packetId, version);
  if (!stored) throw versionNotFound(packetId, version);
  return stored;
}
