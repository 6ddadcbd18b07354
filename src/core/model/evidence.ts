/** @module Source and Evidence: what intake produces and every later stage cites. */
import { z } from 'zod';

export const ROLES = [
  'customer',
  'support',
  'engineering',
  'success',
  'leadership',
  'bot',
  'unknown',
] as const;
export const SIDES = ['external', 'internal', 'unknown'] as const;
export const VISIBILITIES = ['public', 'internal'] as const;
export const SOURCE_KINDS = [
  'ticket',
  'chat',
  'email',
  'note',
  'log',
  'screenshot',
  'draft',
  'status',
  'network',
  'account',
  'manifest',
  'other',
] as const;

export type Role = (typeof ROLES)[number];
export type Side = (typeof SIDES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const AuthorSchema = z.object({
  name: z.string(),
  role: z.enum(ROLES),
  side: z.enum(SIDES),
  /** Lower-cased e-mail address when the format gives one; used to resolve roles across sources. */
  email: z.string().optional(),
  /** IANA zone of the person's clock when the source states it (profile, message offset): their wall times are read on it */
  zone: z.string().optional(),
});
export type Author = z.infer<typeof AuthorSchema>;

/**
 * Extra facts about an item that later stages may use; all optional.
 * Packet JSON keeps them under `evidence[].meta`.
 */
export const EvidenceMetaSchema = z.object({
  /** what the item is inside its source: a comment, a chat message, a log block, an OCR line … */
  unit: z
    .enum([
      'field',
      'comment',
      'message',
      'email',
      'log',
      'ocr',
      'request',
      'update',
      'note',
      'draft',
      'account',
    ])
    .optional(),
  /** field name for `unit: 'field'` items (ticket subject, priority, account tier …) */
  field: z.string().optional(),
  /** OCR confidence 0–100 and whether it is below the trust threshold */
  confidence: z.number().optional(),
  lowConfidence: z.boolean().optional(),
  /** chat: channel name and thread key (the parent's locator) */
  channel: z.string().optional(),
  thread: z.string().optional(),
  /** when the item was last edited (UTC ISO) */
  editedAt: z.string().optional(),
  deleted: z.boolean().optional(),
  /** attachment file names carried by the item (links screenshots to their comment) */
  attachments: z.array(z.string()).optional(),
  /** e-mail no person wrote (a bounce, an auto-reply, bulk or list mail): its author is a bot */
  automatic: z.enum(['bounce', 'auto-reply', 'auto-generated', 'bulk', 'list']).optional(),
  /** e-mail: subject, and the signature block kept as contact context (never a claim) */
  subject: z.string().optional(),
  signature: z.string().optional(),
  /** ids of other evidence items that repeat this one (quoted copies collapsed into it) */
  copies: z.array(z.string()).optional(),
  /** log: the level of the line or block, and how many identical lines were folded into it */
  level: z.string().optional(),
  count: z.number().optional(),
  /** HAR: method, url (secrets stripped), status, request id */
  status: z.number().optional(),
  /** OCR: the line's box on its screenshot in pixels, so a reviewer can see it highlighted */
  box: z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() }).optional(),
});
export type EvidenceMeta = z.infer<typeof EvidenceMetaSchema>;

/**
 * An item as a parser produces it: located inside its source, but not yet given a source id.
 * `locator` is unique inside the source and stable for the same bytes (c3, m17, L120-134, ocr3, e2).
 */
export const EvidenceDraftSchema = z.object({
  locator: z.string().regex(/^[A-Za-z0-9._:-]+$/),
  at: z.string().nullable(),
  author: AuthorSchema.nullable(),
  visibility: z.enum(VISIBILITIES),
  text: z.string(),
  meta: EvidenceMetaSchema.optional(),
});
export type EvidenceDraft = z.infer<typeof EvidenceDraftSchema>;

/** A citable item: `id` is `S<n>:<locator>`. */
export const EvidenceSchema = EvidenceDraftSchema.omit({ locator: true }).extend({
  id: z.string(),
  source: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FILE_STATUSES = ['parsed', 'skipped', 'failed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const SourceSchema = z.object({
  id: z.string(),
  /** file name relative to the handoff root (a Slack export folder or zip counts as one source) */
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  format: z.string(),
  sha256: z.string(),
  items: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
  status: z.enum(FILE_STATUSES),
});
export type Source = z.infer<typeof SourceSchema>;
