import { describe, expect, it } from 'vitest';
import { readsDueTime } from './reads-due-time.js';

// the reading of the phrase `phrase` where it first appears in `sentence`
const read = (sentence: string, phrase: string, dayStated = true, staff = false) =>
  readsDueTime(sentence, { index: sentence.indexOf(phrase), text: phrase, dayStated }, staff);

describe('readsDueTime: times something must happen by', () => {
  it.each([
    ['The new rates have to be loaded by Tuesday 14:00.', 'Tuesday 14:00', 'limit'],
    ['Send the signed copy before our trustees meet on the 9th.', 'the 9th', 'limit'],
    ['Our filing deadline is Wednesday.', 'Wednesday', 'limit'],
    ['The stock count must be closed until Sunday night.', 'Sunday night', 'limit'],
    ['We need the list sorted within the hour.', 'within the hour', 'limit'],
    ['If the tills are not back by tomorrow we will move suppliers.', 'tomorrow', 'condition'],
    ['Unless it works on Saturday we lose the whole market day.', 'on Saturday', 'condition'],
    ['If neither fix lands by 3 March, we cancel the rollout.', '3 March', 'condition'],
    ['The nurses need to print the rotas today.', 'today', 'need'],
    ['Please reset the accounts tomorrow morning.', 'tomorrow morning', 'need'],
    ['Our warehouse audit is on Thursday.', 'on Thursday', 'event'],
    ['Our open day starts at 10:00 on Saturday 6 March.', 'at 10:00 on Saturday 6 March', 'event'],
    ['We have the quarterly board pack on Monday.', 'on Monday', 'event'],
  ])('%j: %s is a deadline (%s)', (sentence, phrase, reading) => {
    expect(read(sentence, phrase)).toBe(reading);
  });

  it.each([
    ['We switched the feed off at 08:40 this morning.', 'at 08:40 this morning'],
    ['The batch was due on 2 March and nobody noticed.', 'on 2 March'],
    ['Our accountant is away until Monday.', 'Monday'],
    ['Could we pause the import until Friday?', 'Friday'],
    ['I will ring the depot on Thursday.', 'on Thursday'],
    ['They plan to reinstall the tablets tonight.', 'tonight'],
    ['Our plumber might come next Tuesday.', 'next Tuesday'],
    ['The labels are failing on every printer this afternoon.', 'this afternoon'],
    ['Make sure the March statement shows the credit.', 'March', false],
    ['Our big Saturday sale went well.', 'Saturday'],
    ['The discount applies from Good Friday.', 'Friday'],
    ['Errors started since around 04:10 our time.', '04:10', false],
    ['We have been customers for three years.', 'for three years', false],
    ['The other shops we cannot call before noon.', 'noon', false],
    ['We have until Friday to file, within 30 days of the notice.', 'within 30 days'],
    ['Realistically we need until May to migrate.', 'May', false],
    ["If you don't mind I could send the patch next week.", 'next week'],
    ['We run the importer and check the totals today.', 'today'],
    ['The agent logged 11:02:45 PM as the start of the storm.', '11:02:45 PM', false],
    ['The diff is at https://example.org/runs/2031-05-01/out.txt for anyone.', '2031-05-01'],
    ['It should fail if the key is missing and not fall back as it does today.', 'today'],
  ])('%j: %s is no deadline', (sentence, phrase, dayStated = true) => {
    expect(read(sentence, phrase, dayStated)).toBeNull();
  });

  it('takes from our side only a deadline it restates by name', () => {
    expect(read('I understand Friday noon is your cut-off.', 'Friday noon', true, true)).toBe('limit');
    expect(read('I will write again by Friday noon.', 'Friday noon', true, true)).toBeNull();
  });
});
