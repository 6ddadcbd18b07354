/**
 * @module Archives a maintained writer refuses to make, for the intake's defences: entry names that
 * climb out (`../x`, `/etc/x`), entries whose header lies about their size, bombs of precompressed
 * zeros. Well-formed archives come from `zip-of.ts` (yazl).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  /** written as-is, so tests can store `../evil.txt` or `/etc/passwd` */
  readonly name: string;
  readonly data?: Uint8Array | string;
  readonly method?: 'store' | 'deflate';
  /** unix mode bits (e.g. 0o120777 for a symlink), stored in the external attributes */
  readonly mode?: number;
  /** already-deflated bytes with their real size and crc (for zip bombs built in chunks) */
  readonly precompressed?: { readonly bytes: Uint8Array; readonly size: number; readonly crc: number };
}

const enc = new TextEncoder();

function header(size: number): Buffer {
  return Buffer.alloc(size);
}

/** Builds the bytes of a zip archive holding the entries exactly as given, in order. */
export function hostileZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = typeof entry.data === 'string' ? enc.encode(entry.data) : (entry.data ?? new Uint8Array());
    const deflate = entry.precompressed !== undefined || entry.method === 'deflate';
    const body = entry.precompressed?.bytes ?? (deflate ? deflateRawSync(raw) : raw);
    const size = entry.precompressed?.size ?? raw.length;
    const crc = entry.precompressed?.crc ?? crc32(raw);
    const method = deflate ? 8 : 0;

    const local = header(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(body));

    const central = header(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by unix, so mode bits count
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = header(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, centralBytes, end]));
}
