import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

// fix15: the dead of a demonstration's or riot's cause are no toll of it (cause-tolls.ts, fat.tally-cause-clause). Moved from the
// fix15 round file (tidy16); invented reports, never evaluation rows. [report, the first incident's dead]
const tolls: ReadonlyArray<readonly [string, number]> = [
  ['Protesters torched a police station in Arvella on Monday after a man died in police custody, residents said.', 0],
  ['Demonstrators marched through Arvella on Saturday after two farmers were killed by soldiers.', 0],
  ['After a vendor was beaten to death by municipal guards, traders burned tyres and blocked roads in Arvella on Monday.', 0],
  // Neighbours: the demonstration's own dead, and force used on it told in the clause.
  ['Police shot dead two protesters in Arvella on Wednesday after demonstrators torched a police station.', 2],
  ['Protesters clashed with police in Arvella on Wednesday after officers shot dead two demonstrators.', 2],
];
for (const [text, dead] of tolls) {
  test(`fix15 toll ${dead}: ${text}`, () => {
    const e = readArticle(text).events[0];
    assert.equal(e.fatalities?.best ?? 0, dead);
    if (!dead && e.fatalities === null) return;
    if (!dead) assert.ok(e.why?.fatalities === undefined || !e.why.fatalities.length);
  });
}
