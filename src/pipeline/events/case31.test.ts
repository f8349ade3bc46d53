import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonEventTable, notTypingTable, readArticle, typingTable } from './test-helpers.js';
import { docOf } from './test-helpers.js';
import { findClaims } from '../claims/index.js';

// case31 (issue 13): what round 29's held-out snippets showed the reader lacked, as general rules. [report, expected first sub-event
// type, the rule that types it]: one line a case, invented reports over invented towns, never the probe set's rows.
const CASES: Array<[string, string, string]> = [
  // Abduction: people made to walk off by their captors; a disappearance told by the silence after it
  ['Armed men surrounded a boarding school in Arvella before dawn, rounded up the pupils and marched them into the forest.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  ['Two aid workers were abducted into a waiting car in Arvella on Monday.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  ['A student activist has not been heard from since he left his hostel in Arvella on Monday, his family said.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  // Looting: a place emptied of its goods
  ['The central market in Arvella was stripped bare by fighters on Sunday, traders said.', 'Looting/property destruction', 'loot.looting'],
  // Suicide bomb: the explosives the attacker carries, told by the possessive
  ['The bomber detonated his explosives at the gate of the police academy in Arvella, killing 12 recruits.', 'Suicide bomb', 'suicide.bomber-dies'],
  // Chemical weapon: an agent of the Chemical Weapons Convention's schedules, in munitions dropped by a force (no accident's poisoning)
  ['Soldiers were treated for poisoning after enemy forces dropped munitions containing chloropicrin on their trenches near Arvella.', 'Chemical weapon', 'chem.agent-from-air'],
  // Government regains territory: a passive with no taker named, the place held by an armed group
  ['Arvella, the port town insurgents had held for almost a year, has been recaptured, a military spokesman said on Sunday.', 'Government regains territory', 'territory.regained-from-group'],
  // Armed clash: an attempt to take a force's base by force
  ['Rebels tried to storm an army base near Arvella on Tuesday.', 'Armed clash', 'clash.militants-attack-forces'],
  // Armed clash: a withdrawal made under heavy fire was fought
  ['Government troops pulled out of Arvella under heavy fire on Friday.', 'Armed clash', 'clash.fighting'],
  // Non-state actor overtakes territory: control told with a degree adverb
  ['Arvella is now firmly under the control of the Arakan Army, the group said on Saturday.', 'Non-state actor overtakes territory', 'territory.falls-to-group'],
  // Agreement: prisoners told returned first, the exchange after
  ['Forty prisoners of war returned home on Friday in an exchange brokered by Qatar, both sides said.', 'Agreement', 'agreement.returned-in-exchange'],
  // Peaceful protest: a sit-down on a road
  ['Several hundred villagers sat down on the highway near Arvella on Saturday to oppose a planned dam.', 'Peaceful protest', 'protest.strike-or-vigil'],
  // Mob violence: a crowd burns people, whoever it says they are
  ['A crowd doused two suspected gang members with petrol and set them alight in Arvella on Monday.', 'Mob violence', 'mob.crowd-burns'],
  // Sexual violence: a displacement site is a place, no displacement told
  ['Health workers at a displacement site near Arvella said armed men raped 11 women on Saturday.', 'Sexual violence', 'sexual.violence'],
];
typingTable('case31', CASES);

// Rules that must not type these: suicide vests found in a cache are no blast; an accord named as what a withdrawal was done
// under is no agreement of the day (framed-deals.ts).
notTypingTable('case31', [
  ['Soldiers recovered a cache of weapons, including rockets, explosives and suicide vests, in a raid on a hideout near Arvella.', 'suicide.bomb'],
  ['Troops entered Arvella district on Tuesday, the last district the rebels were required to return under the Doha ceasefire.', 'agreement.pact-agreed'],
  ['Government troops took control of Arvella after the rebels withdrew under a deal signed in April.', 'agreement.signed'],
]);

// Non-events: the victims named only ("the dead"), an act told as a risk, the accused told by the deed at a verdict, a killing of
// the killer's own kin, a film told by its award.
nonEventTable('case31', [
  ['Survivors read out the names of the dead in Arvella on Friday.', 'nonevent.victims-named'],
  ['The embassy warned of an elevated risk of terror attacks in Arvella over the holidays.', 'nonevent.hypothetical'],
  ['A member of the cell that carried out the 2019 attacks in Arvella was sentenced to life in prison on Monday.', 'nonevent.court-verdict'],
  ['A man was arrested in Arvella after he allegedly stabbed his wife to death at their home.', 'nonevent.crime'],
  ['A documentary following a reporter through the siege of Arvella, including the bombing of a maternity hospital, won the Oscar for best documentary feature on Sunday.', 'nonevent.fiction'],
]);

test('case31 a case "in the hands of" a tribunal is no place taken', () => {
  assert.equal(readArticle('In May, she was arrested in Arvella. Her case is in the hands of a military tribunal.').events.filter((e) => /territory/.test(e.subEventType)).length, 0);
});

test('case31 the dead named after an incident stay that incident\'s, not no event', () => {
  const r = readArticle('Gunmen killed five farmers in Arvella on Monday. Relatives buried the dead on Tuesday.');
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].subEventType, 'Attack');
});

// tolls.ts: two sources, each counting a different country's dead, count different victims (fat.nations-added); the same
// country's dead told by two sides differ (a range, not a sum).
test('case31 two countries\' dead, each told by its own side, are added', () => {
  const e = readArticle('Chilean and Peruvian troops exchanged fire near Arvella on Monday. Chile\'s defence ministry reported 4 of its soldiers killed, while Lima said 3 Peruvian soldiers died.').events[0];
  assert.equal(e.fatalities?.best, 7);
  assert.ok(e.why?.fatalities?.some((r) => r.rule === 'fat.nations-added'));
});
test('case31 one country\'s dead told by both sides stay a range', () => {
  const e = readArticle('Chilean forces shelled Arvella on Monday. Peru said 30 Chilean soldiers were killed, while Chile said 10 of its soldiers died.').events[0];
  assert.equal(e.fatalities?.low, 10);
  assert.equal(e.fatalities?.high, 30);
});

// mentions.ts loc.local-source: an incident with no place of its own is where the residents who tell it live; an official's
// address is no site.
test('case31 a witness source\'s place is the site of an incident told with none', () => {
  const e = readArticle('Residents of Arvella said gunmen killed five farmers on Monday.').events[0];
  assert.equal(e.location?.name, 'Arvella');
  assert.ok(e.why?.location?.some((r) => r.rule === 'loc.local-source'));
  const f = readArticle('Officials in Arvella said gunmen killed five farmers on Monday.').events[0];
  assert.equal(f.location, null);
});

// territory-winner.ts: the two parties read the wrong way round for the territory sub-type's winner are swapped.
test('case31 the state force named after a regained place is its winner', () => {
  const e = readArticle('Arvella, the town insurgents had held for a year, has been recaptured, crediting an operation with Chilean forces.').events[0];
  assert.equal(e.subEventType, 'Government regains territory');
  assert.match(e.actor1?.name ?? '', /Chile/);
});

// claims/locate-source.ts: a participle after a thing, with only a time after it, is no speaker's verb ("a deal agreed in April").
test('case31 a reduced relative participle is no attribution cue', () => {
  const text = 'Chilean troops took control of four villages near Arvella after Peruvian forces withdrew under a deal agreed in April.';
  const doc = docOf(text, '2024-05-10');
  assert.deepEqual(findClaims(doc, [], {} as any).map((c) => c.cue.text), []);
  const e = readArticle(text).events[0];
  assert.match(e.actor1?.name ?? '', /Chile/);
});
