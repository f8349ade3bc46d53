import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, typingTable } from './test-helpers.js';

// news29, world31 (issue 13, 14): what round 29's longer held-out reports showed, as general rules. [report, expected first
// sub-event type, the rule that types it]: invented reports over invented towns, never the probe sets' rows.
typingTable('news29', [
  // Looting/property destruction: a state force that blows up houses demolishes them
  ['Chilean troops blew up a row of houses in the border town of Arvella on Thursday.', 'Looting/property destruction', 'loot.force-blows-up-property'],
  // Other: a grave of many found
  ['A search collective reported finding a clandestine grave with at least 12 bodies near Arvella on Monday.', 'Other', 'other.mass-grave'],
  // Attack: Nigeria's "Local Government Area" is a place; its "government" no state force
  ['Bandits killed 14 villagers in an attack on the outskirts of Arvella, headquarters of Arvella Local Government Area, on Tuesday night.', 'Attack', 'attack.kill-civilians'],
  // none: a group told by its habits in the present (relative-clauses.ts outsideHabitualRelatives); the past tells an incident
  ['The state has for years been plagued by armed gangs, locally called bandits, who raid villages, kidnap residents for ransom and impose levies on farmers.', 'none', ''],
  ['Police arrested a man who kidnapped two traders in Arvella on Monday.', 'Arrests', 'arrest.by-state'],
  ['Two suspected militants who police said were involved in the drug trade were shot dead in a firefight with the army in Arvella.', 'Armed clash', 'clash.fighting'],
  // Agreement: the fight a deal ended ("…, ending two days of fighting") is no fight of its day
  ['The two militias agreed to a ceasefire in Arvella on Tuesday, ending two days of fierce fighting.', 'Agreement', 'agreement.pact-agreed'],
]);

// counting.ts: a casualty word in scare quotes ("were 'neutralised'") still counts its victims.
test('news29 a casualty word in scare quotes counts', () => {
  const e = readArticle('Militants ambushed an army convoy near Arvella on Sunday. The army said seven soldiers were killed and claimed at least 12 assailants were \'neutralised\' in the firefight.').events[0];
  assert.equal(e.fatalities?.best, 19);
});

// group-mentions.ts: an act word a party's statement puts in scare quotes ("had “liberated” several positions") retypes no incident
// told before (type.scare-quoted).
test('news29 a scare-quoted act word retypes nothing', () => {
  const e = readArticle('Rebels launched an assault on Arvella on Saturday, sparking hours of fighting with the army. The rebels said in a statement that their fighters had "liberated" several positions.').events[0];
  assert.equal(e.subEventType, 'Armed clash');
});

// claims/assemble.ts: the day a statement was made, right after its speech verb ("said on Tuesday it had …"), is the attribution's:
// the incident's own day is read ("… on Sunday"), and a cue that is also the act keeps its day ("agreed late on Tuesday").
test('news29 the day of a statement dates the statement, not the incident', () => {
  const e = readArticle('The army said on Tuesday it had repelled an assault by militants on Arvella on Sunday.', '2023-11-28').events[0];
  assert.equal(e.date?.start, '2023-11-26');
  const f = readArticle('The two militias agreed late on Tuesday to a ceasefire in Arvella.', '2023-08-16').events[0];
  assert.equal(f.date?.start, '2023-08-15');
});

// counting.ts: "the death toll from … rose to eight" past a place phrase with a hyphenated modifier and "of" before a name.
test('news29 a toll update read past a long place phrase', () => {
  const e = readArticle("The death toll from a Chilean missile strike on residential buildings in the country's second-largest city of Arvella on Tuesday rose to eight, the governor said.").events[0];
  assert.equal(e.fatalities?.best, 8);
});

// actors.ts, roles.ts (world31): a country's name as the event word's modifier ("U.S. air strikes"), no gang in "gang-raped", the
// group that ends a blamed noun phrase ("blamed fighters of the al Qaeda-linked JNIM, which …") and the present perfect of a
// ", which" clause after a name (background).
test('news29 a country name on the event word is its military', () => {
  const e = readArticle('U.S. air strikes on Sunday on facilities of a militia near Arvella killed 25 fighters.').events[0];
  assert.equal(e.actor1?.name, 'Military Forces of the United States');
});
test('news29 gang-raped names no gang', () => {
  const e = readArticle('Chilean soldiers gang-raped three women in Arvella on Monday.').events[0];
  assert.match(e.actor1?.name ?? '', /Chile/);
});
test('news29 the group at the end of a blamed phrase is the perpetrator', () => {
  const r = readArticle('Gunmen killed 22 civilians at a market in Arvella on Sunday. Residents blamed fighters of the al Qaeda-linked JNIM, which has besieged the town for more than a year.');
  assert.equal(r.events.length, 1);
  assert.match(r.events[0].actor1?.name ?? '', /JNIM/);
});
