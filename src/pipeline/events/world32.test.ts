import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './test-helpers.js';

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
