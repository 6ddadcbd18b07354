import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { deniesIncident, readsEndedOutage, readsNoOutage } from './reads-no-outage.js';
import { OUTAGE } from './signal-cues.js';

const reads = (text: string): boolean => readsNoOutage(analyze(text).sentences[0]);

describe('an outage named but not claimed now', () => {
  it.each([
    'This is not an outage, just one slow report.',
    'Nothing in our metrics suggests an outage.',
    'We did not see any outage on our side.',
    'What you see is throttling rather than an outage.',
    'It was a planned maintenance window instead of an outage.',
    'Since the 3 February outage the nightly sync has been slower.',
    "Last month's outage is covered in the postmortem.",
    'We had four outages in the first quarter.',
    'There have been several outages this year.',
  ])('no outage now: %j', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    'We have had an outage since 7am.',
    'The billing outage is still ongoing.',
    'This is a full outage of the booking page.',
    // real text (danluu/post-mortems): "without" negates the configuring, not the outage
    'Sending multicast traffic without properly configuring switches caused a global outage.',
  ])('an outage claimed: %j', (text) => {
    expect(reads(text)).toBe(false);
  });
});

describe('readsEndedOutage: an outage past that only sets the time of something else', () => {
  const ended = (text: string): boolean => {
    const m = OUTAGE.exec(text);
    const [sentence] = analyze(text).sentences;
    if (!m || !sentence) throw new Error(`no outage phrase in ${text}`);
    return readsEndedOutage(sentence, m[0]);
  };

  it.each([
    'Your payments went through, 9 of them while the portal was down.',
    'Two bookings came in when the site was down on Sunday.',
    'We sent the reminder before the service went down.',
  ])('ended: %j', (text) => {
    expect(ended(text)).toBe(true);
  });

  it.each([
    // now, not past
    'Nobody can book while the site is down.',
    // past, but the point of the sentence
    'The portal was down for three hours this morning.',
    // a past clause that is no time frame
    'I noticed that the app was down for an hour.',
  ])('claimed: %j', (text) => {
    expect(ended(text)).toBe(false);
  });
});

describe('deniesIncident: our side says the service has no failure', () => {
  const reads = (text: string): boolean => analyze(text).sentences.some((s) => deniesIncident(s));

  it.each([
    'Checked with the platform team: no billing incident this week.',
    'This is not an outage, the job is queued.',
    'We saw no downtime on our side.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'Is there an incident open?',
    'There might be no incident at all.',
    'The incident started at 09:12.',
    'No problem, happy to help.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
