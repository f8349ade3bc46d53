// Round 40 (issue 13): the rules this round added, one line per case, invented reports in wire and monitoring-note styles,
// written from the codebook and general English, never evaluation rows (the invented towns are the tables' own: Kessa, Dorno,
// Arvella, Brennick). Each line of a rule failed on round 39's build; the lines marked "…but", "…not" or "kept" guard the
// rule's neighbours and held before it too. [report, expected first sub-event type, the rule that types it]
// or, for the non-event tables, [report, the non-event rule that leaves it out].
import { describe } from 'node:test';
import { nonEventTable, typingTable } from '../pipeline/events/test-helpers.js';

describe('round 40: people taken from their homes', () => {
  typingTable('round 40 took from home', [
    // abduction.took-from-home: the active voice, the person taken a pronoun inside the phrase
    ['Gunmen took him from his home in Kessa on Sunday night, his family said.', 'Abduction/forced disappearance', 'abduction.took-from-home'],
    ['The teacher has been missing since armed men dragged her out of her house in Dorno on Friday.', 'Abduction/forced disappearance', 'abduction.took-from-home'],
  ]);
});

describe('round 40: a deal\'s pledges are its terms', () => {
  typingTable('round 40 pledged terms', [
    // agreed-terms.ts PLEDGED: after a deal, the infinitive of a pledge tells what is to be done
    ['Elders of the two clans signed a peace accord in Kessa on Sunday, pledging to end revenge killings and return looted goats.', 'Agreement', 'agreement.signed'],
    ['The two militias signed a ceasefire in Dorno on Tuesday, promising to free the fighters abducted by either side.', 'Agreement', '*'],
    ['The army and the rebels signed a truce in Kessa on Friday, pledging to halt the shelling of each other\'s positions.', 'Agreement', '*'],
  ]);
  typingTable('round 40 vows kept', [
    // …while a vow with no deal told before it is read as ever: the killing the group did is the incident
    ['Militants killed four soldiers near Kessa on Monday and vowed to strike again.', 'Armed clash', '*'],
  ]);
});

describe('round 40: parades, titles and spans that are no incident', () => {
  nonEventTable('round 40', [
    // nonevent.parade-weapons-shown: the weapons a ceremonial parade shows are fired at no one
    ['The country marked its independence anniversary with a military parade in Kessa on Friday, showcasing tanks and artillery.', 'nonevent.parade-weapons-shown'],
    // nonevent.ceremonial-parade: a holiday's parade told by its day's name
    ['Tanks rolled past the reviewing stand as the armed forces staged the Navy Day military parade in Dorno on Sunday.', 'nonevent.ceremonial-parade'],
    // nonevent.sport: a contest for a sport's title
    ['Kessa United and Dorno Rovers clash on Sunday with both sides still in the title race.', 'nonevent.sport'],
    // nonevent.tally.habit: a week told as a span
    ['The army said its troops had killed 14 militants in raids near Dorno during the previous week.', 'nonevent.tally.habit'],
    ['Police said gangs had killed nine people in Kessa over the past week.', 'nonevent.tally.habit'],
  ]);
  typingTable('round 40 parades and weeks kept', [
    // …but rockets fired at a parade are an attack on it, and "last week" alone dates one incident
    ['Rockets were fired at the Independence Day parade in Kessa on Monday, killing three spectators.', 'Shelling/artillery/missile attack', '*'],
    ['A roadside bomb killed two soldiers near Dorno last week, the army said.', 'Remote explosive/landmine/IED', '*'],
  ]);
});

describe('round 40: a prison taken back is no territory', () => {
  typingTable('round 40 prison', [
    // territory.state-regains / territory.regains: not of a prison or its cell blocks
    ['Inmates of rival gangs fought inside the prison in Kessa on Saturday, killing nine; troops regained control of the cell blocks by evening.', 'Armed clash', '*'],
  ]);
  typingTable('round 40 prison kept', [
    // …while a town taken back from a group stays the government's regain
    ['Troops regained control of Dorno on Saturday after militants withdrew.', 'Government regains territory', '*'],
  ]);
});

describe('round 40: anger over a public matter is a demand', () => {
  typingTable('round 40 public cause', [
    // typing.ts publicCause (lexicon/protest-readings.ts PUBLIC_CAUSE): a crowd's violence told as anger over an election or a tax
    ['Youths set fire to a police post in Kessa on Thursday as anger over the disputed election spread.', 'Violent demonstration', 'riot.demands-violently'],
    ['Rioters looted shops and burned cars in Dorno overnight as anger over the new tax law boiled over.', 'Violent demonstration', '*'],
  ]);
  typingTable('round 40 private cause kept', [
    // …while anger after a death, with no demonstration told, is still a mob's
    ['Enraged residents set fire to the home of a suspected killer in Kessa after the death of a child.', 'Mob violence', '*'],
  ]);
});
