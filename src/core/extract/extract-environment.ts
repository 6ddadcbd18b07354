/** @module Environment: browsers, operating systems, versions, plan, region and deployment. */
import { type Claim, claim, uniqueClaims } from './claim.js';
import type { ExtractContext } from './context.js';

const PATTERNS: readonly RegExp[] = [
  /\b(?:Chrome|Chromium|Firefox|Safari|Edge|Opera|Brave)(?:\s+(?:v(?:ersion)?\s*)?\d+(?:\.\d+)*)?\b/g,
  /\b(?:Windows(?:\s+(?:Server\s+)?\d+)?|macOS(?:\s+[\d.]+|\s+[A-Z][a-z]+)?|Ubuntu(?:\s+[\d.]+)?|Debian(?:\s+\d+)?|RHEL\s*\d+|iOS\s+\d+(?:\.\d+)*|Android\s+\d+)\b/g,
  /\b(?:version|release|build|upgraded? (?:to|from)|v)\s*(\d+\.\d+(?:\.\d+)*)\b/gi,
  // 5.2.0, not 10.42.7.19, r2026.10.13-2 or a dotted date (2026.10.13, 06.12.2026)
  /(?<![\w.])(?!(?:19|20)\d\d\.)\d{1,3}\.\d{1,3}\.(?!(?:19|20)\d\d\b)\d{1,4}(?![\w.-])/g,
  /\b(self-hosted|on-prem(?:ise)?s?|single-tenant|multi-tenant|docker|kubernetes|k8s|mobile app|desktop app)\b/gi,
  /\b(?:region|data ?cent(?:er|re))\s*[:=]?\s*(?:[A-Z]{2,}(?:-[A-Za-z]+)*(?:-\d)?|[a-z]{2}-[a-z]+-\d)\b/g,
];
// "roll back to 2.9.4" names where they might go, not what runs
const ROLLBACK_TARGET =
  /\b(?:roll(?:ed|ing)?[ -]?back to|revert(?:ed|ing)? to|downgrad\w* to|go(?:ing)? back to|went back to|previous (?:version|release|build)?|last good (?:version|release|build)?)\s*(?:v(?:ersion)?\s*)?$/i;
const ACCOUNT_ENV = new Set(['plan', 'region', 'segment']);

/** Environment details with the item that states them; at most twelve. */
export function extractEnvironment(ctx: ExtractContext): Claim<string>[] {
  const out: Claim<string>[] = [];
  for (const item of ctx.items) {
    if (item.unit === 'account') {
      if (ACCOUNT_ENV.has(item.ev.meta?.field ?? '') && item.ev.text.trim())
        out.push(claim(`${item.ev.meta?.field}: ${item.ev.text.trim()}`, [item.id]));
      continue;
    }
    if (item.unit === 'log' || item.unit === 'request') continue;
    const text = item.ev.text.slice(0, 20_000);
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (ROLLBACK_TARGET.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        out.push(claim(m[0].trim(), [item.id]));
      }
    }
  }
  const unique = uniqueClaims(out);
  // "Chrome" adds nothing next to "Chrome 130"
  const kept = unique.filter(
    (c) =>
      !unique.some((o) => o !== c && o.value.length > c.value.length && o.value.startsWith(`${c.value} `)),
  );
  return kept.slice(0, 12);
}
