import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Place } from '../../types.js';
import { findEvents } from './index.js';
import { docOf, readArticle } from './test-helpers.js';

const TOWNS: Record<string, [number, number, number]> = { Arvella: [1, 10, 10], Brennick: [2, 10.5, 10.5], Corvany: [3, 14, 14] };
function read(text: string, claims: Claim[] = []) {
  const places: Place[] = [];
  for (const [name, [id, lat, lon]] of Object.entries(TOWNS)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      places.push({ text: name, start: m.index!, end: m.index! + name.length, name, geonameid: id, lat, lon, country: 'XA', admin1: null, featureCode: 'PPL' });
    }
  }
  return findEvents(docOf(text, '2024-05-10'), places, claims, {} as any);
}
const summary = (text: string) => read(text).events.map((e) => `${e.location?.name ?? '-'}:${e.fatalities?.best ?? '-'}`).join(' ');

// [article, incidents as "place:dead"] — one incident per place, counts never added twice.
const CASES: Array<[string, string]> = [
  ['Jets struck a depot in Arvella. Four guards were killed in the airstrike on Arvella.', 'Arvella:4'],
  ['Jets struck Arvella and Brennick. Six died: two were killed in Arvella and four were killed in Brennick.', 'Arvella:2 Brennick:4'],
  ['Shelling hit Arvella on Monday, killing three. Separately, a car bomb exploded in Corvany, killing five.', 'Arvella:3 Corvany:5'],
  ['Warplanes bombed a convoy near Corvany. The convoy was destroyed.', 'Corvany:-'],
  ['Gunmen attacked a bus in Arvella, killing nine. Nine people died in the attack, officials said.', 'Arvella:9'],
  // A casualty report with no attacker and no place of its own is the toll of the incident just told, whatever its verb types.
  ['A roadside bomb struck a convoy near Arvella. Two people were killed and three injured.', 'Arvella:2'],
  // "the wounded" names the victims already told: aftermath, not a second incident.
  ['Shelling hit Arvella on Monday, killing three. Medics carried the wounded to a field hospital.', 'Arvella:3'],
  // Clauses of one sentence, each with its own day: two incidents, each dated by its own clause, neither the other's toll;
  // a total told before them as "two separate attacks" is their sum, not a third toll.
  ['Five farmers were shot dead near Arvella on Saturday, and seven fishermen were killed on Sunday near Brennick.', 'Arvella:5 Brennick:7'],
  ['Five farmers were shot dead near Arvella on Saturday, and seven more were killed near Arvella on Sunday.', 'Arvella:5 Arvella:7'],
  ['At least 12 people were killed in two separate attacks over the weekend. Five farmers were shot dead near Arvella on Saturday, and seven fishermen were killed on Sunday near Brennick.', 'Arvella:5 Brennick:7'],
  // Counts in separate clauses, each with its own trigger or site, belong to their own incidents.
  ['Gunmen clashed with troops in Brennick, killing six. Four fighters were killed near the base and two civilians died when a shell struck their home in Arvella.', 'Brennick:4 Arvella:2'],
  ['Rebels fought soldiers in Brennick on Monday. Three rebels were killed at the checkpoint, while two farmers died when a rocket hit their car in Corvany.', 'Brennick:3 Corvany:2'],
  // Parts of one count in one clause, or a clause with nothing of its own, still add up.
  ['Two soldiers were killed and three civilians died in the shelling of Arvella.', 'Arvella:5'],
  ['Five soldiers were killed in the ambush near Arvella and two others died in the fighting.', 'Arvella:7'],
  ['Gunmen attacked a village near Arvella. Three villagers were killed in the attack and two others died in the raid.', 'Arvella:5'],
  ['Drones hit Arvella and a village near Corvany, killing six. Four were killed in Arvella and two died near Corvany.', 'Corvany:2 Arvella:4'],
];

for (const [text, expected] of CASES) {
  test(`fuse: ${text}`, () => assert.equal(summary(text), expected));
}

// w27: a later telling of the incident itself on one day of the span it was dated by tells its day; a later toll dates nothing.
// (Published Friday 10 May 2024: "last week" is 29 April to 5 May, its Wednesday 1 May.)
const DAYS: Array<[string, string]> = [
  ['Jets bombed a school in Arvella last week, killing eight. The attack happened on Wednesday.', '2024-05-01'],
  ['Jets bombed a school in Arvella last week, killing eight. The attack happened on Thursday morning, residents said.', '2024-05-02'],
  // A bare weekday told of it is the span's; a day outside the span is no telling of it; a later toll's day is the toll's.
  ['Jets bombed a school in Arvella last week, killing eight. The attack happened on Tuesday.', '2024-04-30'],
  ['Jets bombed a school in Arvella last week, killing eight. The attack happened on 20 April.', '2024-04-29/2024-05-05'],
  ['Jets bombed a school in Arvella last week. On Wednesday, the toll from the attack rose to nine.', '2024-04-29/2024-05-05'],
];
const dayOf = (text: string) => read(text).events.map((e) => (e.date?.start === e.date?.end ? e.date?.start : `${e.date?.start}/${e.date?.end}`)).join(' ');
for (const [text, expected] of DAYS) {
  test(`fuse date: ${text}`, () => assert.equal(dayOf(text), expected));
}

// Later counts are indexed, not all compared: a total is still found among its parts when hundreds of other counts follow.
test('fuse: a total told before its parts is dropped with 400 more counts after them', () => {
  const text = 'Drones hit Arvella and a village near Corvany, killing six. Four were killed in Arvella and two died near Corvany. ' + 'Separately, gunmen killed ten people in Brennick. '.repeat(400);
  assert.equal(summary(text), 'Corvany:2 Arvella:4 Brennick:10');
});

// [article, incidents as "place:dead"] — a "near X" telling folds into the same incident at a named place close to X.
const FOLDS: Array<[string, string]> = [
  ['Drones hit a village near Arvella, killing two. Two civilians died when a drone struck the village of Dunmore, south of Arvella.', 'Dunmore:2'],
  ['Drones hit a village near Arvella on Monday. Two civilians died when a drone struck Corvany on Monday.', 'Arvella:- Corvany:2'],
  ['Gunmen attacked a village near Arvella. A drone struck Dunmore, killing two farmers.', 'Arvella:- Dunmore:2'],
  // The outskirts of a town are the town's own edge, not a vague site near it: two strikes, two places.
  ['Jets bombed the outskirts of Arvella, killing three. A drone struck Dunmore that night, killing two.', 'Arvella:3 Dunmore:2'],
];
const folded = (text: string) => readArticle(text).events.map((e) => `${e.location?.name ?? '-'}:${e.fatalities?.best ?? '-'}`).join(' ');
for (const [text, expected] of FOLDS) {
  test(`fold: ${text}`, () => assert.equal(folded(text), expected));
}

test('claims link to the incidents whose sentences they cover, and figures name their claims', () => {
  const text = 'A monitor said that seven fighters were killed in airstrikes on Arvella.';
  const c: Claim = { id: 'c1', source: { name: 'monitor', text: 'A monitor', kind: 'monitor', start: 0, end: 9 },
    cue: { text: 'said', start: 10, end: 14 }, content: { start: 15, end: text.length }, stance: 'asserts', hedged: false, events: [] };
  const { events, claims } = read(text, [c]);
  assert.deepEqual(events.map((e) => e.claims), [['c1']]);
  assert.deepEqual(claims[0].events, ['e1']);
  assert.deepEqual(events[0].fatalities?.claims, ['c1']);
});

// [article, each incident's sub-event type] — a demonstration told at two places, then retold with no place,
// is retyped at both (ACLED codebook: a demonstration that turns violent is a violent demonstration).
// "The attack took place in …": the bare incident noun, told definitely with no party, is the violent incident told last,
// whatever its kind (a suicide bombing, a shelling), not an attack on civilians beside it. [article, "type@place"].
const RETOLD_BY_NOUN: Array<[string, string]> = [
  ['A suicide bomber rammed a car into a military convoy on Monday, killing four soldiers. The attack took place in Arvella.', 'Suicide bomb@Arvella'],
  ['Artillery shells hit a market in Arvella, killing six. The attack was condemned by the governor.', 'Shelling/artillery/missile attack@Arvella'],
  // a party of its own makes it a second incident
  ['A roadside bomb killed two soldiers near Arvella. Gunmen later attacked a village in Corvany.', 'Remote explosive/landmine/IED@Arvella Attack@Corvany'],
];
for (const [text, expected] of RETOLD_BY_NOUN) {
  test(`retold by the incident noun: ${text}`, () => assert.equal(read(text).events.map((e) => `${e.subEventType}@${e.location?.name ?? '-'}`).join(' '), expected));
}

const TYPE_CASES: Array<[string, string]> = [
  ['Workers staged a demonstration in Arvella and in Corvany to demand unpaid wages. They clashed with police and burned tyres.', 'Violent demonstration, Violent demonstration'],
  ['Teachers marched in Arvella and in Corvany. Police fired tear gas to disperse them.', 'Protest with intervention, Protest with intervention'],
];
for (const [text, expected] of TYPE_CASES) {
  test(`fuse retypes siblings: ${text}`, () => assert.equal(read(text).events.map((e) => e.subEventType).join(', '), expected));
}
