// Round 11 (riots11, issue 13): word tables of the readings that tell an arrest as its own event from one made at a
// demonstration (events/protest-occasions.ts), each a row with an id and the codebook definition it implements (ACLED
// codebook 2023, "Event Types and Sub-Event Types": Protests; Strategic developments, Arrests). Word lists are general
// English (WordNet 3.1 nouns of a group and its leaders, the conjunctions of a condition, the openers of an accusation),
// never taken from an evaluation row. Provenance: written for this project.
import type { ReadingRow } from './protest-readings-riots10.js';

/** Nouns a protest word modifies as a name of people, not of an act: "the spokesman of a protest movement", "protest
 * leaders", "the demonstration's organisers". The demonstration they name is no demonstration held where the report is. */
export const PROTEST_AS_NAME: ReadingRow = {
  id: 'protest.word-names-group',
  why: 'Codebook: Arrests are detentions outside a demonstration, Protest with intervention arrests at one; a protest word that only names a group or its leaders ("protest movement", "protest leaders") tells no demonstration taking place.',
  words: new Set(['movement', 'movements', 'leader', 'leaders', 'leadership', 'organiser', 'organisers', 'organizer', 'organizers', 'group', 'groups',
    'committee', 'committees', 'coalition', 'network', 'spokesman', 'spokeswoman', 'spokesperson', 'figure', 'figures', 'platform', 'collective']),
};

/** Verbs of calling for a demonstration: what is called for has not taken place ("over a post calling for demonstrations",
 * "arrested after urging protests"). */
export const PROTEST_CALLED_FOR: ReadingRow = {
  id: 'protest.called-for',
  why: 'Codebook: ACLED codes events that took place; a demonstration only called for or urged ("a post calling for protests") is none, and an arrest over it is the event (Arrests).',
  words: new Set(['calling for', 'called for', 'call for', 'calls for', 'urging', 'urged', 'urges', 'inciting', 'incited', 'incite']),
};

/** Conjunctions that open a condition: what they tell has not happened ("refused to bury them until the killers are
 * arrested", "vowed to stay unless the detainees are released"). */
export const CONDITION_OPENERS: ReadingRow = {
  id: 'protest.arrest-as-condition',
  why: 'Codebook: Protest with intervention is a protest forces disperse or suppress as it happens; an arrest told in the demonstrators\' condition ("until the killers are arrested") is what they demand, no intervention (Peaceful protest).',
  words: new Set(['until', 'till', 'unless']),
};

/** Openers of an accusation against those arrested, after which a relative clause ("accused of organising last week's
 * protests, in which a bank was set on fire") still tells what they are held for. */
export const CHARGE_RELATIVE: ReadingRow = {
  id: 'arrest.charge-relative',
  why: 'Codebook: Arrests; what those arrested are accused of, and a relative clause about it ("the protests in which a bank was burned"), is an earlier deed, not the event reported.',
  words: new Set(['accused of', 'suspected of', 'charged with', 'wanted for', 'for organising', 'for organizing', 'for leading', 'for inciting', 'for taking part in',
    'for participating in', 'over their role in', 'over his role in', 'for their role in', 'for his role in', 'in connection with']),
};
