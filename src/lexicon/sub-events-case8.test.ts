import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstTypeWithRule } from '../pipeline/events/test-helpers.js';

// case8 (issue 13): CASE-style wire snippets on the demonstration, riot and strategic boundaries (ACLED codebook 2023, "Event
// Types and Sub-Event Types"). [report, expected first sub-event type / the rule that types it]: invented reports, never
// evaluation rows (more in test/probes/case8.jsonl).
const CASES: Array<[string, string]> = [
  // Rioters who loot with no protest or demand told act on businesses outside a demonstration (case8 rows, sub-events-*.ts
  // mob.rioters-loot; PLUNDER); rioting told with a protest stays the demonstrators' violence.
  ['Rioters looted and burned shops owned by foreign nationals in Durban on Monday.', 'Mob violence / mob.rioters-loot'],
  ['Rioters plundered warehouses in the port city overnight, police said.', 'Mob violence / mob.rioters-loot'],
  ['Rioters protesting the election result looted shops in the capital.', 'Violent demonstration / riot.protest-violence'],
  // Demonstrators who leave of their own accord tell no intervention (event-cues.ts SELF_DISPERSE, read whole over "dispersed").
  ['Farmers blocked a highway with their tractors for six hours on Tuesday against fuel shortages, then dispersed peacefully.', 'Peaceful protest / protest.strike-or-vigil'],
  ['Police fired tear gas to disperse opposition supporters who had gathered on Tuesday.', 'Protest with intervention / protest.riot-control'],
  // A truce one side declares alone is a change of its activity, not an agreement between actors (change.unilateral-truce).
  ['The rebel group announced a unilateral ceasefire over the Christmas period.', 'Change to group/activity / change.unilateral-truce'],
  ['The government and the rebels signed a ceasefire agreement on Sunday.', 'Agreement / agreement.signed'],
  // "The disappeared" are people, no abduction told (CIVILIAN, read whole over ABDUCT's "disappeared").
  ['Families of the disappeared continued their roadside protest for the 2,000th day on Friday.', 'Peaceful protest / protest.gathering'],
  // Religious communities named as a fight's sides are crowds fighting each other (CROWD; crowd-sides.ts betweenSides).
  ['Clashes between Hindus and Muslims in a town left two dead and several shops burnt on Sunday night.', 'Mob violence / mob.crowd-clashes'],
  // A cause clause opened by a measured interval is another day's deed, whoever did it (protest-causes.ts INTERVAL).
  ['Activists rallied outside the parliament on Thursday, a week after police shot dead two protesters.', 'Peaceful protest / protest.gathering'],
  ['Activists gathered outside the parliament on Thursday, holding placards that read "Stop killing us", a week after police shot dead two protesters.', 'Peaceful protest / protest.gathering'],
  // The words demonstrators carry or shout are their message, no act (GRIEVANCE).
  ['Hundreds marched in Lilongwe carrying banners reading "No more killings".', 'Peaceful protest / protest.gathering'],
  // An alleged charge is the arrest's charge (protest-causes.ts CHARGES).
  ['Police arrested a former minister on Tuesday over his alleged role in the attacks on protesters last month.', 'Arrests / arrest.by-state'],
  // "shot" before its object is the verb (segment/pos-repair.ts): a trailing ", residents said" names the speaker only.
  ['Soldiers shot dead two civilians at a checkpoint in Rakhine state, residents said.', 'Attack / attack.kill-civilians'],
];

const firstWithRule = (text: string) => firstTypeWithRule(text, '2024-12-31');

for (const [text, expected] of CASES) {
  test(`case8: ${text}`, () => assert.equal(firstWithRule(text), expected));
}
