/** @module Account-context column and key names (CRM exports vary) mapped to Spine's account fields. */
import type { AccountField } from '../../model/intake.js';

export interface AccountColumn {
  readonly field: AccountField;
  /** label used in the evidence text (`Tier: Enterprise`) */
  readonly label: string;
}

const COLUMNS: readonly [RegExp, AccountField, string][] = [
  [
    /^(account|account_name|company|company_name|customer|customer_name|name|organization|organisation|org|org_name|client)$/,
    'account',
    'Account',
  ],
  [/^(tier|customer_tier|account_tier|service_tier)$/, 'tier', 'Tier'],
  [/^(plan|plan_name|subscription|product_plan|edition|package)$/, 'plan', 'Plan'],
  [/^(arr|arr_[a-z]{3}|annual_recurring_revenue|acv|contract_value|annual_contract_value)$/, 'arr', 'ARR'],
  [
    /^(renewal|renewal_date|renews|renews_on|renewal_on|contract_end|contract_end_date|next_renewal)$/,
    'renewal',
    'Renewal',
  ],
  [/^(csm|customer_success_manager|success_manager|csm_name)$/, 'csm', 'CSM'],
  [/^(owner|account_owner|account_exec|account_executive|ae|account_manager)$/, 'owner', 'Owner'],
  [/^(region|geo|territory)$/, 'region', 'Region'],
  [/^(domain|email_domain|website|web_domain)$/, 'domain', 'Domain'],
  [/^(segment|customer_segment|market_segment)$/, 'segment', 'Segment'],
  [/^(seats|licenses|licences|users|seat_count|user_count)$/, 'seats', 'Seats'],
  [/^(health|health_score|account_health)$/, 'health', 'Health'],
  [/^(notes|note|comments|comment)$/, 'notes', 'Notes'],
  [/^(support_plan|support_sla|sla|support_tier|support_level)$/, 'notes', 'Support plan'],
  [/^(executive_sponsor|exec_sponsor|sponsor)$/, 'notes', 'Executive sponsor'],
  [/^(key_account|strategic_account)$/, 'notes', 'Key account'],
];

/** `ARR (USD)` → `arr_usd`: lower case, runs of other characters to one underscore. */
export function normaliseColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The account field a column or key stands for, or null when it is not one that matters. */
export function accountColumn(name: string): AccountColumn | null {
  const key = normaliseColumn(name);
  for (const [pattern, field, label] of COLUMNS) if (pattern.test(key)) return { field, label };
  return null;
}

/** Columns that on their own say "this is account context". */
export function isStrongAccountColumn(name: string): boolean {
  const column = accountColumn(name);
  return (
    column !== null && ['tier', 'plan', 'arr', 'renewal', 'csm', 'seats', 'health'].includes(column.field)
  );
}

/** The currency an ARR column names (`arr_usd`, `ARR (EUR)`), as a symbol. */
export function currencyOfColumn(name: string): string {
  const key = normaliseColumn(name);
  if (/usd/.test(key)) return '$';
  if (/eur/.test(key)) return '€';
  if (/gbp/.test(key)) return '£';
  return '';
}
