import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropTotals } from './mentions.js';
import { readFigures } from './counting.js';
import { wordsOf } from './typing.js';
import { docOf } from './test-helpers.js';

/** Each figure as "kind low/best/high" (the range collapsed to one number when low = best = high), with its role when not a toll. */
const figures = (text: string) => {
  const doc = docOf(text);
  return dropTotals(readFigures(doc.tokens, wordsOf(doc.tokens, text), 0, doc.tokens.length)).map((f) => {
    const { low, best, high } = f.figure;
    const n = low === best && best === high ? String(best) : `${low}/${best}/${high}`;
    return `${f.kind} ${n}${f.role === 'toll' ? '' : ` ${f.role}`}${f.more ? ' more' : ''}`;
  });
};

// [sentence, figures] — invented wording, one line a case, grouped by construction.
const CASES: Array<[string, string[]]> = [
  // counts after and before the casualty word
  ['Nine fighters were killed in the raid.', ['dead 9']],
  // round 24: one count after two coordinated harm verbs is the dead's, in either order
  ['The strike hit a market, killing and injuring 12 civilians.', ['dead 12']],
  ['The strike hit a market, injuring and killing 12 civilians.', ['dead 12']],
  ['The strike hit a market, killing three and injuring 12 civilians.', ['dead 3', 'injured 12']],
  // world22: the communiqué's "neutralised" counts a number it governs, after it or as its passive's subject; a device counts none
  ['The ministry said 12 militants were neutralised in the strikes.', ['dead 12']],
  ['Jets struck the hideouts, neutralising 7 fighters.', ['dead 7']],
  ['A suspected car bomb was neutralised by army engineers.', []],
  // an apposition between dashes restates the victims: the count is the group before it; an age compound is part of a name
  ['One adult male – 19-year-old Karim Haddad – was killed in the strike.', ['dead 1']],
  ['Four farmers – Karim Haddad and Sami Nour among them – were killed.', ['dead 4']],
  ['Four farmers – two of them identified as Karim Haddad and Sami Nour – were killed.', ['dead 4']],
  ['A well-known poet and teacher, 36-year-old Karim Haddad, was killed in the strike.', ['dead 1 one']],
  // a singular verb has one subject: descriptions of one person set off by commas are one victim; a slip of agreement still names two
  ['A young civilian, a shop owner and a father of twins, Karim Haddad, was killed in the strike.', ['dead 1 one']],
  ['A soldier and a civilian was killed in the blast.', ['dead 2 one']],
  // a serial comma before "and" joins the last group as "and" does, each named one's apposition closed before it
  ['Two soldiers, a policeman, and a civilian were killed.', ['dead 4']],
  ['A paramedic, Nazmi Haddad, and a volunteer, Odeh Nour, were killed when the strike hit their ambulance.', ['dead 2 one']],
  ['The blast killed at least 17 people.', ['dead 17']],
  ['The attack killed 3 and wounded 25.', ['dead 3', 'injured 25']],
  ['Fighting in 2019 killed twenty-five rebels.', ['dead 25']],
  ['The death toll rose to 30 on Tuesday.', ['dead 30']],
  ['Police said 4 fatalities and 12 injuries were recorded.', ['dead 4', 'injured 12']],
  ['The convoy travelled 40 km before the ambush; nobody was hurt.', []],
  // groups listed side by side add up; one person named counts one
  ['Two soldiers and a civilian were killed.', ['dead 3']],
  ['At least 4 people as well as 2 policemen were killed.', ['dead 6']],
  ['Gunmen killed a village elder and his son.', ['dead 2 one']],
  ['A man and his two sons were killed.', ['dead 3 one']],
  ['The gunmen shot dead a civilian near the mosque.', ['dead 1 one']],
  ['A shopkeeper was beaten to death by the crowd.', ['dead 1 one']],
  ['Militiamen opened fire on a farmer, killing him.', ['dead 1 one']],
  ['A woman was killed along with her three children.', ['dead 4 one']],
  ['A man named Samir Haddad was killed in the strike.', ['dead 1 one']],
  // a total and its parts are never added
  ['Twelve people, including three children, were killed.', ['dead 12']],
  ['Five civilians (two men, two women and a child) were killed.', ['dead 5']],
  ['Eighteen civilians, all members of one family, including at least seven children and seven women, were killed.', ['dead 18']],
  ['At least 14 civilians from two families, including four women and nine children, were killed.', ['dead 14']],
  ['Seven members of the family, including a mother with her five children, were killed.', ['dead 7']],
  ['At least 38 members of one family across three generations, including seven women and twenty children, were killed.', ['dead 38']],
  ['At least 15 people, including one child and four women, one of whom was pregnant, were killed.', ['dead 15']],
  ['Three fishermen, who had gone out before dawn, were killed.', ['dead 3']],
  ['The raid killed 10 people, three of them children.', ['dead 10']],
  ['Eleven prisoners were also killed (a total of 12 fatalities).', ['dead 11 more', 'dead 12']],
  ['Twelve died: five were killed at the market and seven were killed at the station.', ['dead 5', 'dead 7']],
  ['Of up to 20 civilians killed, including up to 8 members of one family, most were women.', ['dead 20']],
  // parts of a toll told elsewhere
  ['Two children were among the dead.', ['dead 2 part']],
  ['The dead included two children.', ['dead 2 part']],
  ['Two of them were killed in the raid.', ['dead 2 part']],
  // ranges
  ['The strike killed between 10 and 15 people.', ['dead 10/10/15']],
  ['Three or four civilians were wounded.', ['injured 3/3/4']],
  ['Up to 15 members of the family were killed.', ['dead 15']],
  ['More than 20 people were killed in the blast.', ['dead 20']],
  ['The shelling killed 8 to 12 civilians.', ['dead 8/8/12']],
  ['The strike killed at least 11 and up to 15 members of the family.', ['dead 11/11/15']],
  ['Dozens were wounded in the stampede.', ['injured 12/12/99']],
  ['Shelling killed scores of people in the old town.', ['dead 20/20/99']],
  ['The strike killed an unknown number of people.', ['dead 2/2/99']],
  ['A number of civilians were killed in the raid.', ['dead 2/2/99']],
  // additions
  ['A policeman was killed and four others were injured.', ['dead 1 one', 'injured 4 more']],
  // cumulative tallies and other incidents are context, never the toll
  ['Five people were killed on Monday, bringing the death toll since March to 19.', ['dead 5', 'dead 19 tally']],
  ['Nineteen people have been killed in the district since March.', ['dead 19 tally']],
  ['Strikes have killed more than 40,000 people since the war began.', ['dead 40000 tally']],
  ['The death toll from the war has risen to 40,000.', ['dead 40000 tally']],
  ['Militants kill five people a day in the province.', ['dead 5 tally']],
  ['Dozens of raids killed 57 people across the city.', ['dead 57 tally']],
  ['Intense clashes killed five soldiers near the border.', ['dead 5']],
  ['The clashes came after weeks of fighting in which 8 gunmen died.', ['dead 8 tally']],
  ['The detainee was responsible for the killing of several leaders.', ['dead 3/3/9 tally']],
  ['Residents protested the killing of a student by police.', ['dead 1 tally']],
  // no count: dates, ages, labels, things, attempts, negation
  ['On 29 April 2020, soldiers killed a commander in the village.', ['dead 1 one']],
  ['Ahmed Ali, 25, was killed in the strike.', ['dead 1 one']],
  ['Amal Haddad, aged either 40 or 41, was killed in the strike.', ['dead 1 one']],
  ['A child was killed when 2 unexploded bombs exploded.', ['dead 1 one']],
  ['Two gunmen shot and killed a man in Zone 12.', ['dead 1 one']],
  ['A mob attempted to kill a suspect in the market.', []],
  ['No one was killed in the attack.', []],
  ['It is unclear how many others were injured.', []],
  // world14: of a compound, the head decides: a thing word before a person noun names people, a thing head names things
  ['Soldiers killed three cattle rustlers in an exchange of fire.', ['dead 3']],
  ['Gunmen killed two bus drivers on the highway.', ['dead 2']],
  ['Raiders killed 40 cattle at the farm.', []],
  // w27: a killing told by the act and its result, in every form, and WordNet's verbs of killing, take their count after them
  ['Gunmen raided the market, shooting dead 9 traders.', ['dead 9']],
  ['Gunmen stormed the bar, gunning down four men.', ['dead 4']],
  ['Raiders hacked to death seven herders near the river.', ['dead 7']],
  ['Villagers beat to death a man accused of theft.', ['dead 1 one']],
  ['The gunmen mowed down 12 worshippers.', ['dead 12']],
  // world28: one count over nouns joined by "and" is one group; the victims told again between commas after a count, as many as
  // it counts, are those it counted (a series without the closing comma is added)
  ['At least 14 soldiers and VDP members were killed in the assault.', ['dead 14']],
  ['At least 14 soldiers and policemen were killed in the assault.', ['dead 14']],
  ['Two soldiers and a civilian were killed in the assault.', ['dead 3']],
  ['Shells hit the town, killing 2 civilians, a woman and her son, and injuring 5 others.', ['dead 2', 'injured 5 more']],
  ['Shells hit the town, killing 2 soldiers, a woman and her son in the market.', ['dead 4']],
  // news28: a participle phrase describing the group stands between it and the casualty word
  ['Two men suspected of being robbers were beaten to death by a mob.', ['dead 2']],
  ['Three people believed to be miners were killed in the attack.', ['dead 3']],
];

for (const [sentence, expected] of CASES) {
  test(`counting: ${sentence}`, () => assert.deepEqual(figures(sentence), expected));
}
