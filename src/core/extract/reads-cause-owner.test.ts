import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsCauseOwner } from './reads-cause-owner.js';

const owner = (text: string): string | null => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return readsCauseOwner(sentence)?.owner ?? null;
};

describe('readsCauseOwner: whose side the cause is on', () => {
  it.each([
    // the problem placed with us
    ['The root of it is on our side, the nightly job skipped March.', 'ours'],
    ['Sorry, this one is on us.', 'ours'],
    ['There is an issue on our end with the mail relay.', 'ours'],
    ['The problem is ours, not the bank feed.', 'ours'],
    // a fault owned in the first person, said as the point
    ['My mistake, I pushed the wrong price table.', 'ours'],
    ['It is our fault, the reminder queue ran twice.', 'ours'],
    ['That was our bug.', 'ours'],
    // what we ship, or we ourselves, as the agent of the breakage
    ['Our migration dropped the custom fields for older workspaces.', 'ours'],
    ['The duplicates were caused by our retry change.', 'ours'],
    ['We broke the CSV header order on Tuesday.', 'ours'],
    ['We have introduced a regression in the tax rounding.', 'ours'],
    ['There is a defect in our invoice renderer.', 'ours'],
    // the other side
    ['The leftover breakage is theirs.', 'theirs'],
  ])('%s → %s', (text, expected) => {
    expect(owner(text)).toBe(expected);
  });

  it.each([
    // denied
    ['It is not our fault, the carrier rejected the batch.'],
    ['The cause is not on our side.'],
    ['There is no defect in our invoice renderer.'],
    ['We did not break anything in the release.'],
    // a side named, no cause placed on it
    ['We checked the logs on our side.'],
    ['Everything looks fine on our end.'],
    ['The mail logs on our side show every message accepted.'],
    // the fault word names a thing or is someone's own task
    ['Our bug tracker has the ticket.'],
    ['Our error logs show nothing for that hour.'],
    ['I am still working on my bug from last week.'],
    ['My worst mistakes are typos in the domain.'],
    // planned or remedial, not a breakage
    ['We will remove the duplicate rows tonight.'],
    ['We introduced a new export format in May.'],
    // a passive: the change is what was done to
    ['In my setup the change is caused by the VPN dropping.'],
    // a belief held once and dropped
    ['I thought our release broke it, but the data was wrong before.'],
  ])('%s → none', (text) => {
    expect(owner(text)).toBeNull();
  });
});
