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

// world23: a count told wholly inside a relative clause that typing read as background is no toll of the sentence's incident
// (cause-tolls.ts markBackgroundTolls, fat.tally-relative-clause). Invented reports. [report, the first incident's dead]
const relativeTolls: ReadonlyArray<readonly [string, number]> = [
  ['Police fired tear gas to disperse hundreds of protesters in Varnel on Tuesday who were demanding justice for a student who died in police custody.', 0],
  ['Soldiers arrested a rebel commander in Dorno on Monday who had led an ambush that killed 12 soldiers.', 0],
  // Neighbours: a count whose phrase opens before the clause, and a toll of the main clause.
  ['Gunmen killed two soldiers who were guarding a checkpoint near Dorno on Sunday.', 2],
  ['Police shot dead two protesters who were blocking a road in Varnel on Monday.', 2],
];
for (const [text, dead] of relativeTolls) {
  test(`world23 relative-clause toll ${dead}: ${text}`, () => {
    const e = readArticle(text).events[0];
    assert.equal(e.fatalities?.best ?? 0, dead);
  });
}
