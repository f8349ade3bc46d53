import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './index.js';
import { docOf } from './test-helpers.js';
import type { SentenceReading } from './types.js';

/** How many incidents an article yields, and the non-event rule behind each sentence left out. */
function read(text: string): { count: number; rules: string[] } {
  const trace: SentenceReading[] = [];
  const count = findEvents(docOf(text, '2024-05-10'), [], [], {} as any, trace).events.length;
  return { count, rules: trace.flatMap((s) => (s.notAnEvent ? [s.notAnEvent] : [])) };
}

// [text, number of incidents, the non-event rule that left a sentence out ('' when none)]
// Invented wording, one line a case, one family of the codebook's exclusions per group.
const CASES: Array<[string, number, string]> = [
  // natural disasters
  ['A powerful earthquake killed at least 30 people and destroyed hundreds of homes.', 0, 'nonevent.disaster.quake'],
  ['A landslide buried a village after days of rain, killing eleven.', 0, 'nonevent.disaster.quake'],
  ['Floods swept away a bridge and left nine people dead.', 0, 'nonevent.disaster.flood-storm'],
  ['The typhoon destroyed fishing boats and killed four fishermen on the coast.', 0, 'nonevent.disaster.flood-storm'],
  ['Lightning struck a school, injuring twelve pupils.', 0, 'nonevent.disaster.flood-storm'],
  ['Drought killed thousands of cattle and left herders destitute.', 0, 'nonevent.disaster.climate'],
  // fires, industrial and domestic explosions, gas and poison
  ['A fire broke out at a warehouse, killing four. Firefighters said the blaze was out by noon.', 0, 'nonevent.accident.fire'],
  ['Flood waters rose through the night. Two people were killed on Sunday, the mayor said.', 0, 'nonevent.disaster.story'],
  ['Three children died when a blaze swept through their home overnight.', 0, 'nonevent.accident.fire'],
  ['A gas cylinder explosion at a restaurant killed two workers.', 0, 'nonevent.accident.industrial'],
  ['An explosion at a fertiliser plant killed six employees and injured dozens.', 0, 'nonevent.accident.industrial'],
  ['A boiler exploded at a textile factory, killing three.', 0, 'nonevent.accident.industrial'],
  ['Two cleaners died after inhaling toxic fumes from a chemical spill.', 0, 'nonevent.accident.industrial'],
  ['Five people died after drinking adulterated liquor at a wedding.', 0, 'nonevent.accident.industrial'],
  // traffic and mining accidents
  ['Twelve passengers were killed when a bus collided with a lorry on the highway.', 0, 'nonevent.accident.traffic'],
  ['A ferry capsized on the lake, killing at least 40 people.', 0, 'nonevent.accident.traffic'],
  ['A train derailed near the border, injuring 80 passengers.', 0, 'nonevent.accident.traffic'],
  ['Nine miners were killed when a coal mine caved in.', 0, 'nonevent.accident.mining'],
  // epidemics
  ['Cholera has killed 40 people in the camps this month.', 0, 'nonevent.epidemic'],
  // ordinary crime
  ['Robbers shot dead a shopkeeper during a theft at the market.', 0, 'nonevent.crime'],
  // probe5: a state force's killing of suspected criminals is coded; the crime word names the victims
  ['Police killed at least 10 suspected drug traffickers during an operation in the favela on Tuesday.', 1, ''],
  ['Soldiers shot dead three suspected cattle thieves at a checkpoint.', 1, ''],
  // drills, plans, threats, policies, tallies, negation
  ['The air force held a large drill over the desert on Tuesday, firing missiles at mock targets.', 0, 'nonevent.drill'],
  ['The army plans to launch airstrikes on the militants next month.', 0, 'nonevent.irrealis'],
  ['The group threatened to attack government buildings.', 0, 'nonevent.irrealis'],
  // an incident remembered is history; a march that remembers it is the news
  ['Three years after the massacre in which 40 villagers were killed, survivors are still waiting for justice.', 0, 'nonevent.history'],
  ['Hundreds marched through the capital to mark the anniversary of the port explosion.', 1, ''],
  // a court's death sentence kills no one
  ['A military court sentenced nine protesters to death on Monday.', 0, 'nonevent.judicial-sentence'],
  // probe5: a court trying or convicting people for a past attack; a year since an incident
  ['A court on Tuesday convicted three members of the group for the 2019 attack on a military post that killed 71 soldiers.', 0, 'nonevent.court-verdict'],
  ['Two men were acquitted on Monday for their role in the bombing of the market.', 0, 'nonevent.court-verdict'],
  ['Five soldiers went on trial for the killing of twelve villagers.', 0, 'nonevent.court-verdict'],
  // ("over the killing of" is the cause the sentence tells, read as no incident before any court rule: protest-objects.ts)
  ['Five soldiers went on trial over the killing of twelve villagers.', 0, ''],
  ['Displaced families marked one year since the shelling of the camp.', 0, 'nonevent.history'],
  // not a trial: the verdict is no word of the incident's own ("protesters clashed with police after the verdict")
  ['Protesters clashed with police outside the court after the verdict on Monday.', 1, ''],
  ['Gunmen attacked the convoy carrying the convicted commander to prison, killing two guards.', 1, ''],
  ['A court upheld the death sentences of three men convicted of killing a policeman.', 0, 'nonevent.judicial-sentence'],
  ['The jets flew hundreds of airstrikes over the city.', 0, 'nonevent.tally.count'],
  ['The jets have carried out hundreds of airstrikes since the war began.', 0, 'nonevent.tally.habit'],
  ['At least 30 civilians have been killed in the province since January.', 0, 'nonevent.tally.habit'],
  // a trend of many incidents, not one (not "an increase in" alone: protests demand one in wages)
  ['The Pakistani Taliban have stepped up attacks on security forces.', 0, 'nonevent.tally.habit'],
  ['Officials reported a surge in attacks on farmers in the province.', 0, 'nonevent.tally.habit'],
  ['The junta has been battling a nationwide armed uprising since the 2021 coup.', 0, 'nonevent.tally.ongoing'],
  ['Government forces have been fighting the rebels in the north for a decade.', 0, 'nonevent.tally.ongoing'],
  ['No airstrikes were reported in the province on Monday.', 0, 'nonevent.negated'],
  // probe5: a foiled attack did not happen; the arrest that foiled it did; a thwarted assault was a fight
  // A bombing stopped before the device went off is Disrupted weapons use (codebook), typed by case5's rows before this rule.
  ['Police foiled a car bomb attack on the market on Thursday.', 1, ''],
  ['Security forces averted a suicide bombing at the stadium.', 1, ''],
  ['Police foiled an attack on the governor\'s convoy on Thursday.', 0, 'nonevent.foiled'],
  ['Police foiled a suicide attack on a church on Sunday, arresting two men with explosive vests.', 1, ''],
  ['Troops thwarted an attack by rebels on a checkpoint, killing three of them.', 1, ''],
  // incidents that stay incidents: someone set it off against someone
  ['A car bomb exploded outside the ministry, killing four guards.', 1, ''],
  ['Hundreds of protesters gathered outside the parliament.', 1, ''],
  ['Militants set off a bomb at a gas station, killing three.', 1, ''],
  ['Gunmen stormed a factory and shot dead two guards.', 1, ''],
  ['Police beat a journalist who was reporting on a market fire in the town centre last week.', 1, ''],
  // mob justice: a crowd that beats a suspected thief is Mob violence, not ordinary crime
  ['Villagers beat a suspected thief to death at the market.', 1, ''],
  // a defused mine is disrupted weapons use, not a mining accident
  ['Police defused a landmine planted on the road to the mine.', 1, ''],
  // A lead where forces fight makes the story armed: its fire crews and blaze are aftermath, not a disaster.
  ['Border guards clashed with army troops near the dam, killing four. Firefighters said the blaze was out by noon.', 1, ''],
  ['The story first ran in the Sunday Dispatch, a weekly paper.', 0, ''],
];

for (const [text, count, rule] of CASES) {
  test(`non-events: ${text}`, () => {
    const got = read(text);
    assert.equal(got.count, count);
    if (rule) assert.ok(got.rules.includes(rule), `expected ${rule}, got ${got.rules.join(', ') || 'no rule'}`);
  });
}
