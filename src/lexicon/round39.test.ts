// Round 39 (issue 13): the rules this round added, one line per case, invented reports in wire and monitoring-note styles,
// written from the codebook and general English, never evaluation rows (the invented towns are the tables' own: Kessa, Dorno,
// Arvella, Brennick). Each line of a rule failed on round 38's build; the lines marked "…but", "…not" or "kept" guard the
// rule's neighbours and held before it too. [report, expected first sub-event type, the rule that types it]
// or, for the non-event tables, [report, the non-event rule that leaves it out].
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nonEventTable, readArticle, typingTable } from '../pipeline/events/test-helpers.js';

describe('round 39: settlements and posts taken', () => {
  typingTable('round 39 territory', [
    // TERRITORY_NOUN: a favela, a slum, a force's barracks or army post, as places a side takes
    ['A militia took over the Santa Luzia favela in Kessa on Wednesday, expelling the gang that had run it.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    ['Rebels seized the army barracks in Dorno on Sunday after the garrison fled.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    ['Armed men took over a slum on the edge of Arvella on Friday, residents said.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
    // time-adjunct.ts: the claimer of an infinitive told after a time adjunct is its doer
    ['Separatist fighters claimed on Thursday to have seized an army post near Dorno after a short firefight.', 'Non-state actor overtakes territory', 'territory.group-takes-place'],
  ]);
  typingTable('round 39 posts kept', [
    // …while a crowd that storms a police station is a mob, and militants who attack a gendarmerie post fight the force
    ['A crowd stormed the police station in Kessa on Monday and tried to free a suspect; police fired warning shots.', 'Mob violence', 'mob.crowd-attacks'],
    ['Gunmen attacked a gendarmerie post in Dorno on Monday, killing two gendarmes.', 'Armed clash', '*'],
  ]);
});

describe('round 39: abductions, raids on herds, dispersals with arrests', () => {
  typingTable('round 39 civilians', [
    // abduction.unacknowledged-captors
    ['A student leader was picked up outside his hostel in Kessa on Monday night by men in plain clothes.', 'Abduction/forced disappearance', 'abduction.unacknowledged-captors'],
    ['A journalist was detained in Dorno on Tuesday; police denied holding him.', 'Abduction/forced disappearance', 'abduction.unacknowledged-captors'],
    // …not a force that names itself
    ['Police officers arrested an opposition organiser at his office in Dorno on Tuesday.', 'Arrests', '*'],
    // ABDUCT: a disappearance told by the silence of those waiting
    ['An opposition blogger was picked up by security agents outside his flat in Dorno on Wednesday and his family has heard nothing of him since.', 'Abduction/forced disappearance', '*'],
    // TAKEN_AWAY: taken from their home by an armed group
    ['A village chief was taken from his home in Brennick by militiamen on Saturday night.', 'Abduction/forced disappearance', 'abduction.carried-off'],
    // LIVESTOCK_RAIDERS: a raid on a community's herds is no theft
    ['Cattle rustlers killed three herders and drove off 200 cows near Kessa on Sunday.', 'Attack', '*'],
    ['Cattle thieves torched a dozen huts and made off with the village herd in Dorno on Saturday night.', 'Looting/property destruction', '*'],
    // protest.riot-control-arrests
    ['Riot police used batons and pepper spray on students blocking the ministry gates in Kessa and detained several of them.', 'Protest with intervention', 'protest.riot-control-arrests'],
  ]);
  nonEventTable('round 39 crime kept out', [
    ['Thieves stabbed a shopkeeper to death during a robbery in Kessa on Saturday, police said.', 'nonevent.crime'],
    // CRIME: a quarrel among heirs
    ['A farmer shot dead his cousin during a dispute over an inheritance in Dorno on Saturday; the suspect was arrested.', 'nonevent.crime.arrest'],
  ]);
});

describe('round 39: remote violence', () => {
  typingTable('round 39 remote', [
    // CHEM: a gas told by its harm or its look, beside a shell
    ['Soldiers at a front-line post near Dorno were treated for burning eyes after shells releasing a yellowish gas landed among them on Sunday.', 'Chemical weapon', 'chem.agent-attack'],
    // AIR_WEAK: a quadcopter
    ['Militants used a quadcopter to drop two mortar rounds on a police checkpoint in Kessa on Thursday night, wounding three officers.', 'Air/drone strike', '*'],
  ]);
  typingTable('round 39 remote kept', [
    ['A leak of noxious gas at a fertiliser plant in Dorno killed two workers on Sunday.', 'none', ''],
  ]);
});

describe('round 39: strategic developments', () => {
  typingTable('round 39 strategic', [
    // COUP: the acts of a coup announced
    ['Soldiers announced on state television on Sunday that they had dissolved the government, after taking over the presidency without a shot being fired.', 'Other', 'other.coup'],
    ['Army officers said in Kessa on Tuesday that they had taken power after the president fled the capital.', 'Other', 'other.coup'],
    // agreement.released-in-exchange
    ['Rebels handed four soldiers to the Red Cross in Dorno on Saturday and the government freed 60 prisoners in exchange.', 'Agreement', 'agreement.released-in-exchange'],
    // ENTERED: deployed in a town the other side left
    ['The army deployed in the town of Arvella on Wednesday after the militia pulled out of it under the truce.', 'Non-violent transfer of territory', 'transfer.taken-after-withdrawal'],
    // FORCE_POSTURE: an armed strike; declaresMeasure past a time adjunct
    ['Guerrillas announced on Sunday an indefinite armed strike in the river towns around Arvella, ordering residents to stay at home.', 'Change to group/activity', 'change.force-posture'],
    // non-acts.ts: "displaced" describing the people who will return
    ['Clan elders signed a ceasefire in Dorno on Thursday, pledging to end hostilities and allow displaced residents to return.', 'Agreement', 'agreement.signed'],
    // ONGOING: a war told in the past perfect of a relative clause before the main verb
    ['Leaders of two clans that had been fighting for three years signed a peace agreement in Kessa on Friday.', 'Agreement', 'agreement.signed'],
  ]);
  typingTable('round 39 strategic kept', [
    ['Fighting displaced residents of three villages around Dorno on Thursday, aid workers said.', 'Other', 'other.displacement'],
    ['Troops deployed in the town of Arvella on Wednesday to secure the market ahead of the elections.', 'Change to group/activity', '*'],
    // …and a ceremonial parade named in the sentence leaves out only the parade's own display, not an arrest told beside it
    ['Police detained 55 people in Arvella on Saturday for condemning the Victory Day parade, a rights group said.', 'Arrests', '*'],
  ]);
  nonEventTable('round 39 not incidents', [
    ['Columns of troops and tanks rolled through central Kessa on Monday in the annual Independence Day military parade.', 'nonevent.ceremonial-parade'],
    ['The opposition on Thursday called a dawn-to-dusk general strike in Dorno for next Sunday.', 'nonevent.protest-scheduled'],
    ['Police figures show there were 31 shootings and 12 bombing incidents in the province over the past 12 months.', 'nonevent.tally.habit'],
  ]);
});

describe('round 39: a party under way when the blast came', () => {
  test('round 39 actor-syntax TRAVELLING: rangers on their way when a device went off were hit, not its doers', () => {
    const e = readArticle('A ranger was killed by a roadside bomb near Dorno on Saturday. The rangers were on their way to a village school when the device went off, police said.').events[0];
    assert.match(e?.actor1?.name ?? '', /Unidentified Armed Group/);
    assert.match(e?.actor2?.name ?? '', /Military Forces/);
  });
});

describe('round 39: the patient of a verb of dying', () => {
  typingTable('round 39 dying', [
    // typing.ts INTRANSITIVE_DEATH: nothing after "died" is what was done to
    ['A monitor said 18 people had died and others were missing after the attackers seized their motorbikes near Kessa.', 'Attack', '*'],
  ]);
});

describe('round 39: an earlier act told after the main clause, demining, naming', () => {
  typingTable('round 39 adjuncts', [
    // earlier-adjuncts.ts: ", two days after <an earlier act>," after the main clause is its setting
    ['Gunmen shot dead three villagers in Dorno on Monday, two days after soldiers clashed with rebels nearby.', 'Attack', 'attack.kill-civilians'],
    // …but a withdrawal told there is the other side of the transfer it dates
    ['Fighters took control of Arvella without fighting on Monday, a day after soldiers had withdrawn from their post in the town.', 'Non-violent transfer of territory', '*'],
  ]);
  // NAMED_AS: "identified as" names the weapon told before; no weapon found, no second incident
  test('round 39 NAMED_AS: a missile identified as a model is no weapon found', () => {
    const events = readArticle('A ballistic missile struck a market in Dorno on Sunday, killing three people. The missile, which officials identified as an Iskander-M, hit a courtyard between two apartment blocks.').events;
    assert.deepEqual(events.map((e) => e.subEventType), ['Shelling/artillery/missile attack']);
  });
  nonEventTable('round 39 demining', [
    ['Army engineers were clearing the area of explosives near Dorno on Tuesday before families could return.', 'nonevent.demining'],
  ]);
});

describe('round 39: ambushes of civilians, headlines, treated harm', () => {
  typingTable('round 39 ambushes', [
    // typing.ts groupOfBefore: the people a "group of" counts were acted on
    ['Gunmen on motorbikes ambushed a group of traders returning from the market near Arvella on Sunday, killing 18.', 'Attack', 'attack.ambush-on-civilians'],
    // attack.killed-in-ambush: civilians killed in an ambush told as a noun
    ['Five traders were killed in an ambush near Dorno on Sunday, officials said.', 'Attack', 'attack.killed-in-ambush'],
    // typing.ts REDUCED_PASSIVE_VERBS: a headline's passive without "be"
    ['Traders killed in ambush outside Dorno', 'Attack', 'attack.killed-in-ambush'],
  ]);
  typingTable('round 39 ambushes kept', [
    ['Five soldiers were killed in an ambush near Dorno on Sunday, the army said.', 'Armed clash', '*'],
    ['At least 26 men were killed in an ambush during clan fighting near Dorno on Sunday, police said.', 'Armed clash', '*'],
    ['Separatist rebels killed at least 11 gold miners near Dorno on Monday, police said.', 'Attack', '*'],
  ]);
  typingTable('round 39 treated harm', [
    // MINOR: harm told by its outpatient treatment is no serious injury (codebook: Protest with intervention)
    ['Police fired tear gas to disperse a march against fuel prices in Dorno on Wednesday. The party said seven of its members were treated for injuries.', 'Protest with intervention', '*'],
  ]);
  test('round 39 count-phrase: a list after the first comma that is the subject of "said" names the sources, not more dead', () => {
    const events = readArticle('A drone strike hit a bus station in Arvella on Monday, killing at least eight civilians, two residents and a health worker said.').events;
    assert.equal(events[0]?.fatalities?.best, 8);
  });
});

