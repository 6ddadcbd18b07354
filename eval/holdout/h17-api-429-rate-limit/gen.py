import json
users = [
 {"id": 41200871, "name": "Jonas Feldhaus", "email": "j.feldhaus@kestrel-analytics.de", "role": "end-user", "organization_id": 5520031, "time_zone": "Berlin", "iana_time_zone": "Europe/Berlin"},
 {"id": 41100015, "name": "Aisha Bello", "email": "aisha.bello@ledgerloop.com", "role": "agent", "organization_id": None, "time_zone": "London", "iana_time_zone": "Europe/London"},
 {"id": 41100022, "name": "Rafael Quintero", "email": "rafael.q@ledgerloop.com", "role": "agent", "organization_id": None, "time_zone": "Madrid", "iana_time_zone": "Europe/Madrid"},
 {"id": -1, "name": "Zendesk", "email": None, "role": "admin", "organization_id": None},
]
first = "Hello,\n\nyour API is broken since yesterday evening. Our nightly invoice sync script gets errors on most calls to /v3/invoices and stops after some minutes. Error is:\n\n429 Too Many Requests {\"error\":\"rate_limit_exceeded\",\"message\":\"Request limit of 300 per minute exceeded for this API key\"}\n\nNothing was changed on our side except we made the script faster (more workers) because of month-end volume. We have ~18.000 invoices to push before Monday closing. Please fix urgently. HAR attached from our test run.\n\nMit freundlichen Grüßen\nJonas Feldhaus\nHead of Data Engineering, Kestrel Analytics GmbH"
ticket = {"ticket": {
 "url": "https://ledgerloop.zendesk.com/api/v2/tickets/77154.json", "id": 77154, "external_id": None,
 "via": {"channel": "email", "source": {"from": {"address": "j.feldhaus@kestrel-analytics.de", "name": "Jonas Feldhaus"}, "to": {"name": "LedgerLoop Support", "address": "support@ledgerloop.zendesk.com"}, "rel": None}},
 "created_at": "2026-11-20T07:48:19Z", "updated_at": "2026-11-20T13:12:40Z", "type": "problem",
 "subject": "BUG: API returns errors, invoice sync broken", "raw_subject": "BUG: API returns errors, invoice sync broken",
 "description": first, "priority": "high", "status": "open", "recipient": "support@ledgerloop.zendesk.com",
 "requester_id": 41200871, "submitter_id": 41200871, "assignee_id": 41100015, "organization_id": 5520031, "group_id": 360001, 
 "collaborator_ids": [], "follower_ids": [41100022], "email_cc_ids": [], "forum_topic_id": None, "problem_id": None, "has_incidents": False,
 "is_public": True, "due_at": None, "tags": ["api", "business_plan", "bug_report"],
 "custom_fields": [{"id": 360011223344, "value": "api"}, {"id": 360011223355, "value": "business"}],
 "fields": [{"id": 360011223344, "value": "api"}, {"id": 360011223355, "value": "business"}],
 "satisfaction_rating": {"score": "offered"}, "sharing_agreement_ids": [], "followup_ids": [], "brand_id": 360000411, "allow_channelback": False, "allow_attachments": True},
 "users": users}
def c(id, author, body, public, at, att=None):
    html = '<div class="zd-comment" dir="auto">' + "".join(f"<p>{p}</p>" for p in body.replace("&","&amp;").replace("<","&lt;").replace(">","&gt;").split("\n\n")) + "</div>"
    return {"id": id, "type": "Comment", "author_id": author, "body": body, "html_body": html, "plain_body": body, "public": public,
      "attachments": att or [], "audit_id": id + 900000, "via": {"channel": "email" if author == 41200871 else "web", "source": {"from": {}, "to": {}, "rel": None}},
      "metadata": {"system": {"client": "Mozilla/5.0", "ip_address": "10.0.0.1", "location": "Berlin, BE, Germany"}, "custom": {}}, "created_at": at}
comments = {"comments": [
 c(88110001, 41200871, first, True, "2026-11-20T07:48:19Z", [{"id": 3301, "file_name": "invoice-sync-run.har", "content_url": "https://ledgerloop.zendesk.com/attachments/token/k3s/?name=invoice-sync-run.har", "content_type": "application/json", "size": 18220, "inline": False}]),
 c(88110002, 41100015, "Hi Jonas,\n\nthanks for the HAR, that's very helpful. The responses you are getting are HTTP 429 with a Retry-After header, which is our API rate limit rather than an outage: each API key can make 300 requests per minute on the Business plan (see https://developer.ledgerloop.com/docs/rate-limits). In your HAR the script sends about 40 requests in the same second from many workers and does not wait for Retry-After before retrying.\n\nCould you tell me how many workers the script runs now, and whether it reads the Retry-After header?\n\nBest regards,\nAisha", True, "2026-11-20T09:15:02Z"),
 c(88110003, 41100015, "Checked API gateway metrics for key ending 7c1d: peak 1,140 req/min from 19:02 CET yesterday, throttled correctly, no 5xx. Their old runs were ~220/min. Limit unchanged since March. My first thought was the gateway config push on Wednesday but Rafael confirmed it didn't touch rate limits. Nothing for Eng here.", False, "2026-11-20T09:40:31Z"),
 c(88110004, 41200871, "Hi Aisha,\n\nok we run 16 workers now, before 4. The retry is immediate, no we do not read Retry-After. But I still think 300/minute is too low for month-end, can you raise the limit for our key or is this a bug we must live with?\n\nJonas", True, "2026-11-20T11:02:47Z"),
 c(88110005, 41100022, "L2 review: documented behaviour, limit is per key and cannot be raised on Business (Enterprise gets 1,200/min, that's a sales conversation). Backoff on Retry-After + 4 workers got them 18k invoices done in ~65 min in our sandbox replay. Keep it in support, no escalation.", False, "2026-11-20T12:30:09Z"),
 c(88110006, 41100015, "Hi Jonas,\n\nthis is not a bug: the limit is working as documented. If your script waits for the number of seconds in the Retry-After header before retrying, and you go back to 4 workers, the 18,000 invoices will finish in a bit over an hour, well before Monday. We replayed your pattern on a test account to confirm. If you need a higher limit permanently, the Enterprise plan allows 1,200 requests per minute and I can put you in touch with your account manager.\n\nBest regards,\nAisha", True, "2026-11-20T13:12:40Z"),
], "next_page": None, "previous_page": None, "count": 6, "users": users}
json.dump(ticket, open("handoff/zendesk-ticket-77154.json","w"), indent=2, ensure_ascii=False)
json.dump(comments, open("handoff/zendesk-ticket-77154-comments.json","w"), indent=2, ensure_ascii=False)
entries=[]
import datetime
base = datetime.datetime(2026,11,19,18,4,11,200000)
for i in range(6):
    ok = i in (0,1)
    t = (base + datetime.timedelta(milliseconds=37*i)).isoformat(timespec='milliseconds')+"Z"
    rid = f"req_01HZK{4820+i}QW"
    body = '{"invoice_id":"INV-2026-%05d","status":"queued"}' % (8810+i) if ok else '{"error":"rate_limit_exceeded","message":"Request limit of 300 per minute exceeded for this API key"}'
    hdrs = [{"name":"content-type","value":"application/json"},{"name":"x-request-id","value":rid},{"name":"x-ratelimit-limit","value":"300"},{"name":"x-ratelimit-remaining","value":"0" if not ok else str(2-i)}]
    if not ok: hdrs.append({"name":"retry-after","value":"23"})
    entries.append({"startedDateTime": t, "time": 41 + i,
      "request": {"method":"POST","url":"https://api.ledgerloop.com/v3/invoices","httpVersion":"HTTP/2.0","cookies":[],
        "headers":[{"name":":authority","value":"api.ledgerloop.com"},{"name":"authorization","value":"Bearer [redacted]"},{"name":"content-type","value":"application/json"},{"name":"user-agent","value":"kestrel-invoice-sync/2.3 python-httpx/0.27.0"}],
        "queryString":[],"headersSize":310,"bodySize":402,"postData":{"mimeType":"application/json","text":'{"customer_ref":"C-%d","currency":"EUR","lines":[{"sku":"SUB-ANNUAL","qty":1,"unit_price":1290.0}]}' % (5100+i)}},
      "response": {"status": 201 if ok else 429, "statusText": "Created" if ok else "Too Many Requests", "httpVersion":"HTTP/2.0","cookies":[],"headers":hdrs,
        "content":{"size":len(body),"mimeType":"application/json","text":body},"redirectURL":"","headersSize":180,"bodySize":len(body)},
      "cache":{}, "timings":{"blocked":0.4,"dns":-1,"connect":-1,"send":0.2,"wait":38+i,"receive":2.1,"ssl":-1}, "serverIPAddress":"18.184.22.71","connection":"443"})
har={"log":{"version":"1.2","creator":{"name":"mitmproxy","version":"10.3.0"},"pages":[],"entries":entries,"comment":"kestrel invoice sync test run, 16 workers"}}
json.dump(har, open("handoff/invoice-sync-run.har","w"), indent=2)
