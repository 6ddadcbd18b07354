/** @module Cue patterns for the boolean signals, in the general language of support tickets. */

export const CROSS_TENANT =
  /\b(?:cross-?tenant|idor|(?:another|other|a different|someone else's|different)\s+(?:tenant|customer|company|organi[sz]ation|org|account|client)(?:'s)?\s+(?:\w+\s+){0,3}?(?:data|invoices?|records?|details|names?|information|info|files?|orders?|users?|emails?|reports?|documents?|billing|pii)|(?:data|invoice|records?) (?:from|of|belonging to) (?:another|a different|other) (?:tenant|customer|company|account))\b/i;
export const SECURITY =
  /\b(?:data (?:exposure|leak\w*|breach)|security (?:issue|incident|bug|problem|breach|hole|flaw|vulnerability)|privacy (?:issue|incident|breach)|unauthori[sz]ed (?:access|(?:\w+ )?(?:sign-?ins?|log-?ins?|logins?|sessions?|use|activity))|suspicious (?:\w+ )?(?:sign-?ins?|log-?ins?|logins?|sessions?|activity|access)|(?:unexpected|unknown|unrecogni[sz]ed|unfamiliar|strange) (?:admin )?(?:sign-?ins?|log-?ins?|logins?|sessions?)(?! (?:loop|page|screen|prompt|error|redirect|button|form))|(?:sign-?ins?|log-?ins?|logins?|sessions?) from (?:an? )?(?:unknown|unfamiliar|unusual|unexpected|foreign|strange) (?:country|location|ip|device|place)|account (?:takeover|hijack\w*|compromise)|(?:compromised|stolen|hijacked) (?:account|credentials?|token|session|key|password|laptop)s?|(?:bypass\w*|skip(?:s|ped|ping)?|circumvent\w*|get(?:s|ting)? around) (?:the |our |their |its |an? )?(?:\w+'s )?(?:\w+ ){0,2}?(?:sso|mfa|2fa|two-factor|multi-factor|saml)\b|credentials? (?:leak\w*|exposed|were exposed)|(?:api )?(?:key|token|password)s? (?:was |were )?(?:leaked|exposed|posted publicly)|pii exposure|gdpr breach|can see (?:other|another) (?:tenant|customer)s?)\b|\bSEC-\d{2,}\b|\b(?:sso|mfa|2fa|two-factor)\b[^.]{0,40}\benforc\w*[^.]{0,60}\b(?:but|yet|however)\b[^.]{0,60}\b(?:sign-?ins?|log-?ins?|logins?|sessions?)\b|\b(?:sign-?ins?|log-?ins?|logins?|sessions?)\b[^.]{0,80}\b(?:although|even though|despite|but)\b[^.]{0,40}\b(?:(?:sso|mfa|2fa)\b[^.]{0,20}\benforc\w*|enforc\w*[^.]{0,20}\b(?:sso|mfa|2fa)\b)/i;
// personal data that should be gone or kept in: erased people still in an export, personal details
// sent to a third party ("salary bands went to the payroll provider") — a privacy incident even
// when nobody says "breach"
const PERSON =
  '(?:people|persons?|person|employees?|staff|users?|individuals?|customers?|contacts?|members?|candidates?|applicants?|patients?|students?|data subjects?|records?|profiles?)';
const PERSONAL_DATA =
  '(?:personal (?:data|details|information|info|emails?|e-mail addresses|addresses|phone numbers)|pii|home addresses|home address|salar(?:y|ies)(?: (?:bands?|details|data))?|payroll data|dates? of birth|national insurance numbers?|social security numbers?|passport (?:numbers?|details)|bank details|health (?:data|records)|medical (?:data|records|details))';
const THIRD_PARTY =
  '(?:(?:a |an |the |our |their |its )?(?:third[- ]part(?:y|ies)|outside (?:company|party|firm|vendor)|external (?:party|company|vendor|provider|recipient)|(?:\\w+ )?(?:provider|processor|sub-?processor|vendor|contractor|agency|bureau)))';
export const PRIVACY = new RegExp(
  String.raw`\b(?:(?:erased|forgotten|anonymi[sz]ed)\s+(?:\w+\s+){0,2}?${PERSON}\b.{0,80}?\b(?:still|again|reappear\w*|resurfac\w*|(?:are |is )?(?:in|included|listed|visible|present) (?:it|the|our|their|this|that|a|an|every|each)\b)|(?:deleted|removed|purged)\s+(?:\w+\s+){0,2}?${PERSON}\b.{0,80}?\b(?:still (?:appear|show|are|is|in|included|listed|visible|present|there)|reappear\w*|resurfac\w*|came back|come back)|(?:erase|delete|purge|forget)\s+(?:a|an|the|that|this|one|each)\s+${PERSON}\b.{0,100}?\bstill (?:in|appears?|shows?|there|present|listed|included|exported)|(?:erasure|deletion|right[- ]to[- ]be[- ]forgotten|gdpr)\s+requests?\b.{0,100}?\b(?:still (?:in|appear|show|there|present|listed|included|exported|contain)|not (?:actually |really )?(?:erased|deleted|removed))|${PERSONAL_DATA}\b.{0,100}?\b(?:sent|shared|disclosed|leaked|went|goes|emailed|exported|forwarded|passed on|transferred|uploaded)\s+(?:to|with)\s+(?:\w+\s+){0,3}?${THIRD_PARTY}|(?:sent|shared|disclosed|leaked|emailed|exported|forwarded|passed on|transferred|uploaded)\s+(?:\w+\s+){0,4}?${PERSONAL_DATA}\b.{0,60}?\b(?:to|with)\s+(?:\w+\s+){0,3}?${THIRD_PARTY}|${PERSONAL_DATA}\b.{0,100}?\b(?:without (?:a |any )?(?:legal )?(?:basis|consent|permission|authori[sz]ation)|to (?:the )?wrong (?:recipient|people|person|company|customer|client|address)))`,
  'i',
);
export const DATA_LOSS =
  /\b(?:data loss|lost (?:data|orders|records|rows|events|messages|files|changes)|(?:data|records?|rows?|orders?|events?|messages?|entries|files?) (?:are |were |was |is |got |being )?(?:lost|dropped|deleted|corrupt\w*|missing|duplicated)|missing (?:rows|records|data|orders|events|entries)|drops? (?:the )?(?:first |last )?(?:rows?|records?|events?)|(?:possible |the )?duplicate[sd]? (?:\w+ )?(?:records?|rows?|orders?|entries|events?|data|charges?|payments?|invoices?|transactions?|deliveries|webhooks?|contacts?|patients?|bookings?|appointments?|shipments?)|delivered twice|double[- ](?:booked|posted|charged|counted|billed)|corrupt\w*|never (?:arrived|made it)|empty (?:files?|exports?|reports?|csvs?|downloads?)|(?:files?|exports?|reports?|csvs?) (?:are |were |came out |come out |arrive |arrived )(?:empty|blank)|(?:0|zero)[ -]?(?:kb|bytes|rows|records)\b)\b/i;
// a service, app or site down, or people unable to get in: never "calm him down", "goes down the
// same path" nor "if nobody can fix this today"
const ACTIVITY =
  '(?:checkouts?|payments?|orders?|purchases?|transactions?|bookings?|reservations?|card payments?|sales)';
export const OUTAGE = new RegExp(
  String.raw`\b(?:(?:0|zero|no) successful (?:\w+ )?(?:logins|requests|syncs|calls|deliveries)|success rate (?:fell|dropped|< ?\d)|outage|(?:is|are|was|were|'s|'re|went|goes|has gone|have gone|has been|have been) (?:completely |totally |fully |still )?down\b(?!\s*(?:the|an?|this|that|to|from|by|with|\d+)\b)|(?:site|app|service|platform|portal|system) is (?:completely )?(?:down|unreachable|offline))`,
  'i',
);
// the customer's business at a halt ("zero orders since Thursday", "no sales today"): an outage of
// ours only when our side says it, never from the customer's own figures alone
export const BUSINESS_HALT = new RegExp(
  String.raw`\b(?:no|zero|0) (?:successful |completed )?${ACTIVITY} (?:since|for|in the last|today|this morning|went through|have gone through|came through|at all)\b`,
  'i',
);
// a whole channel gone: "no e-mails go out at all" (a failure for everyone is read from structure:
// language/reads-everyone-fails.ts)
export const OUTAGE_CHANNEL =
  /\bno (?:push(?:es)?|notifications|e-?mails|messages|webhooks) (?:are |is )?(?:going out|being sent|delivered|arriving) at all\b/i;
// a question or a condition about a release is no claim: "asked whether anything in signing
// changed", "if your release broke this, …"
export const NOT_A_STATEMENT =
  /\b(?:whether|if|unless|in case)\s+(?:\w+\s+){0,6}?(?:(?:the|your|our|this|that|a|an|last|yesterday's|today's)\s+)?(?:[\w.-]+\s+)?(?:release|deploy(?:ment)?|update|upgrade|rollout|roll-out|migration|version|patch)\s+(?:\w+\s+)?(?:broke|changed|caused|introduced|did|is|was|has|had|touched)\b|\b(?:whether|if)\s+(?:anything|something)\b[^.]{0,60}\bchanged?\b/i;
export const RELEASE =
  /\b(?:(?:went out|rolled out|was (?:released|deployed|shipped))\b[^.]{0,80}\b(?:changed|broke|introduced|started)|it'?s (?:on us|our regression|a regression)|our regression|(?:since|after|following) (?:the |our |your |yesterday's |last night's |today's |this week's |last week's )?(?:\S+ )?(?:upgrade|release|deploy\w*|update|migration|rollout|roll-out|version)|(?:release|deploy(?:ment)?|upgrade|update|migration|rollout|version|patch) (?:\S+ )?(?:changed|broke|introduced|caused|removed)|regression|broke (?:in|with|after))\b/i;
// a known defect that came back, or a failure traced to our code, is a confirmed bug too
export const BUG_CONFIRMED =
  /\b(?:same (?:thing|bug|issue|defect) as [A-Z]+-\d+|supposedly fixed|(?<!(?:can'?t|cannot|couldn'?t|not|unable to|failed to) )reproduced|repro'd|can repro(?:duce)?|confirmed (?:a |the |it'?s a |as a )?(?:bug|defect|regression)|root cause (?:is|was|found)|(?:the )?(?:root )?cause is (?:our|in our|a bug in)|(?:is|isn'?t|is not|not) idempotent|(?:that'?s|it'?s) (?:our|a) (?:bug|defect)|our (?:retry|job|worker|code|service|mailer|scheduler|importer|sync) (?:is |was |keeps )?(?:resending|re-?sending|dropping|double[- ]sending|skipping|breaking))\b/i;
export const DEFECT =
  /(?:\b(?:HTTP|status|returns?|returned|returning|responds? with|code)\s*5\d\d\b|\b5\d\d(?:s\b|\s+(?:errors?|internal|responses?|bad gateway|service unavailable|gateway time-?out))|internal server error|traceback|\w+(?:Exception|Error)\b(?::|\s+at\b)|unhandled (?:exception|error)|timing out|timed out|ETIMEDOUT|ECONNRESET|segfault|crash(?:es|ed|ing)?\b)/i;
export const DOCUMENTED =
  /\b(?:documented|works as (?:designed|intended|expected)|expected behaviou?r|known limitation|(?:help[- ]?(?:center|centre)|kb|knowledge[- ]base|support) article|\/hc\/|\/docs\/|how-?to)\b/i;
export const BILLING =
  /\b(?:invoice\w*|billing|billed|charged?|charges|double[- ]charged|refund\w*|overcharg\w*)\b/i;
export const COMPENSATION =
  /\b(?:(?:service|account|billing) credits?|refund\w*|reimburs\w*|free (?:months?|weeks?)|\w+ months? free|discount|compensat\w*|waive\w*)\b/i;
export const CHURN =
  /\b(?:(?:can'?t|cannot|won'?t|will not|not) (?:\w+ ){0,3}renew|renew(?:al|ing)\b[^.]{0,80}?\b(?:(?:is|are|was|isn'?t|is not) (?:not )?(?:exactly )?helping|(?:doesn'?t|does not|won'?t|will not) help|(?:hurts?|hurting|jeopardi[sz]\w+|endangers?|threatens?)\b|(?<!not )(?:at risk|in doubt|in question|on the line|shaky|wobbly|uncertain)|(?:will|would|is going to) (?:weigh on|come up in|factor into|affect|impact)|puts? (?:\w+ ){0,2}at risk)|competitors?|alternatives?|churn)\b/i;
export const SLA =
  /\b(?:missed (?:the |our |your |its )?(?:[\d.]+ ?% )?(?:\w+ )?(?:availability|uptime|response|resolution|service[- ]level) (?:commitment|target|guarantee|sla)|(?:availability|uptime|service[- ]level) (?:commitment|guarantee|target|sla) (?:was |were |has been )?(?:missed|breached|not met)|sla (?:breach\w*|violat\w*|missed|miss)|overdue)\b/i;
// a contract invoked as an obligation, not a contract merely named ("renew the contract"); the
// lookahead lets the lookbehind (a scan back of up to 60 letters) run only where "clause <n>" starts
export const CONTRACT_CLAIM =
  /\b(?:clause \d+(?:\.\d+)*\b(?=[^.?!]{0,60}\b(?:agreement|contract|msa)\b)|(?=clause \d)(?<=\b(?:agreement|contract|msa)\b[^.?!]{0,60})clause \d+|(?:material )?breach(?:ed|es)? (?:of )?(?:the |our |your |this )?(?:agreement|contract|msa)|(?:position|rights|remedies|obligations?) under (?:the |our |your |this )?(?:agreement|contract|msa)|general counsel|legal action)\b/i;
export const OWNERSHIP =
  /\b(?:no (?:clear )?owner|nobody owns|no one owns|who owns|(?:said|says|thinks) (?:it'?s|it is) (?:a|an|the) \w+ (?:issue|problem|bug)|ping-?pong\w*)\b/i;
// a public status-page incident, not a product page called "sync status page" nor an internal INC id
export const VENDOR_INCIDENT =
  /\b(?:status ?page (?:incident|post|update|says|shows an? incident|going up|is up)|statuspage)\b/i;

/** Product areas and their cue words, checked in this order. */
export const AREAS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'auth',
    /\b(?:sso|saml|oidc|oauth|log ?in|sign[- ]?in|login|password|mfa|2fa|scim|provisioning|identity)\b/gi,
  ],
  ['billing', /\b(?:invoice\w*|billing|charged?|refund\w*|payment|subscription)\b/gi],
  ['webhooks', /\bwebhooks?\b/gi],
  ['export', /\b(?:exports?|exported|download\w*|csv)\b/gi],
  ['integrations', /\b(?:sync\w*|integration\w*|connector\w*|erp|crm)\b/gi],
  ['reporting', /\b(?:dashboards?|charts?|reports?|reporting|widgets?|analytics)\b/gi],
  ['api', /\b(?:api|endpoints?|bulk|requests?)\b/gi],
  ['admin', /\b(?:invite\w*|roles?|permissions?|audit[- ]log|admin|seats?)\b/gi],
];

/** Sentences that mention loss words without losing data ("missing required column"). */
export const NOT_DATA_LOSS =
  /\bmissing (?:a |an |the |required |mandatory )*(?:columns?|fields?|headers?|parameters?|permissions?|values?|scopes?|features?)\b/i;
