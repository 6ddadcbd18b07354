/** @module The cue patterns that tell an attempt, a check's finding and its result apart. */

// an action someone took (past tense, or a reported state of a fix in progress)
export const ATTEMPT =
  /\b(?:tried|try(?:ing)? again|you (?:suggested|recommended)|already (?!(?:mentioned|said|told|asked|explained|noted|stated|complained|threatened|escalated|reported|warned)\b)\w+ed|(?:rollback|revert|fix|hotfix|patch|restart|failover)\b(?:[^.]|\.(?=\S)){0,60}\b(?:is |was |has been )?(?:queued|started|in progress|deployed|rolled out|applied|implemented|shipped)|(?:cut|reduced|lowered|increased|raised|bumped|changed|switched|moved|split) (?:the|our|their|my) |ran (?:the|their|our|it|a|an)|\b(?:i|we)(?:'ve| have)?(?: also| just| then)? ran\b|pulled|uploaded|renamed|exported|imported|opened|refreshed|edited|upgraded|downgraded|attempted|re-?computed|re-?calculated|compared|diffed|cross-checked|inspected|queried|grepped|(?:(?:rolling|full|manual|forced) )?(?:restart|rollback|redeploy|re-?deploy|failover|reboot|flush|purge|re-?index|re-?sync)\b[^.;]{0,60}?(?:\bat|@) ~?\d{1,2}[:.h]\d\d\b|re-?authori[sz]ed|re-?authenticated|regenerated|rotated|restarted|rebooted|cleared|reinstalled|re-?installed|checked|reproduced|repro['’]d|reverted|re-?ran|retried|retrying|reset|disconnected|reconnected|re-?connected|switched|disabled|re-?enabled|verified|tested|ruled out|re-?sav(?:e|ed|ing)|re-?sent|resent|reduced|lowered|looked (?:at|into)|replayed|flushed|purged|updated the|recreated|re-?created|logged out|signed out|incognito|confirmed (?:that|the|it)|sent (?:the|us|it|over|to)|(?:by hand|manually)|(?:we're|we are|we've been|we have been) (?:adding|keying|entering|typing|re-?entering|uploading|exporting|processing|doing|using|splitting|running)|investigated|(?:i|we)(?:'ve| have)? (?:added|logged|linked) (?:a|an|the|your|their|our|this|it)|logged (?:a|an) |re-?keyed|hand-?keying|^workaround:|(?:de|re)?activated|revoked|(?:ended|killed|terminated|closed) (?:the|his|her|their|that|all|every) (?:\w+ )?sessions?|suspended|halt(?:ed|ing)|paus(?:ed|ing) (?:the|our|their)|roll(?:ed|ing) (?:it |this |that |them )?back|filter(?:ed|ing)? (?:the|it|them|by|on|down)|uninstalled)/i;

// the customer's own attempt that failed: "we're trying to invite our staff and it fails every time"
export const CUSTOMER_ATTEMPT =
  /\b(?:we(?:'re| are| have been|'ve been)|i(?:'m| am| have been|'ve been)) trying to \w+\b.{0,120}\b(?:fails?|failed|errors?|doesn'?t work|won'?t|keeps? failing|stops?)\b|\b(?:exports?|imports?|uploads?|downloads?|syncs?|invites?)\b.{0,40}\b(?:stops? at|stopped at|fails? (?:at|on|with)|failed (?:at|on|with)|cuts? off at|times? out)\b/i;

// the customer checked after a fix was announced and it still fails
export const STILL_AFTER_FIX =
  /\b(?:resolved|fixed|deployed|restored|shipped|closed)\b.{0,120}\bbut\b.{0,60}\bstill\b/i;

// a state someone looked at and reports ("membership svc looks healthy", "console shows 500s")
export const OBSERVATION =
  /\b(?:(?:has|have|shows?|showed|saw|see|seeing) (?:zero|no) \w+|(?:looks?|is|seems?) (?:healthy|fine|ok|clean|normal)|\w+(?:s|es) (?:fine|ok|correctly|normally)|no [\w-]+ (?:errors?|events?|warnings?|failures?|429s|5\d\ds)|shows? \d[\w.%]*|(?:is|are|isn'?t|is not) (?:on|not on|off) (?:the|our) (?:[\w-]+ )?roadmap)\b/i;

// a release or deploy as the subject ("4.8.0 moved the channel id"): a cause, not an attempt
export const CHANGE_BY_RELEASE =
  /\b(?:deploy\w*|release|version|upgrade|update|migration|rollout|v?\d+\.\d+[\w.-]*)(?:\s+\S+){0,3}\s*$/i;

// a system that restarted on its own ("the p7 consumer restarted twice during the incident")
export const RESTARTED_ITSELF =
  /\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:restarted|rebooted|crashed)\s+(?:twice|again|itself|repeatedly|during|overnight)\b/i;

// an observation that already names the looking
export const CHECK_VERB = /\b(?:checked|confirmed|verified|looked|tested|reproduced|repro['’]d)\b/i;

export const RESULT =
  /\b(?:still|didn't (?:help|work|fix|change)|did not (?:help|work|fix|change)|no (?:luck|change|difference|errors?)|same (?:result|error|thing|issue|problem)?|worked|works|working|fix(?:es|ed)|resolved|fail(?:s|ed|ing)|rejected|healthy|ok\b|okay|fine|succeed\w*|success\w*|fewer|none|nothing|validated|validates|passed|match(?:es)?|imported|loaded|stopped|gone|disappeared|returned|shows?|showed|zero\b|identical|differ(?:s|ent)?\b|but\b)/i;

export const NEGATED =
  /\b(?:hasn'?t|haven'?t|never|isn'?t|wasn'?t) (?:yet )?(?:\w+ )?(?:tested|checked|tried|verified|confirmed|reproduced|looked)\b/i;

// "our engineers are actively working on this": where the case stands, not something tried
export const WORKING_ON_IT =
  /\b(?:is|are|'re|'s)(?: (?:actively|still|now|currently|busy))? (?:working on|looking into|investigating|on) (?:this|it|the (?:issue|problem|case|ticket))\b/i;

export const NOT_ATTEMPT =
  /^(?:not|can|would|will|should|please|if|when|let me|let's|i'll|we'll|going to|haven't|have not|hasn't|nobody|no one)\b/i;

// a plan or a possibility before the verb ("we can say they're re-sent") is not something done
export const MODAL =
  /\b(?:can|could|should|would|will|might|must|need to|going to|want to|'ll)(?!['’]?t\b|n['’]t|not\b)\b/i;

// documentation speaks to the reader ("your header row has no column …", "split the file")
export const ADDRESSES_READER =
  /\b(?:you|your)\b|(?:^|[:*]\s*)(?:split|rename|use|go|choose|create|leave|save|download|upload|open|click|select|set|try|contact|make|ensure|check)\b/i;

// a suggestion someone made ("could you try re-authorizing the connection?"), for "did that twice"
export const SUGGESTION = /\b(?:try|trying|suggest(?:ed)?|recommend(?:ed)?)\s+(.{6,160}?)(?:\?|$|\.\s)/i;
export const DID_THAT =
  /^(?:(?:yes|yep|ok|okay)[,.!]?\s*)?(?:(?:we|i)(?:'ve| have)?\s+)?(?:did|done|tried|do(?:ne)?)\s+(?:that|this|it|so|both|those)\b/i;

// an internal note of findings: "Kibana: 500s on 3.8% of bulk calls", "L2: header row is wrong"
// what a finding says after its label: a figure or a word of state ("… 0 failed", "… is missing")
export const FINDING_TAIL =
  /\d|\b(?:no|none|zero|healthy|fine|ok|normal|shows?|has|have|is|are|only|changed|unchanged|untouched|missing|match(?:es)?|correct|wrong|same|valid|invalid)\b/i;
export const FINDING = new RegExp(
  `^(?!(?:customer|account|company|client|plan|tier|arr|renewal|contact|owner|csm|region|subject|priority|status|tags|deadline|impact|severity|summary|need|unknowns?|asks?)\\s*:)(?:[A-Za-z][\\w-]{1,20}|\\d[\\w.]*(?: [\\w+#./-]+){1,3}):\\s+\\S.*(?:${FINDING_TAIL.source})`,
  'i',
);

// what support (or a help-desk bot) suggested to the customer in public
export const SUGGESTS =
  /\b(?:please (?:ask|follow|clear|sign|log|restart|reinstall|re-?install|update|upgrade|use|switch|try|check|make sure|remove|delete|disable|enable|turn|go|refresh|reload|close|reconnect|re-?connect|reset)\b|you can (?:use|try|set|switch|schedule|export|split|rename|run)|could you try|try (?:\w+ing))\b/i;

// a reproduction that names no object of its own ("repro'd in our sandbox")
export const REPRODUCED = /\b(?:reproduced|repro['’]d|repro)\b/i;

// a diagnostic command and what it printed ("openssl s_client -connect … gets CN=…", "ran dig … → …")
export const COMMAND_CHECK =
  /(?:^|:\s+)`?(?:openssl|curl|dig|nslookup|host|ping|traceroute|tracert|mtr|kubectl|psql|mysql|redis-cli|wget|telnet|nc|ssh|aws|gcloud|az|gh|grep|jq|sqlcmd)\s+(?:[-+]{1,2}\w|[a-z_]+\b)[^\n]*?(?:->|=>|→|\b(?:gets?|got|returns?|returned|shows?|showed|prints?|printed|gives?|gave|lands? on|landed on|answers?|answered|responds?|responded|says|said)\b)/i;

// a terse engineer's "not the WAF." rules the named thing out; the next sentence says why
export const NOT_THE =
  /^(?:(?:ok|so|nope|no)[,.]?\s+)?(?:it'?s |it is )?not the ([\p{L}\p{N}][\p{L}\p{N} ./_-]{1,40}?)[.!]?$/iu;

// what staff found looking at something, in an internal note ("the credit line is missing", "quantity is 60, which is right")
export const STAFF_OBSERVATION =
  /\b(?:is|are|was|were) (?:missing|absent|correct|right|wrong|intact|unchanged|untouched|present|identical)\b/i;
