/**
 * @module Conditional GET: weak ETags compared the way RFC 9110 says If-None-Match is (weak
 * comparison, a list of tags, or `*`), and the queue's tag from the rows it lists.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** Whether an If-None-Match header names `etag` (weakly) or is `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** A check of the request's If-None-Match, for use cases that can stop before reading a body. */
export function isCurrentFor(request: FastifyRequest): (etag: string) => boolean {
  const header = request.headers['if-none-match'];
  return (etag) => matchesIfNoneMatch(header, etag);
}

/**
 * The queue's tag: every change to a packet moves its `updatedAt`, so the ids with their
 * updated-at (in order) and the audience say whether the list changed, without serializing it.
 */
export function listEtag(
  audience: string,
  rows: ReadonlyArray<{ readonly id: string; readonly updatedAt: string; readonly jobStatus: string }>,
): string {
  const hash = createHash('sha1').update(audience);
  for (const row of rows) hash.update(`\n${row.id} ${row.updatedAt} ${row.jobStatus}`);
  return `W/"${hash.digest('base64url')}"`;
}
