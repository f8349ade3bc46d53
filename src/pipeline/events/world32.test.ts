import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, typingTable } from './test-helpers.js';

// world32 (issue 13): who was acted on when a report names no party for it.
// settle-actors.ts actor.remote-civilian-victims: a shelling, strike or blast whose sentences tell civilians or their homes hit.
test('world32 a shelling of homes with no side named acted on civilians', () => {
  const e = readArticle('Chilean forces shelled the town of Arvella with artillery early on Tuesday, damaging a hotel and several houses.').events[0];
  assert.match(e.actor2?.name ?? '', /^Civilians/);
  assert.ok(e.why?.actor2?.some((r) => r.rule === 'actor.remote-civilian-victims'));
  // A side named is kept: the army's positions shelled name no civilians.
  const f = readArticle('Chilean forces shelled Peruvian army positions near Arvella on Tuesday.').events[0];
  assert.match(f.actor2?.name ?? '', /Peru/);
});

// settle-actors.ts: the attackers read as the victims' side leave the victims the default's civilians.
test('world32 attackers read as the other side leave civilians as actor 2', () => {
  const e = readArticle('Four members of one family were shot dead early Sunday when armed men burst into their home in Arvella, police reported.').events[0];
  assert.match(e.actor2?.name ?? '', /^Civilians/);
});

// group-mentions.ts: civilians read as the subject of an elliptic casualty clause are victims, and the toll joins the story.
test('world32 a toll sentence ending in "and five other civilians wounded" joins the shelling', () => {
  const r = readArticle('Chilean forces shelled residential areas of Arvella with artillery on Monday. A woman and her two children were killed and five other civilians wounded, according to the civil defence.');
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].fatalities?.best, 3);
});

// date.ts: a day told as a possessive dates what it owns ("over last month's disputed election"), unless that is an incident's
// word ("Tuesday's attack killed five").
test('news30 a possessive day dates its noun, not the incident', () => {
  const e = readArticle('Two people were killed in Arvella on Thursday when police opened fire on crowds who had barricaded roads during protests over last month\'s disputed election.', '2024-11-07').events[0];
  assert.equal(e.date?.start, '2024-11-07');
  const f = readArticle('Police said Tuesday\'s attack killed five people in Arvella.', '2024-11-07').events[0];
  assert.equal(f.date?.start, '2024-11-05');
});

// actor-syntax.ts (news30): a party one collaborates or deals with is no side fought; the weapon's verb before "from" names who
// fired it ("the shells were fired from Houthi positions").
test('news30 collaborating with a force names it no side', () => {
  const e = readArticle('Separatist fighters shot dead four civilians in Arvella on Sunday in a reprisal against people accused of collaborating with the military.').events[0];
  assert.match(e.actor2?.name ?? '', /^Civilians/);
});
test('news30 shells fired from a group\'s positions were fired by it', () => {
  const e = readArticle('Two children were killed when shells hit a residential neighbourhood of Arvella on Saturday. The shells were fired from Houthi positions east of the city.').events[0];
  assert.match(e.actor1?.name ?? '', /Houthi/);
});

// world33 (read after its measurement): cattle raided by their breed and count, a demand told as urging, an arrest hours before a
// march, people who try to gather, and riot-control gas in war against in a crowd.
typingTable('world33', [
  ['Gunmen swept into a hamlet north of Arvella on Sunday, torching eleven houses and driving off 200 head of zebu.', 'Looting/property destruction', 'loot.seized-goods'],
  ['Several thousand people marched in Arvella after Friday prayers, chanting in support of Gaza and urging the government to scrap its peace treaty.', 'Peaceful protest', 'protest.gathering'],
  ['Police arrested a prominent activist at his home in Arvella on Friday, hours before the weekly anti-government march in the city.', 'Arrests', 'arrest.by-state'],
  ['Police fired tear gas and rounded up dozens of opposition supporters in Arvella on Saturday as they tried to gather at a monument.', 'Protest with intervention', 'protest.riot-control-arrests'],
  ['Chilean drones dropped grenades filled with tear gas on Peruvian trenches near Arvella.', 'Chemical weapon', 'chem.riot-agent-in-war'],
  ['Police lobbed tear gas shells to disperse them in Arvella.', 'Protest with intervention', 'protest.riot-control'],
]);

// date-story.ts, date-clause.ts (news31): a title's incident with no day takes the day its lead tells; an acronym in brackets
// ("(IED)") does not part a clause from its date.
test('news31 a title\'s incident is dated by its lead', () => {
  const e = readArticle('Army seizes rebel arms cache in Arvella\n\nGovernment troops have recovered a cache of firearms and landmine components in the hinterlands of Arvella. The discovery was made on Thursday, the army said.', '2025-02-17').events[0];
  assert.equal(e.date?.start, '2025-02-13');
});
test('news31 an acronym in brackets keeps its clause', () => {
  const e = readArticle('PESHAWAR, Nov 21: Three soldiers were killed and two others injured when an improvised explosive device (IED) went off near their vehicle in Arvella on Saturday.', '2022-11-21').events[0];
  assert.equal(e.date?.start, '2022-11-19');
});

// settle-actors.ts (world30): goods taken by no one named were taken by an unidentified armed group.
test('world30 looting by no one named is an unidentified armed group\'s', () => {
  const e = readArticle('A raid on a village near Arvella on Monday saw 120 cattle stolen and 10 houses burned. No one was killed.').events[0];
  assert.equal(e.subEventType, 'Looting/property destruction');
  assert.match(e.actor1?.name ?? '', /^Unidentified Armed Group/);
});

// Round 31: remote-victims.ts reads the civilians the actor lexicon names (one list): a passenger, shoppers, a deminer.
for (const text of ['A Chilean drone struck a bus near Arvella on Friday morning, killing one passenger.',
  'A Chilean rocket hit a crowded street in Arvella on Saturday, wounding several shoppers.']) {
  test(`round 31 a strike that hits civilians named by their daily business acted on civilians: ${text.slice(0, 50)}`, () => {
    const e = readArticle(text).events[0];
    assert.match(e.actor2?.name ?? '', /^Civilians/);
  });
}

// …and who reports a strike is no one it hit: "local officials said" names no civilian victims (remote-victims.ts SOURCE_NOUNS).
test('round 31 officials who report a shelling are not its victims', () => {
  const e = readArticle('Chilean forces shelled the town of Arvella on Tuesday, local officials said.').events[0];
  assert.doesNotMatch(e?.actor2?.name ?? '', /^Civilians/);
});
