/** @module The exact bytes of one input file of a packet version (the newest unless one is named). */
import { SpineError } from '../../core/errors.js';
import type { ReviewReader } from '../../ports/review-store.js';
import { requirePacket, requireVersion } from './require-packet.js';

export async function readPacketInput(
  store: ReviewReader,
  input: { packetId: string; sha256: string; version?: number | undefined },
): Promise<{ name: string; bytes: Uint8Array }> {
  const packet = await requirePacket(store, input.packetId);
  const version = input.version ?? packet.version;
  if (input.version !== undefined) await requireVersion(store, input.packetId, version);
  const listed = (await store.readInputList(input.packetId, version)).find((i) => i.sha256 === input.sha256);
  const bytes = listed ? await store.readBlob(input.sha256) : undefined;
  if (!listed || !bytes) {
    throw new SpineError('SPINE_ERR_NOT_FOUND', `input ${input.sha256} of packet ${input.packetId}`);
  }
  return { name: listed.name, bytes };
}
