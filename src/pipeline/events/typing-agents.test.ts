import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './index.js';
import { docOf } from './test-helpers.js';

// Who acts decides the sub-type (issue 13, ACLED part): the agent of the violent verb and its target, not armed
// words anywhere in the sentence. [sentence, expected first sub-event type, the rule expected to type it]:
// one line a case, invented wording from the codebook's definitions and general news phrasing.
const CASES: Array<[string, string, string]> = [
  // A crowd acts: rioters, whatever armed group another clause names
  ['Residents attacked the police after a shop owner was killed by gunmen in the market.', 'Mob violence', 'mob.crowd-attacks'],
  // …and people told as an act's object are not the subject of the next verb
  ['Bandits shot two traders and wounded three villagers on the road.', 'Attack', 'attack.assault-civilians'],
  // State forces' own force at a protest is an intervention, not the demonstrators' violence
  ['Prison guards threw tear gas at inmates who were protesting over food.', 'Protest with intervention', 'protest.riot-control'],
  ['Miners staged a demonstration outside the factory. They clashed with police who fired tear gas.', 'Violent demonstration', 'riot.story-turns-violent'],
  ['Inmates set their mattresses on fire at the police station to demonstrate against the lack of food.', 'Violent demonstration', 'riot.protest-turns-violent'],
  // Force used on demonstrators who had turned violent leaves the event a violent demonstration (group-mentions.ts)
  ['Farm workers staged a demonstration on the highway over unpaid wages. They burnt tyres and smashed the windows of a bank. Police dispersed the demonstrators.', 'Violent demonstration', 'riot.story-turns-violent'],
  // Party supporters are rioters: a party or its supporters who fight, whoever the other side is
  ['Supporters of the opposition party attacked a journalist in the village.', 'Mob violence', 'mob.crowd-attacks'],
  ['Awami League and BNP activists clashed in the town, injuring ten.', 'Mob violence', 'mob.crowd-clashes'],
  ['Youths of the ruling party militia and ANC supporters clashed with machetes near the school.', 'Mob violence', 'mob.crowd-clashes'],
  ['Soldiers and rebels clashed near the town.', 'Armed clash', 'clash.fighting'],
  ['Party supporters attacked militiamen guarding the polling station.', 'Mob violence', 'mob.crowd-attacks'],
  // A prison riot is the inmates' mob violence; inmates who protest are demonstrators
  ['Inmates rioted at the central prison, setting mattresses on fire.', 'Mob violence', 'mob.prison-riot'],
  ['Prisoners protested against the lack of food and set fire to their mattresses.', 'Violent demonstration', 'riot.protest-turns-violent'],
  // Weapons taken in the fighting are part of the battle
  ['Troops clashed with the militia near the river and recovered six rifles.', 'Armed clash', 'clash.fighting'],
  // Off duty, a member of a force is a civilian victim
  ['Gunmen shot dead an off-duty policeman outside a bar.', 'Attack', 'attack.kill-civilians'],
  ['Gunmen shot dead a policeman at a checkpoint.', 'Armed clash', 'clash.kill-forces'],
];

const firstWithRule = (text: string) => {
  const e = findEvents(docOf(text, '2024-05-10'), [], [], {} as any).events[0];
  return e ? `${e.subEventType} / ${e.why?.type?.[0]?.rule}` : 'none / ';
};
for (const [sentence, expected, rule] of CASES) {
  test(`typing by agent ${rule}: ${sentence}`, () => assert.equal(firstWithRule(sentence), `${expected} / ${rule}`));
}
