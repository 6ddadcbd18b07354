/**
 * @module The team's full-packet answers by ETag. The tag changes whenever anything in the view can
 * have changed (that is what lets a client be told 304), so the bytes made for a tag are the answer
 * for that tag for as long as it is current: a repeated read copies them instead of assembling and
 * serializing the view again. Bounded; the least recently used are dropped.
 */
const MAX_ENTRIES = 64;

export class ViewBodyCache {
  private readonly byKey = new Map<string, Buffer>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  private static key(packetId: string, etag: string): string {
    return `${packetId} ${etag}`;
  }

  get(packetId: string, etag: string): Buffer | undefined {
    const key = ViewBodyCache.key(packetId, etag);
    const body = this.byKey.get(key);
    if (body) {
      this.byKey.delete(key);
      this.byKey.set(key, body);
    }
    return body;
  }

  has(packetId: string, etag: string): boolean {
    return this.byKey.has(ViewBodyCache.key(packetId, etag));
  }

  /** Whether any answer for the packet is kept (for whatever tag). */
  holds(packetId: string): boolean {
    const prefix = `${packetId} `;
    for (const key of this.byKey.keys()) if (key.startsWith(prefix)) return true;
    return false;
  }

  set(packetId: string, etag: string, body: Buffer): void {
    this.byKey.set(ViewBodyCache.key(packetId, etag), body);
    if (this.byKey.size > this.maxEntries) this.byKey.delete(this.byKey.keys().next().value as string);
  }
}
