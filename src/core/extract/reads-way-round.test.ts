import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { wayRoundCue } from './reads-way-round.js';

const cue = (text: string): string | null => {
  for (const s of analyze(text).sentences) {
    const c = wayRoundCue(s);
    if (c) return c;
  }
  return null;
};

describe('wayRoundCue: a way round offered or described', () => {
  it.each([
    'As a stop-gap, print the labels from the desktop app.',
    'In the meantime the clinic books patients on paper.',
    'For now we key the refunds in by hand.',
    'Until the fix ships they can upload the file through the portal.',
    'Customers can also pay by bank transfer.',
    'Workspace admins can revoke the old tokens by hand.',
    'If they cannot wait they can export per region.',
    'Could they run the import in smaller batches?',
    'Retry the sync after the nightly job finishes.',
    'Re-pairing the scanner fixes the dropped reads.',
    // the action just described, then what it restores
    'That gets the route back to a single loop.',
    'This solves the overlap on the rota screen.',
    // an action bounded by the fix
    'Until it is repaired, the front desk will check guests in from the paper list.',
    // what was lost comes back
    'The archived quotes can be recovered from the bin for two weeks.',
    // real tracker sentences (NLBSE issue bodies)
    'Reverting back to Chrome 100 seems to help.',
    'You can kind of work around the second issue by writing your own string cast at the log callsite, but you lose the DX of introspection, which is pretty nice.',
  ])('reads %j', (text) => expect(cue(text)).not.toBeNull());

  it('names "instead" when that is the cue, so a described behaviour can be told apart', () => {
    expect(cue('The importer reads the first sheet instead of the chosen one.')).toBe('instead');
  });

  it.each([
    "They can't log in since the update.",
    'Could you send us the two statement lines?',
    'You can check our status page for updates.',
    'The renewal job retried after a timeout.',
    'The retry policy is five attempts a day.',
    'We found two tickets from smaller accounts.',
    // where it works is the problem's scope, not a way round
    'This works in the desktop client.',
    'That fixed nothing.',
    'Nothing syncs until it is fixed.',
    'The hook defers the render until the promise resolves.',
    'The deleted quotes cannot be recovered.',
    'Can the quotes be recovered?',
    // the case is labelled for now, nothing is worked around
    'Treat this as a sev 3 for now.',
    // real tracker sentences (NLBSE issue bodies)
    "I'd be thankful with any kind of help you can give me.",
    "In rarer cases, it is unavoidable having props that aren't nested objects.",
    'Looking for some help.',
    'Querying the DOM immediately after ReactDOM.render worked in versions prior to React 16.',
  ])('does not read %j', (text) => expect(cue(text)).toBeNull());
});

describe('wayRoundCue: a way-round word in a sentence that offers none', () => {
  it.each([
    // looking into it
    'In the meantime we are checking the connection logs on our side.',
    // an impact denied bounds the problem
    'Invoices are not affected, customers can still pay them.',
    // a one-off act at a stated time
    'We removed the extra bookings by hand on Friday morning.',
    'The refunds went out on Wednesday 9 March instead.',
    'The plan was set up right, but the scheduler moved the run to 4 March instead.',
    // a thing doing it, described
    'My first thought was the scanner retrying on a slow network.',
    // voicing a wish
    'You can vote for the feature on our ideas portal.',
    // a name then "you": spoken to a colleague
    'Priya you can offer them a month of credit, that is within our limit.',
  ])('reads no way round in %j', (text) => expect(cue(text)).toBeNull());

  it.each([
    'Since Monday we have had to re-key the orders by hand.',
    'Until the fix ships we are typing the codes in manually.',
  ])('still reads the way round kept up in %j', (text) => expect(cue(text)).not.toBeNull());
});

describe('wayRoundCue: a label that offers what the party can do', () => {
  it.each(['What you can do right now: switch the till to offline mode.', 'What they can do for now:'])(
    'reads %j',
    (text) => expect(cue(text)).not.toBeNull(),
  );
  it('still reads a way round done once at a stated time that did the work another way', () => {
    expect(cue('This afternoon we re-sent the invoices by hand from the billing screen.')).not.toBeNull();
    expect(cue('We checked the template, and this morning we re-sent the invoices by hand.')).not.toBeNull();
  });
});
