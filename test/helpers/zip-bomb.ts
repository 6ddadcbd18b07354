/** @module A real zip bomb for tests: megabytes of zeros deflated chunk by chunk. */
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** Deflates `megabytes` MB of zeros without holding them in memory; about 1 KB per MB. */
export async function deflatedZeros(
  megabytes: number,
): Promise<{ bytes: Uint8Array; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(parts)), size: megabytes * 1024 * 1024, crc };
}

/** `count` entries of `size` zeros each, deflated once and shared: a bomb of many small parts. */
export function manySmallZeroEntries(
  count: number,
  size: number,
): Array<{ name: string; precompressed: { bytes: Uint8Array; size: number; crc: number } }> {
  const zeros = Buffer.alloc(size);
  const precompressed = {
    bytes: new Uint8Array(deflateRawSync(zeros, { level: constants.Z_BEST_COMPRESSION })),
    size,
    crc: crc32(zeros),
  };
  return Array.from({ length: count }, (_, i) => ({
    name: `part-${String(i).padStart(4, '0')}.log`,
    precompressed,
  }));
}
