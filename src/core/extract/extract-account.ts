/** @module Account and tier: account file, manifest, ticket organisation, e-mail signature. */
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';

const ORG_FIELDS = new Set(['organization', 'organisation', 'org', 'company', 'account']);
const TIER_WORDS =
  /\b(enterprise|strategic|premium|business|professional|pro|growth|starter|self-hosted|on-prem(?:ise)?)\b/i;
const SIGNATURE_ORG = /^[A-Z][\w .'&/-]{1,60}(?:,|\s\||\s[@·–—-]|\sat)\s+([A-Z][\w.'& -]{1,60})$/u;

function fieldItem(ctx: ExtractContext, unit: string, names: ReadonlySet<string>): Item | undefined {
  // custom fields arrive as "custom.Company": the last segment names the field
  const name = (i: Item): string => (i.ev.meta?.field ?? '').toLowerCase().split('.').pop() ?? '';
  return ctx.items.find((i) => i.unit === unit && names.has(name(i)));
}

function itemMentioning(ctx: ExtractContext, value: string): Item | undefined {
  const needle = value.toLowerCase();
  return ctx.items.find((i) => i.ev.text.toLowerCase().includes(needle));
}

function signatureOrg(ctx: ExtractContext): Claim<string> | null {
  for (const item of ctx.items) {
    if (!item.isCustomer) continue;
    const lines = [...(item.ev.meta?.signature ?? '').split('\n'), ...item.ev.text.split('\n').slice(-6)];
    for (const line of lines) {
      const m = SIGNATURE_ORG.exec(line.trim());
      // the organisation must also appear in the item's text so the cite backs it
      if (m?.[1] && item.ev.text.includes(m[1].trim())) return claim(m[1].trim(), [item.id]);
      if (m?.[1]) {
        const backing = ctx.items.find((i) => i.ev.text.includes(m[1]?.trim() ?? ''));
        if (backing) return claim(m[1].trim(), [backing.id]);
      }
    }
  }
  return null;
}

/** The customer account: account file, then manifest, then ticket organisation, then signature. */
export function extractAccount(ctx: ExtractContext): Claim<string> | null {
  const field = fieldItem(ctx, 'account', new Set(['account']));
  if (field?.ev.text.trim()) return claim(stripLabel(field.ev.text), [field.id]);
  const named = ctx.manifest?.account;
  if (named) {
    const item = itemMentioning(ctx, named);
    if (item) return claim(named, [item.id]);
  }
  const org = fieldItem(ctx, 'field', ORG_FIELDS);
  if (org?.ev.text.trim()) return claim(stripLabel(org.ev.text), [org.id]);
  return signatureOrg(ctx);
}

/** The account tier: account file tier/plan, manifest, then tier words in ticket fields. */
export function extractTier(ctx: ExtractContext): Claim<string> | null {
  const field = fieldItem(ctx, 'account', new Set(['tier'])) ?? fieldItem(ctx, 'account', new Set(['plan']));
  if (field?.ev.text.trim()) return claim(stripLabel(field.ev.text), [field.id]);
  const named = ctx.manifest?.tier;
  if (named) {
    const item = itemMentioning(ctx, named);
    if (item) return claim(named, [item.id]);
  }
  for (const item of ctx.items) {
    if (item.unit !== 'field') continue;
    const m = TIER_WORDS.exec(item.ev.text);
    if (m?.[1]) return claim(m[1].toLowerCase(), [item.id]);
  }
  return null;
}

/** Drops a leading `label:` that some exports keep in a field item's text. */
export function stripLabel(text: string): string {
  return text.replace(/^\s*[A-Za-z _-]{1,20}:\s+/, '').trim();
}
