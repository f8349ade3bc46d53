import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from '../pipeline/events/test-helpers.js';

// Invented reports (round 5), written from ACLED's codebook definitions in the wording of news from many countries,
// never from a dev row. The invented towns Arvella, Brennick, Corvany and Dunmore are places (test-helpers.ts).
const first = (text: string) => readArticle(text).events[0];

// [report, expected first sub-event type, the rule expected to type it] — one line a case.
const CASES: Array<[string, string, string]> = [
  // Named places are objects of the territory verbs (place-objects.ts).
  ['Rebels seized Arvella on Monday after a night of heavy gunfire.', 'Non-state actor overtakes territory', 'territory.group-takes-named-place'],
  ['Government troops seized Brennick from the insurgents on Sunday.', 'Government regains territory', 'territory.state-takes-named-place'],
  ['The army cleared the militants from Dunmore on Friday and restored order.', 'Government regains territory', 'territory.state-drives-out-of-named-place'],
  ['Islamic State fighters occupied several villages east of the river.', 'Non-state actor overtakes territory', 'territory.group-occupies'],
  ['Soldiers occupied Corvany after the rebels fled into the hills.', 'Government regains territory', 'territory.state-occupies-named-place'],
  ['The district capital fell into the hands of the insurgents late on Friday.', 'Non-state actor overtakes territory', 'territory.falls-to-group'],
  ['The town came under the control of government forces after the militia left.', 'Government regains territory', 'territory.falls-to-state'],
  ['The valley was cleared of militants, the defence ministry said.', 'Government regains territory', 'territory.freed-from-group'],
  // Non-violent transfer: taken after the other side withdrew, no fighting told.
  ['Rebels took control of the town after government troops withdrew from their positions overnight.', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  ['Taliban fighters entered the district centre after Afghan forces pulled out on Sunday.', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
  // Disrupted weapons use.
  ['Police thwarted a suicide attack in the city after intercepting a car laden with explosives.', 'Disrupted weapons use', 'disrupted.bombing-foiled'],
  ['Security forces foiled a plot to bomb a church during Easter mass.', 'Disrupted weapons use', 'disrupted.plot-foiled'],
  ['A suicide bomber was shot dead before he could detonate his vest at a checkpoint.', 'Disrupted weapons use', 'disrupted.dud'],
  ['A grenade thrown at the police station failed to explode.', 'Disrupted weapons use', 'disrupted.dud'],
  ['A missile fired towards the city was destroyed in mid-air, the military said.', 'Disrupted weapons use', 'disrupted.dud'],
  ['Troops detected an improvised explosive device planted along the main road.', 'Disrupted weapons use', 'disrupted.weapons-found'],
  // Protests: deadly force outranks dispersal; slight injuries are an intervention.
  ['At least 12 protesters were killed when troops fired tear gas and live rounds to disperse a march.', 'Excessive force against protesters', 'protest.deadly-force'],
  ['Officers baton-charged students protesting a fee hike, leaving several slightly injured.', 'Protest with intervention', 'protest.minor-injuries'],
  // …and what a protest is against is its grievance, not what happened at it (protest-objects.ts).
  ['Women held a candlelight vigil to protest the killing of a local journalist.', 'Peaceful protest', 'protest.gathering'],
  ['Villagers protested peacefully in the square against the killing of a social leader by armed men.', 'Peaceful protest', 'protest.gathering'],
  ['Protests sparked by the killing of a teenager by police spread to three cities on Sunday.', 'Peaceful protest', 'protest.gathering'],
  ['Hundreds of people took to the streets to protest rising insecurity and kidnappings.', 'Peaceful protest', 'protest.gathering'],
  ['Mothers of detained men held a silent protest in front of the prison.', 'Peaceful protest', 'protest.gathering'],
  ['Demonstrators demanding the resignation of the governor were teargassed by police.', 'Protest with intervention', 'protest.dispersed'],
  ['Police dragged protesters from the road and bundled them into vans.', 'Protest with intervention', 'protest.dispersed'],
  ['Residents of the township demanded the removal of the local councillor outside the municipal offices.', 'Peaceful protest', 'protest.crowd-demands'],
  ['Hundreds of traders shut their shops on Monday, demanding an end to multiple taxation.', 'Peaceful protest', 'protest.gathering'],
  ['Mine workers downed tools at the platinum shaft over unpaid bonuses.', 'Peaceful protest', 'protest.gathering'],
  // Mob violence: a crowd, no demonstration.
  ['Residents set ablaze a woman accused of witchcraft in the county.', 'Mob violence', 'mob.crowd-burns'],
  ['Villagers beat two suspected kidnappers to death on Sunday.', 'Mob violence', 'mob.crowd-beats-anyone'],
  // Arrests by a state force, displacement, chemical weapons.
  ['Security forces detained three suspected militants in a raid on Tuesday.', 'Arrests', 'arrest.by-state'],
  ['Thousands fled their villages after the militants threatened to attack.', 'Other', 'other.people-fled'],
  ['Syrian warplanes dropped bombs containing chlorine on the rebel-held town, medics said.', 'Chemical weapon', 'chem.agent-from-air'],
];

for (const [text, want, rule] of CASES) test(`case5 rules: ${text}`, () => {
  const e = first(text);
  assert.equal(e?.subEventType ?? 'none', want);
  assert.equal(e?.why?.type?.[0]?.rule ?? 'none', rule);
});

// [report, expected first sub-event type] — near neighbours and words that are no act of the sentence.
const NEIGHBOURS: Array<[string, string]> = [
  ['Rebels took control of the town after heavy fighting with government troops, who later withdrew.', 'Non-state actor overtakes territory'],
  ['Pro-government forces thwarted a rebel attack on the front line, killing 20 fighters.', 'Armed clash'],
  ['Warplanes struck a chemical plant on the outskirts of the city, killing two guards.', 'Air/drone strike'],
  ['Jets bombed the town in retaliation for a suspected poison gas attack last week.', 'Air/drone strike'],
  ['Two trucks of a logging company were set on fire by a group of armed men.', 'Looting/property destruction'],
  ['Workers at the copper mine went on strike over pay.', 'Peaceful protest'],
  ['Israeli forces raided a house in the occupied West Bank town and arrested two men.', 'Arrests'],
  ['The two sides agreed to withdraw their forces from the border area under the ceasefire.', 'Agreement'],
  ['Troops liberated Palma from insurgents, the defence ministry said.', 'Government regains territory'],
  ['A gas cylinder explosion killed four people in a restaurant.', 'none'],
  ['The minister demanded an explanation from the ambassador on Tuesday.', 'none'],
  ['The soldiers mutinied over unpaid wages and took over the barracks.', 'Other'],
];
for (const [text, want] of NEIGHBOURS) test(`case5 neighbours: ${text}`, () => assert.equal(first(text)?.subEventType ?? 'none', want));

