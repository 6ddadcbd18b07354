import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { hasTakenQuestion, readStepStatements, type StepVoice } from './steps.js';

const one = (text: string) =>
  analyze(text).sentences[0] as NonNullable<ReturnType<typeof analyze>['sentences'][0]>;
const customerSteps = (text: string, voice: StepVoice) =>
  readStepStatements(one(text), voice)
    .filter((s) => s.party === 'customer')
    .map(hasTakenQuestion);
const ask = (text: string, publicReply = false) => customerSteps(text, publicReply ? 'reply' : 'note');

describe('readSteps', () => {
  it('reads what our note says the customer has to do, each step of a list on its own', () => {
    expect(ask('Their config, so they need to rotate the SFTP password on their side.')).toEqual([
      'Has the customer rotated the SFTP password on their side?',
    ]);
    expect(ask('all they have to do: clear the stale mapping, then rerun the payroll import.')).toEqual([
      'Has the customer cleared the stale mapping?',
      'Has the customer rerun the payroll import?',
    ]);
    expect(ask('@Noor ask the customer to reconnect the printer bridge tonight.')).toEqual([
      'Has the customer reconnected the printer bridge tonight?',
    ]);
  });

  it('reads an instruction of our reply in the customer’s third person', () => {
    expect(
      ask('To get the invoices flowing again, please renew the OAuth grant in your accounting app.', true),
    ).toEqual(['Has the customer renewed the OAuth grant in their accounting app?']);
    expect(ask('Before you import the next batch, please archive the old price list.', true)).toEqual([
      'Has the customer archived the old price list before they import the next batch?',
    ]);
    expect(ask('You will need to enable the export scope for the service account.', true)).toEqual([
      'Has the customer enabled the export scope for the service account?',
    ]);
  });

  it('leaves out advice, refrains, requests for information, conditions and our own team', () => {
    expect(ask('For now they should lean on the phone line.')).toEqual([]);
    expect(ask("Please don't delete the old webhook yet.", true)).toEqual([]);
    expect(ask('Please keep the old plan active for now.', true)).toEqual([]);
    expect(ask('Could you send me the request id of one failed call?', true)).toEqual([]);
    expect(ask('If the banner stays, please reinstall the desktop agent.', true)).toEqual([]);
    expect(ask('Asked Billing to refund the duplicate charge.')).toEqual([]);
    expect(ask('she just needs to update.')).toEqual([]);
    expect(ask('they need to make the change before the run.')).toEqual([]);
  });

  it('reads a remedy our reply offers on a condition, with the place a "go to" names', () => {
    expect(
      ask(
        'If you open Billing > Plans and pick the annual option, the discount will show on the next invoice.',
        true,
      ),
    ).toEqual(['Has the customer picked the annual option in Billing > Plans?']);
    expect(
      ask(
        'If you go to Admin > Devices and unpair the old scanner, the new one should connect at once.',
        true,
      ),
    ).toEqual(['Has the customer unpaired the old scanner in Admin > Devices?']);
    expect(ask('Please go to Settings > Alerts and raise the threshold to 90%.', true)).toEqual([
      'Has the customer raised the threshold to 90% in Settings > Alerts?',
    ]);
  });

  it('leaves out a condition with no outcome ahead, a warning and a denial', () => {
    expect(ask('If you press Export, the browser tab freezes.', true)).toEqual([]);
    expect(ask('If you remove the mailbox, you will lose its archive.', true)).toEqual([]);
    expect(ask('If you rerun the import now, it will fail again.', true)).toEqual([]);
    expect(ask("If you don't see the toggle, the plan will need an upgrade.", true)).toEqual([]);
  });

  it('reads a note that the customer has not taken a step yet', () => {
    expect(ask("They haven't rotated the SFTP password yet.")).toEqual([
      'Has the customer rotated the SFTP password?',
    ]);
    expect(ask("Haven't seen her re-enable the export role yet, the audit log is quiet.")).toEqual([
      'Has the customer re-enabled the export role?',
    ]);
    // our own step, a reply without an object, and no "yet" (a report, nothing pending)
    expect(ask("We haven't pulled the gateway logs yet.")).toEqual([]);
    expect(ask("She hasn't answered yet.")).toEqual([]);
    expect(ask("They haven't rotated the SFTP password.")).toEqual([]);
  });

  it("reads the customer's own plan, not one asked about or drawn as a consequence", () => {
    const mine = (text: string) => customerSteps(text, 'customer');
    expect(mine("I'll reimport the price list tomorrow morning.")).toEqual([
      'Has the customer reimported the price list tomorrow morning?',
    ]);
    expect(mine('We are going to rebuild the search index tonight.')).toEqual([
      'Has the customer rebuilt the search index tonight?',
    ]);
    expect(mine('Please tell me when we will receive the credit note.')).toEqual([]);
    expect(mine('If that fails then I will end up with two copies of the catalogue.')).toEqual([]);
    expect(mine('I will need to ask my manager first.')).toEqual([]);
  });
});
