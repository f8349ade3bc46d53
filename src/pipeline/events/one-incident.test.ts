import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

// Two tellings that are one incident, and the type the incident keeps (index.ts harmOutranksLooting, group-mentions.ts
// type.attack-fought-back). Moved from the clash8 and clash9 round files (tidy16); invented reports, never evaluation rows.

// Property looted or destroyed and people harmed in the same story are one incident of violence (codebook: Looting/property
// destruction is destruction with no other violence): the looting joins the attack told after it (group-sites.ts family) and
// an incident read as looting that carries dead or injured is an Attack (index.ts harmOutranksLooting).
// [report, expected first sub-event type, number of incidents]
const HARM_CASES: Array<[string, string, number]> = [
  ['On 5 May 2024, armed men set fire to two trucks of a construction company in Collipulli. One driver was injured by a gunshot.', 'Attack', 1],
  ['On 5 May 2024, gunmen attacked a market in Bama (Borno). Two traders were killed.', 'Attack', 1],
  // …no one harmed: property destruction
  ['On 5 May 2024, armed men set fire to two trucks of a construction company in Collipulli.', 'Looting/property destruction', 1],
];
for (const [text, expected, n] of HARM_CASES) {
  test(`clash8 type.harm-outranks-looting: ${text}`, () => {
    const events = readArticle(text, '2024-12-31').events;
    assert.equal(events.length, n);
    assert.equal(events[0].subEventType, expected);
    if (expected === 'Attack') assert.ok(events[0].why?.type?.some((r) => r.rule === 'type.harm-outranks-looting'));
  });
}

test('clash9 type.attack-fought-back: the attack and the fight are one incident, the engaging side its actor2', () => {
  const { events } = readArticle('On 4 May 2024, militants attacked Arvella, burning houses. Troops fought them off.', '2024-05-10');
  assert.equal(events.length, 1);
  assert.ok(events[0].why?.type?.some((r) => r.rule === 'type.attack-fought-back'));
  assert.match(events[0].actor2?.name ?? '', /^Military Forces/);
});

// bg21: what a report adds to the incident it told, further on: an act told with "also" and no place or actor of its own (what the
// strike damaged), and the wounded (an injury's participle after "the": the people hurt, non-acts.ts), are that incident's.
// [report, number of incidents, the first one's sub-event type]
const FILLER = ' Bread prices rose sharply in the city this spring. The city council met on Tuesday to discuss the budget. Traders said business was slow.';
const FOLLOW_UP_CASES: Array<[string, number, string]> = [
  ['On 5 May 2024, an air strike hit a market in Arvella, killing six people, officials said.' + FILLER + ' A water tower nearby was also damaged.', 1, 'Air/drone strike'],
  ['On 5 May 2024, gunmen attacked an army post outside Dorno, killing four soldiers.' + FILLER + ' Ambulances took the wounded to the regional hospital.', 1, 'Armed clash'],
  // The attack noun told definitely ("harmed in the attack"), whatever the victims beside it make it, names the incident told last.
  ['On 5 May 2024, an air strike hit a family home in Arvella, killing six people, officials said.' + FILLER + ' A news site reported that 40 people were harmed in the attack, though it did not differentiate between fatalities and injuries.', 1, 'Air/drone strike'],
  // Neighbours: "also" with a place and an actor of its own tells another incident.
  ['On 5 May 2024, an air strike hit a market in Arvella, killing six people, officials said.' + FILLER + ' On 6 May 2024, militants also attacked a police post in Kessa.', 2, 'Air/drone strike'],
];
for (const [text, n, first] of FOLLOW_UP_CASES) {
  test(`bg21 follow-up of the story: ${text.slice(-60)}`, () => {
    const { events } = readArticle(text, '2024-05-10');
    assert.equal(events.length, n);
    assert.equal(events[0].subEventType, first);
  });
}

// round 24: people "killed and injured" with no object are the victims (actors.ts voiceOf): a later sentence that only reports them
// names no attacker, so its count is the story's toll told again (group-mentions.ts casualtyReport), never a second toll beside it.
test('round 24: "there were a number of people killed and injured" after a strike counts in that strike\'s toll, once', () => {
  const { events } = readArticle('On 5 May 2024, two civilians were killed in an air strike on a house in Arvella. Local sources said there were a number of people killed and injured.', '2024-05-06');
  assert.equal(events[0].subEventType, 'Air/drone strike');
  assert.equal(events.reduce((n, e) => n + (e.fatalities?.best ?? 0), 0), 2);
});
