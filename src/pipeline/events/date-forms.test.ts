import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node/en';
import * as chronoEn from '../../../node_modules/chrono-node/dist/esm/locales/en/constants.js';
import { closestYearLocal, closestYearUtc, readMonthForm, type Reading } from './date-forms.js';
import { MONTHS } from './date-grammar.js';

const at = (iso: string): Date => new Date(`${iso}T12:00:00Z`);
/** chrono's first result certain of its day, weekday or month, as readDate takes it. */
function viaChrono(window: string, ref: Date | null): Reading | null {
  const r = chrono.parse(window, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false })
    .find((x) => x.start.isCertain('day') || x.start.isCertain('weekday') || x.start.isCertain('month'));
  if (!r) return null;
  // Without a reference chrono implies the year from the clock; readDate drops such dates.
  const year = ref || r.start.isCertain('year') ? r.start.get('year')! : NaN;
  return { text: r.text, index: r.index, year, month: r.start.get('month')!, day: r.start.get('day')!, certainDay: r.start.isCertain('day'),
    certainWeekday: r.start.isCertain('weekday'), certainYear: r.start.isCertain('year') };
}
const show = (r: Reading | null | undefined): string => r === undefined ? 'chrono' : r === null ? 'none' : `${r.text}|${r.year}-${r.month}-${r.day}|${r.certainDay ? 'd' : ''}${r.certainYear ? 'y' : ''}`;

test('date-forms: the month names are chrono-node\'s', () => {
  assert.deepEqual({ ...MONTHS }, { ...chronoEn.MONTH_DICTIONARY });
});

// [window, publication date or '', the direct reading] — invented wording; each row is also read by chrono and must agree.
const CASES: Array<[string, string, string]> = [
  ['the militia shelled the market in March, residents said', '2024-05-10', 'March,|2024-3-1|'],
  ['the militia shelled the market in March, residents said', '2024-02-10', 'March,|2024-3-1|'],
  ['a convoy was ambushed on 3 March 2021 near the border', '2024-05-10', 'on 3 March 2021|2021-3-3|dy'],
  ['a convoy was ambushed on 3 March near the border', '2024-05-10', 'on 3 March|2024-3-3|d'],
  ['gunmen raided the depot on March 3rd and fled', '2024-05-10', 'March 3rd|2024-3-3|d'],
  ['gunmen raided the depot on Sept. 14, 2022, officials said', '2024-05-10', 'Sept. 14, 2022|2022-9-14|dy'],
  ['gunmen raided the depot on Sep 14 and fled', '2024-05-10', 'Sep 14|2024-9-14|d'],
  ['the siege began in June 2019 and lasted a year', '2024-05-10', 'June 2019|2019-6-1|y'],
  ['the siege began in June, 2019 and ended', '2024-05-10', 'June, 2019|2019-6-1|y'],
  ['the siege began in June of 2019, witnesses said', '2024-05-10', 'June of 2019|2019-6-1|y'],
  ['raids resumed on December 28 after a lull', '2024-01-03', 'December 28|2023-12-28|d'],
  ['aid has been blocked since May.', '2024-05-10', 'none'],
  ['aid has been blocked in May.', '2024-05-10', 'May|2024-5-1|'],
  ['aid has been blocked since May          .', '2024-05-10', 'none'],
  ['a curfew was imposed on Feb. 29 in the city', '2024-03-01', 'Feb. 29|2024-2-29|d'],
  ['a curfew was imposed on Feb. 30 in the city', '2024-03-01', 'chrono'],
  ['the army retook the hill on 12 October 2023', '', 'on 12 October 2023|2023-10-12|dy'],
  ['the army retook the hill in October', '', 'October|NaN-10-1|'],
  // Anything more than the one month is chrono's to read.
  ['the army retook the hill on Tuesday, March 5', '2024-05-10', 'chrono'],
  ['the army retook the hill on March 5 at 10 pm', '2024-05-10', 'chrono'],
  ['the army retook the hill two days ago, in March', '2024-05-10', 'chrono'],
  ['the army retook the hill at the end of March', '2024-05-10', 'chrono'],
  ['the army retook the hill at the End Of March', '2024-05-10', 'chrono'],
  ['the army retook the hill on 3/5 and in March', '2024-05-10', 'chrono'],
  ['the army retook the hill on March 5 (EST)', '2024-05-10', 'chrono'],
  ['the army retook the hill between 3 and 5 March', '2024-05-10', 'chrono'],
  ['the army retook the hill on the first of March', '2024-05-10', 'chrono'],
  ['the army retook the hill on 3    March', '2024-05-10', 'chrono'],
  ['the army retook the hill on 3   March', '2024-05-10', 'on 3   March|2024-3-3|d'],
];
for (const [window, published, expected] of CASES) {
  test(`date-forms: ${window} (${published || 'no date'})`, () => {
    const ref = published ? at(published) : null;
    const direct = readMonthForm(window, ref);
    assert.equal(show(direct), expected);
    if (direct !== undefined) assert.deepEqual(direct, viaChrono(window, ref));
  });
}

// Many invented windows built from parts; wherever the direct reader answers, chrono must answer the same.
const LEADS = ['', 'in ', 'on ', 'since ', 'by ', 'early ', 'late ', 'end of ', '3 ', 'on 3 ', 'the 3rd of ', 'first ', '10 am ', 'at 5 pm on ', '2023 ', 'Monday, ', '4 days after '];
const MONTH_WORDS = ['March', 'Sept.', 'Jan', 'May', 'august'];
const TAILS = ['', ',', ' 3', ' 3rd', ', 2024', ' 2024', ' 24', ' of 2023', ' at 10', ' (EST)', ' UTC+3', ' to 5', '-5', ' p.m.', " o'clock", '; 12 people', ' and 12 people', ' US forces', 'ly', ' 31', ' 9 and 10'];
const FRAMES: Array<[string, string]> = [['Militants struck a convoy ', ' killing four soldiers.'], ['', ' the same week in the south'], ['Rebels said ', ' was the deadliest month']];
const REFS = [at('2024-05-10'), at('2024-01-02'), null];

test('date-forms: wherever the direct reading answers, it is chrono\'s', () => {
  let direct = 0, total = 0;
  for (const [before, after] of FRAMES) for (const lead of LEADS) for (const month of MONTH_WORDS) for (const tail of TAILS) {
    const window = `${before}${lead}${month}${tail}${after}`;
    const ref = REFS[total % REFS.length];
    total++;
    const mine = readMonthForm(window, ref);
    if (mine === undefined) continue;
    direct++;
    assert.deepEqual(mine, viaChrono(window, ref), window);
  }
  // The reader must keep answering the plain forms, or it saves nothing.
  assert.ok(direct > total / 4, `${direct} of ${total} read directly`);
});


test('date-forms: the closest year in UTC arithmetic is chrono\'s local-time one, on a UTC clock', { skip: new Date(2001, 6, 1).getTimezoneOffset() !== 0 }, () => {
  // Every publication day of three years (one a leap year), against every month's first, middle and last days.
  for (let t = at('2023-01-01').getTime(); t < at('2026-01-01').getTime(); t += 86_400_000) {
    const ref = new Date(t);
    for (let month = 1; month <= 12; month++) for (const day of [1, 15, 28, 29, 30, 31]) {
      assert.equal(closestYearUtc(ref, day, month), closestYearLocal(ref, day, month), `${ref.toISOString()} ${month}/${day}`);
    }
  }
});
