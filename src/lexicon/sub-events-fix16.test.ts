import { typingTable } from '../pipeline/events/test-helpers.js';

// fix16 (issue 13): known misreadings of who did what (ACLED codebook 2023, "Event Types and Sub-Event Types", and its actor
// types). [report, expected first sub-event type, the rule that types it]: invented reports, never evaluation rows (more, with
// actors, in test/probes/fix16.jsonl).
typingTable('fix16', [
  // Codebook: Abduction/forced disappearance is the taking of people by an armed group (Arrests: by state forces); people seized
  // are taken, no goods (hit-readings.ts seizedPeople).
  ['Insurgents seized four officials from their car near Kessa on Monday, local sources said.', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
  ['Gunmen seized two aid workers from their vehicle on the road to Arvella on Tuesday.', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
  ['Militants seized a village chief and his son from their home in Dorno overnight.', 'Abduction/forced disappearance', 'abduction.detained-by-group'],
  // Neighbours: goods seized are looted, a place seized is taken.
  ['Insurgents seized four cars and a truck of food from traders near Kessa on Monday.', 'Looting/property destruction', 'loot.seized-goods'],
  ['Gunmen seized livestock and grain from villagers in Arvella on Tuesday.', 'Looting/property destruction', 'loot.seized-goods'],
  ['Insurgents seized the town of Kessa on Monday after a day of fighting with the army.', 'Non-state actor overtakes territory', 'territory.group-seizes-control'],
  // Codebook: Arrests are state forces detaining people; taken in, picked up or held "for questioning" is a detention.
  ['Police in Kessa took in three men for questioning on Monday over the killing of a local trader.', 'Arrests', 'arrest.detained'],
  ['A local opposition leader was held for questioning by police in Dorno on Wednesday, his lawyer said.', 'Arrests', 'arrest.by-state'],
  ['Soldiers picked up five youths for questioning after a raid in Kessa on Thursday.', 'Arrests', 'arrest.by-state'],
  // Neighbours: wanted or summoned for questioning is no detention.
  ['Police said a man was wanted for questioning over the killing, but no arrest had been made in Kessa.', 'none', ''],
  ['The minister was summoned for questioning by lawmakers in Arvella on Tuesday over the budget.', 'none', ''],
], '2024-05-10');

// fix16: who did it. An organisation no list holds, named by its head noun, is an armed actor (actors.ts unlistedOrganisation,
// group.unlisted-by-head-noun); a territory sub-type's actor1 is the side typing read as winning the place (territory-winner.ts);
// an agent after the trigger, past a clause of its own ("after it fell to …"), is that clause's (roles.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from '../pipeline/events/test-helpers.js';

const actors: ReadonlyArray<readonly [string, RegExp, RegExp | null]> = [
  ['The Dorno Liberation Front said its fighters attacked an army post near Kessa on Sunday, killing three soldiers.', /^Dorno Liberation Front/, /Military/],
  ['The Kessa Patriotic Movement said its forces ambushed a military convoy near Arvella on Tuesday.', /^Kessa Patriotic Movement/, /Military/],
  ['The Kessa Defence Council said its militia had killed five civilians it accused of spying in Arvella on Wednesday.', /^Kessa Defence Council/, /Civilians/],
  ['An army patrol was ambushed by fighters of the Kessa Patriotic Movement near Arvella on Sunday.', /^Kessa Patriotic Movement/, /Military/],
  ['Gunmen from the Arvella Salvation Front abducted six farmers near Dorno on Thursday.', /^Arvella Salvation Front/, /Civilians/],
  ['The army re-entered Kessa on Tuesday, two weeks after it fell to insurgents.', /^Military Forces/, null],
  ['Soldiers recaptured Arvella on Wednesday, a month after it fell to rebels, the defence ministry said.', /^Military Forces/, null],
  // Neighbours: a state's own army and its numbered units are no unlisted group; a party's members killed are civilians.
  ['Nigerian troops clashed with bandits near Kessa on Thursday, killing eight of them.', /^Military Forces of Nigeria/, null],
  ['Gunmen shot dead a member of the Kessa Unity Party in Arvella on Monday.', /^Unidentified Armed Group/, /Civilians/],
  // A force's former member is a civilian (actor.former-member-civilian); so is a local office-holder.
  ['A former police officer was shot dead by gunmen outside his home in Kessa on Monday.', /^Unidentified Armed Group/, /^Civilians/],
  ['The bodies of two former rebel fighters were found near Arvella on Tuesday, police said.', /^Unidentified Armed Group/, /^Civilians/],
  ['A local council chairperson was shot dead by unknown assailants in Arvella on Friday.', /^Unidentified Armed Group/, /^Civilians/],
  // Neighbour: serving officers are the force.
  ['Gunmen shot dead two police officers at a checkpoint in Kessa on Thursday.', /^Unidentified Armed Group/, /^Police Forces/],
];
for (const [text, one, two] of actors) {
  test(`fix16 actors: ${text}`, () => {
    const e = readArticle(text).events[0];
    assert.match(e.actor1?.name ?? '', one);
    if (two) assert.match(e.actor2?.name ?? '', two);
  });
}

test('fix16: a numbered unit and a body of no arms are no unlisted group', () => {
  for (const text of ['The commander of the 4th Marine Brigade was replaced in Kessa on Monday.',
    'The African Union said fighting between soldiers and rebels near Kessa killed ten people on Monday.']) {
    const e = readArticle(text).events[0];
    assert.ok(!e || !(e.why?.actor1 ?? []).some((r) => r.rule === 'group.unlisted-by-head-noun'), text);
  }
});
