// told-again (probe5): an instrument, a seizure or the actor's own account of an incident already read is that
// incident, not a second one. Invented reports (no eval row); places are the helper's invented towns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

// [report, number of incidents, a rule id expected in the first incident's why.type ('' when none)]
const CASES: Array<[string, number, string]> = [
  // an instrument or a seizure told "in/for/from the <incident>"
  ['Gunmen attacked a police station in Arvella on Monday, killing four policemen. Officials said the attackers used explosives in the assault.', 1, 'retold.instrument-of-told'],
  ['Troops killed three rebels in an encounter near Arvella on Saturday. Two rifles and a grenade were recovered from the spot.', 1, 'retold.instrument-of-told'],
  ['Militants ambushed an army convoy near Arvella on Friday, killing six soldiers. A roadside bomb was used in the ambush, the army said.', 1, 'retold.instrument-of-told'],
  // the actor's own account of what it did
  ['An airstrike hit a house in Arvella on Saturday, killing 15 people, health officials said. The military said it had targeted a commander and was reviewing reports of civilian casualties.', 1, 'retold.actor-account'],
  ['Militiamen attacked Arvella village on Sunday, killing 40 civilians, residents said. The militia denied attacking civilians, saying it clashed with soldiers in the area.', 1, 'retold.actor-account'],
  // a denial's content: the incident already told, disputed
  ['The military carried out an airstrike on a village in Arvella on Tuesday, killing at least 17 people, according to local media. A military spokesman denied that civilians had been killed, saying the target was a rebel camp.', 1, 'retold.denied'],
  // not told again: a new act with its own verb, another place, another day, or a new toll
  ['Gunmen attacked a police station in Arvella on Monday, killing four policemen. In retaliation for the attack, troops shelled Corvany on Tuesday.', 2, ''],
  // a strike back at the incident's own attacker by another side, told with no day or place of its own (group-mentions.ts)
  ['The Rapid Support Forces shelled neighbourhoods of Arvella on Thursday, killing 12 civilians. The army responded with air strikes on RSF positions east of the town, witnesses said.', 2, ''],
  ['Gunmen attacked a police station in Arvella on Monday, killing four policemen. The army said it had killed 12 militants in Corvany on Wednesday.', 2, ''],
];

for (const [text, count, rule] of CASES) {
  test(`told again: ${text.slice(0, 90)}`, () => {
    const { events } = readArticle(text);
    assert.equal(events.length, count, JSON.stringify(events.map((e) => [e.subEventType, e.why?.type?.map((r) => r.rule)])));
    if (rule) assert.ok(events[0].why?.type?.some((r) => r.rule === rule), JSON.stringify(events[0].why?.type));
  });
}

// nonev16's inquiry rule (lexicon/non-events.ts nonevent.inquiry) makes "an investigation into the killing" a topic, no news;
// once the article has told the killing, the inquiry's sentence is that incident told again: its evidence, not dropped.
test('an inquiry into an incident the article told is evidence of it', () => {
  const events = readArticle('Gunmen shot dead a journalist in Kessa on Monday, police said. The interior ministry said it had opened an investigation into the killing.').events;
  assert.equal(events.length, 1);
  assert.equal(events[0].evidence.length, 2);
  // Told alone, the inquiry's topic is no incident.
  assert.equal(readArticle('The interior ministry said it had opened an investigation into the killing of a journalist.').events.length, 0);
});

// A typing rule marked `groupsAsDisrupted` (lexicon/sub-events.ts; loot.group-takes-weapons, weapons a group took) keeps the
// grouping and told-again joining of a Disrupted weapons use: told twice it is one incident, told "in the attack" it is that
// attack's spoils, and it joins no clash or attack told beside it.
// [report, the incidents' sub-types in order, a rule id expected in the last incident's why.type]
const AS_DISRUPTED: Array<[string, string[], string]> = [
  ['JNIM militants seized weapons from an army post in Arvella on Tuesday. Officials said the militants seized the weapons and fled.', ['Looting/property destruction'], 'loot.group-takes-weapons'],
  ['Al Shabaab militants attacked an army post in Arvella on Tuesday, killing four soldiers. The militants seized weapons in the attack.', ['Armed clash'], 'retold.instrument-of-told'],
  ['Militants clashed with soldiers in Arvella on Tuesday, killing three soldiers. The militants also seized weapons and ammunition from the army post.', ['Armed clash', 'Looting/property destruction'], 'loot.group-takes-weapons'],
  ['Militants stormed a village in Arvella on Tuesday, killing five civilians. Militants stole rifles from a police station in Arvella.', ['Attack', 'Looting/property destruction'], 'loot.group-takes-weapons'],
];

for (const [text, types, rule] of AS_DISRUPTED) {
  test(`grouped as disrupted weapons use: ${text.slice(0, 80)}`, () => {
    const { events } = readArticle(text);
    assert.deepEqual(events.map((e) => e.subEventType), types, JSON.stringify(events.map((e) => e.why?.type?.map((r) => r.rule))));
    assert.ok(events.at(-1)!.why?.type?.some((r) => r.rule === rule), JSON.stringify(events.at(-1)!.why?.type));
  });
}
