/** @module Packet sources and evidence in contract order, without personal data the packet does not need. */
import type { Evidence, Source } from '../model/evidence.js';

/** A source with its fields in contract order (status kept: the schema allows extra fields). */
export function packetSource(source: Source): Source {
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    format: source.format,
    sha256: source.sha256,
    items: source.items,
    warnings: [...source.warnings],
    status: source.status,
  };
}

/** An evidence item in contract order; the author's e-mail and the e-mail signature are dropped (PII). */
export function packetEvidence(item: Evidence): Evidence {
  const out: Evidence = {
    id: item.id,
    source: item.source,
    at: item.at,
    author: item.author ? { name: item.author.name, role: item.author.role, side: item.author.side } : null,
    visibility: item.visibility,
    text: item.text,
  };
  if (item.meta) {
    const { signature: _signature, ...meta } = item.meta;
    if (Object.keys(meta).length > 0) out.meta = meta;
  }
  return out;
}
