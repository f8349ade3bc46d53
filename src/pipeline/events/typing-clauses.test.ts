import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './index.js';
import { docOf } from './test-helpers.js';
import { relativeClauses } from './relative-clauses.js';

const first = (text: string) => findEvents(docOf(text, '2024-05-10'), [], [], {} as any).events[0]?.subEventType ?? 'none';

// [sentence, expected first sub-event type] — invented wording, one line a case: the main clause is the news; a
// relative clause about a person, or an attack told as feared, is background when something else is told.
const CASES: Array<[string, string]> = [
  ['Troops captured a rebel commander who led the shelling of the market last year.', 'Arrests'],
  ['Police arrested two men who had planted a roadside bomb on the highway.', 'Arrests'],
  ['Soldiers detained a militant, who confessed to the bombing of a bus station.', 'Arrests'],
  ['Gunmen who stormed the village shot dead six farmers.', 'Attack'],
  ['Demonstrators who threw stones at the police were arrested.', 'Violent demonstration'],
  ['Villagers have mobilised with the army to guard the valley against a possible attack by the insurgents.', 'Change to group/activity'],
  ['The army sent reinforcements to the border town in anticipation of an offensive by the rebels.', 'Change to group/activity'],
  ['Officials warned of a possible attack on the capital.', 'none'],
  ['A device that exploded near the market wounded 13 people.', 'Remote explosive/landmine/IED'],
  ['The bomb, which went off at the bus stop, killed three people.', 'Remote explosive/landmine/IED'],
  // w26: the terms of a deal, told in a clause about it ("under which …"), are what it provides for, not what happened.
  ['The government and the rebels signed a peace agreement on Saturday under which the fighters will lay down their weapons and join a disarmament programme.', 'Agreement'],
  // w26: a body's purpose told by a participle ("the mission fighting the gangs") is no act of the report, even alone; a plan's
  // time still to come ("next month") makes what follows it no incident.
  ['Kenya plans to deploy another 600 police officers to Haiti next month to reinforce the multinational mission fighting the gangs.', 'none'],
  ['The UN mission fighting the gangs received new armoured vehicles on Monday.', 'none'],
  ['An air strike by the US-led coalition fighting Islamic State killed 12 civilians in Raqqa on Monday.', 'Air/drone strike'],
];

for (const [text, want] of CASES) test(`clauses: ${text}`, () => assert.equal(first(text), want));

test('relative clauses: a person\'s clause runs to the next clause mark', () => {
  const doc = docOf('Troops captured a commander who led the attack, officials said.', '2024-05-10');
  const words = doc.tokens.map((t) => t.text.toLowerCase());
  const spans = relativeClauses(doc.tokens, words, 0, doc.tokens.length);
  assert.deepEqual(spans.map((s) => words.slice(s.first, s.end).join(' ')), ['who led the attack']);
});

test('relative clauses: a subject\'s clause ends at the main verb', () => {
  const doc = docOf('Villagers who fled the town were shot by soldiers.', '2024-05-10');
  const words = doc.tokens.map((t) => t.text.toLowerCase());
  const spans = relativeClauses(doc.tokens, words, 0, doc.tokens.length);
  assert.deepEqual(spans.map((s) => words.slice(s.first, s.end).join(' ')), ['who fled the town']);
});
