import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

/** The incidents' tolls as "place:low/best/high" (one number when low = best = high), "-" for no figure. */
const tolls = (text: string, field: 'fatalities' | 'injuries' = 'fatalities') => readArticle(text).events.map((e) => {
  const f = e[field];
  const n = !f ? '-' : f.low === f.best && f.best === f.high ? String(f.best) : `${f.low}/${f.best}/${f.high}`;
  return `${e.location?.name ?? '?'}:${n}`;
}).filter((x) => !x.endsWith(':-')).join(' ');

// [article, tolls] — invented wording over invented towns; one toll per incident, from the claims that give it.
const CASES: Array<[string, string]> = [
  // w26: a rate word that describes a noun ("a daily wage labourer", "a weekly newspaper") is no period of a tally (counting.ts);
  // "daily shelling" over a time is one
  ['A 35-year-old daily wage labourer was beaten to death by a mob in Arvella on Tuesday.', 'Arvella:1'],
  ['A reporter of a weekly newspaper was shot dead in Arvella on Monday.', 'Arvella:1'],
  ['Daily shelling has killed 20 people in Arvella this month.', ''],
  // w26: the dead a demonstration demands justice for, past their article ("justice for the 18 people killed …"), are an earlier
  // incident's: no toll of the march (counting.ts past-deed)
  ['Thousands of people marched through Arvella on Monday to demand justice for the 18 people killed in clashes with security forces a year ago.', ''],
  // w26: the attacker listed after the victims is one more dead (lexicon/counting.ts PERPETRATOR_TOO); a victim named with "the"
  // in a list is not (it names one told before, or is no list: count-phrase.ts)
  ['A suicide bomber drove an explosive-laden car into a police checkpoint in Arvella on Monday, killing 3 policemen as well as the attacker.', 'Arvella:4'],
  ['A suicide bomber blew himself up at a police checkpoint in Arvella on Monday, killing 3 policemen and himself.', 'Arvella:4'],
  // w27: the reflexive first ("killing herself and at least nine shoppers"), or alone
  ['A girl detonated explosives hidden beneath her clothing at a market in Arvella on Monday, killing herself and at least nine shoppers.', 'Arvella:10'],
  ['A man detonated a bomb at a checkpoint in Arvella on Monday, killing himself.', 'Arvella:1'],
  // world23: a force's dead and its attackers' dead count different victims, added whoever tells them (tolls.ts, fat.sides-added)
  ['Militants ambushed an army convoy near Arvella on Sunday, killing four soldiers. The army said it had killed ten assailants.', 'Arvella:14'],
  ['Militants ambushed an army convoy near Arvella on Sunday, killing four soldiers. Ten assailants were killed in the fighting.', 'Arvella:14'],
  // …but two counts of one side's dead are one toll told twice, or sources that differ
  ['Militants killed four soldiers near Arvella on Sunday. The militants said they had killed ten soldiers.', 'Arvella:4/4/10'],
  ['Gunmen killed four villagers near Arvella on Sunday. The army said it had killed ten gunmen.', 'Arvella:4 Arvella:10'],
  // sources that differ give a range; best is the report's own (its narrator's, else its lead's) figure
  ['A drone struck a market in Arvella on Monday. The health ministry said 12 people were killed. A local broadcaster reported that 14 people had died.', 'Arvella:12/12/14'],
  ['Shelling hit Arvella on Monday, killing five people. Hospital sources said seven had died.', 'Arvella:5/5/7'],
  // a total and its parts, told in one sentence or later, are one count
  ['Shelling killed nine people in Arvella on Monday. Among the dead were two children.', 'Arvella:9'],
  // "this year" makes a count a running total over the year, not a source's differing toll of this incident
  ['Rebels attacked a police post in Arvella on Saturday, killing two officers. Some 30 police officers have been killed in the province this year.', 'Arvella:2'],
  // the toll of an incident remembered is not the toll of the gathering that remembers it
  ['On the anniversary of the bombing that killed 20 people, hundreds gathered in Arvella.', ''],
  // a weapon "left over from the war" is no toll of the war
  ['A landmine left over from the war exploded under a tractor near Arvella, killing two farmers.', 'Arvella:2'],
  // "two days ago" dates the sentence's own incident; it is no running total to leave out
  ['Two days ago, gunmen killed three villagers in Arvella, residents said.', 'Arvella:3'],
  ['Gunmen killed three villagers in Arvella a week ago.', 'Arvella:3'],
  ['An airstrike on Arvella killed up to 20 civilians, including up to 8 members of one family.', 'Arvella:20'],
  ['An airstrike on Arvella killed five people on Monday. Ahmed Ali, a teacher, was killed with his two sons.', 'Arvella:5'],
  // a toll told again, updated or added to
  ['A bomb exploded in Arvella, killing three. The death toll later rose to seven.', 'Arvella:7'],
  ['A policeman was killed in a bombing in Arvella on Monday. Two civilians were also killed.', 'Arvella:3'],
  ['Jets bombed a depot in Arvella. Four guards were killed.', 'Arvella:4'],
  // a definite retelling ("those killed in the alleged bombing"), reported a day later, is the incident told again
  ['On Monday, between five and 13 civilians were killed in an alleged airstrike on homes in Arvella. Reporting on this early on Tuesday, a news agency stated that five dead had arrived at the hospital. In a statement dated Tuesday, the emergency committee provided an update on those killed and wounded in the alleged bombing. The statement reads: "The number of martyrs increased to 13 martyrs and 20 injuries."', 'Arvella:5/13/13'],
  // probe5: an "also" figure right after a source's figure adds to that source's toll, not a second source's
  ['Two soldiers were killed in a gunfight in Arvella on Sunday, the army said. Three militants were also killed.', 'Arvella:5'],
  // probe5: "soldiers fell" is killed in action; "fell to the ground", "fell ill" no death; a campaign event is no war
  ['Twelve soldiers fell on Thursday when rebels opened fire on an army position near Arvella.', 'Arvella:12'],
  ['Rebels opened fire on an army post near Arvella on Thursday. Two soldiers fell ill and three fell into a ravine.', ''],
  ['A mayoral candidate was shot dead during a campaign event in Arvella on Wednesday.', 'Arvella:1'],
  ['A lawmaker was killed when gunmen opened fire on his car in Arvella.', 'Arvella:1'],
  // a cumulative tally is context, never the incident's toll nor an incident of its own
  ['A drone struck Arvella on Monday, killing two. At least 30 civilians have been killed in the region since January.', 'Arvella:2'],
  // Round 38: two reporters' counts set side by side by a semicolon, or a side's own losses acknowledged against the other side's
  // claim, are one dead counted twice: a range, never a sum
  ['Rebels attacked an army checkpoint near Arvella on Sunday. The rebels claimed 5 soldiers killed; local sources confirmed 2 deaths.', 'Arvella:2/5/5'],
  ['A militia attacked army positions near Arvella on Sunday. The army claimed to have killed 20 attackers, while the militia acknowledged 4 of its fighters killed.', 'Arvella:4/20/20'],
];

for (const [text, expected] of CASES) {
  test(`tolls: ${text}`, () => assert.equal(tolls(text), expected));
}

test('tolls: the injured are a range of their own', () => {
  assert.equal(tolls('Shelling hit Arvella on Monday, killing two and wounding at least 11.', 'injuries'), 'Arvella:11');
  assert.equal(tolls('A bomb exploded in Arvella on Monday. Three or four people were wounded.', 'injuries'), 'Arvella:3/3/4');
});

test('tolls: each figure names the claims that gave it, and why names the rules', () => {
  const { events, claims } = readArticle('A drone struck a market in Arvella on Monday. The health ministry said 12 people were killed. A local broadcaster reported that 14 people had died.');
  const f = events[0].fatalities!;
  const source = (id: string) => claims.find((c) => c.id === id)!.source.name;
  assert.deepEqual(f.claims!.map(source), ['health ministry', 'local broadcaster']);
  assert.deepEqual([f.claimsBy!.low.map(source), f.claimsBy!.high.map(source)], [['health ministry'], ['local broadcaster']]);
  const rules = events[0].why!.fatalities!.map((r) => r.rule);
  assert.ok(rules.includes('fat.best-lead') && rules.includes('fat.sources-differ'), rules.join(' '));
  // the claims that gave the figures back the incident
  assert.deepEqual([...events[0].claims].sort(), [...f.claims!].sort());
});

test('tolls: a tally left out names the rule that left it out', () => {
  const { events } = readArticle('A drone struck Arvella on Monday, killing two people and bringing the death toll since January to 30.');
  assert.equal(events[0].fatalities?.best, 2);
  const rules = events.flatMap((e) => e.why?.fatalities ?? []).map((r) => r.rule);
  assert.ok(rules.includes('fat.tally-excluded') && rules.includes('fat.tally-since'), rules.join(' '));
});
