import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notTypingTable, readArticle, typingTable } from './test-helpers.js';
import { readDate } from './date.js';
import { datelineLength } from '../segment/dateline-grammar.js';
import { extractArticle } from '../index.js';
import { getContext } from '../context.js';

// world35 and news33 (issue 13, round 30): what the two sets read after the round's first rules showed the reader lacked, as
// general rules. [report, expected first sub-event type, the rule that types it]: invented reports over invented towns.
const CASES: Array<[string, string, string]> = [
  // A sequence a side conducted, with the indefinite article, is one operation (no tally)
  ['On Monday, US forces carried out a series of air strikes on the port of Arvella, destroying fuel tanks.', 'Air/drone strike', 'air.strike'],
  // Goods before a person's noun qualify the person: the abduction takes a man, no livestock
  ['Gunmen abducted two cattle herders near Arvella on Monday, residents said.', 'Abduction/forced disappearance', 'abduction.kidnap'],
  // A protest named as the charge of an accusation is no protest suppressed
  ['Police in Arvella detained eight men accused of taking part in the protests, their relatives said.', 'Arrests', 'arrest.by-state'],
  // A taking's subject, not the side told as supporting it, decides whose the taking is
  ['On Friday the Malian armed forces (FAMa), supported by Wagner Group fighters, took control of Arvella town after two days of clashes.', 'Government regains territory', 'territory.state-takes-place'],
  // A disaster remembered by a commemoration is no disaster story: the arrests stand
  ['Police detained three students in Arvella on Saturday during a commemorative walk marking four months since the collapse of the station canopy that killed 15 people.',
    'Arrests', 'arrest.by-state'],
  // A site where bodies were burned is found as a grave is
  ['Searchers said they had found three clandestine crematory pits at a ranch outside Arvella on Wednesday.', 'Other', 'other.mass-grave'],
  // A title's present tense for a march held for a victim killed before: the killing is its cause
  ['Residents march for teenager killed in police operation in Arvella', 'Peaceful protest', 'protest.gathering'],
  // Harm an act was meant to avoid befell no one
  ['Troops withdrew from their positions in Arvella on Sunday to avoid civilian casualties, the army said.', 'Change to group/activity', 'change.forces-withdraw'],
  // A handover agreed to is the agreement, not the handover
  ['The government agrees to hand over four border villages near Arvella to Kessa', 'Agreement', 'agreement.agreed'],
  // "their dead" names the victims: the act beside it is the trigger
  ['Villagers in Arvella were on Monday still burying their dead after gunmen stormed the village on Sunday night.', 'Attack', 'attack.on-civilians'],
];
typingTable('world35', CASES);

notTypingTable('world35', [
  // A treaty that names an alliance is no agreement
  ['Troops of the Collective Security Treaty Organisation began withdrawing from Arvella on Thursday.', 'agreement.signed'],
  // A thing snatched is no one taken
  ['The attacker also snatched the victim\'s gold necklace in Arvella before escaping on a motorcycle.', 'abduction.kidnap'],
]);

test('world35 their dead: the act\'s own clause dates the incident', () => {
  // Published Friday 2024-05-10: Sunday night is 2024-05-05.
  assert.equal(readArticle('Villagers in Arvella were on Monday still burying their dead after gunmen stormed the village on Sunday night.').events[0].date?.start, '2024-05-05');
});

test('news33 a month abbreviation inside a word with a letter past ASCII is no date ("Maré")', () => {
  assert.equal(readDate('Maré residents march for a teenager killed in a police operation', '2025-05-20'), null);
  assert.equal(readDate('On 3 Mar. 2024 troops attacked the town', '2025-05-20')?.start, '2024-03-03');
});

test('news33 a release dateline in title case with its year and a dash dates the release, not the incident', () => {
  assert.equal(datelineLength("Sana'a / Aden, 10 February 2025 – Three children were killed"), "Sana'a / Aden, 10 February 2025 – ".length);
  assert.equal(datelineLength('Geneva, 3 March 2024 — The UN said'), 'Geneva, 3 March 2024 — '.length);
  // No year, no dateline: a title-case town with a bare day reads on.
  assert.equal(datelineLength('Kessa, May 3 - troops attacked'), 0);
});

test('world35 "mid-May" names no place', () => {
  const r = extractArticle({ id: 't', text: 'Police detained eight men accused of taking part in the mid-May protests in the city.', published: '2022-05-26' }, getContext());
  assert.ok(r.ok);
  assert.deepEqual(r.value.places.map((p) => p.text), []);
});

test('world35 a fight typed from its answer ("returned fire") is started by the side whose fire was told first', () => {
  const e = readArticle('Kessan forces opened fire on army positions near Arvella on Tuesday, killing four soldiers; the army said its units returned fire.').events[0];
  assert.equal(e.subEventType, 'Armed clash');
  assert.ok(!/Military Forces/.test(e.actor1?.name ?? ''), `actor 1 ${e.actor1?.name}`);
  assert.match(e.actor2?.name ?? '', /Military Forces/);
});

test('world35 an intercepted weapon\'s launcher, told after "launched by", is actor 2', () => {
  const e = readArticle('Air defence units shot down nine attack drones launched by rebel forces over Arvella on Monday, the army said.').events[0];
  assert.equal(e.subEventType, 'Disrupted weapons use');
  assert.match(e.actor2?.name ?? '', /Rebels/);
});
