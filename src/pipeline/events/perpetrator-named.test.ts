import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

// Round 31 (issues 13/14): the group a sentence told after an attack by unnamed attackers names as its perpetrator, in words
// other than "claimed responsibility" (roles.ts perpetratorIn, read by story-actors.ts), is its actor 1.
// [report, expected actor 1 of the first incident (a prefix), the rule that chose it]: invented reports over an invented town.
const CASES: Array<[string, string, string]> = [
  // The group's own word
  ['A suicide bomber blew himself up inside a tea shop in Arvella on Friday, killing seven people, police said. Al Shabaab said it was behind the attack.',
    'Al Shabaab', 'actor.claimed-responsibility'],
  ['A suicide bomber blew himself up inside a tea shop in Arvella on Friday, killing seven people, police said. Al Shabaab said on its radio station that its fighters had carried out the bombing.',
    'Al Shabaab', 'actor.claimed-responsibility'],
  // Another's suspicion, the deed told after the group
  ['Gunmen shot dead four traders at a market in Arvella on Sunday, witnesses said. Police suspect the Oromo Liberation Army carried out the attack.',
    'OLA: Oromo Liberation Army', 'actor.blamed-for'],
  // Blame whose object a relative clause describes
  ['A roadside bomb struck an army patrol near Arvella on Thursday, killing two soldiers. A security source blamed Al Shabaab fighters who hide in the nearby forest.',
    'Al Shabaab', 'actor.blamed-for'],
  // The attackers told as the group's members
  ['Two men were shot dead at a car wash in Arvella on Friday by gunmen believed to belong to the Sinaloa Cartel.', 'Sinaloa Cartel', 'actor.suspected-perpetrator'],
  // Controls: a blamed group told to deny it; a group that says it did not do it; a group's men arrested as suspects; a group
  // that speaks of the deed without owning it.
  ['Gunmen killed five farmers near Arvella on Sunday. Officials blamed Al Shabaab, which denied any involvement.', 'Unidentified Armed Group', 'actor.agent-active-subject'],
  ['A suicide bomber blew himself up inside a tea shop in Arvella on Friday, killing seven people, police said. Al Shabaab said it had not carried out the attack.',
    'Unidentified Armed Group', 'actor.trigger-in-name'],
  ['Gunmen killed five farmers near Arvella on Sunday. Police later arrested suspected Al Shabaab members in a nearby town.', 'Unidentified Armed Group', 'actor.agent-active-subject'],
  ['Gunmen killed five farmers near Arvella on Sunday. Al Shabaab said it was saddened by the killings.', 'Unidentified Armed Group', 'actor.agent-active-subject'],
];

for (const [text, actor1, rule] of CASES) {
  test(`perpetrator named after the incident: ${text.slice(0, 80)}`, () => {
    const e = readArticle(text).events[0];
    assert.ok(e?.actor1?.name.startsWith(actor1), `actor1 ${e?.actor1?.name}, want ${actor1}`);
    assert.equal(e.why?.actor1?.[0]?.rule, rule);
  });
}
