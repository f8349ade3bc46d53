// dwu13: where an interception is placed, and two sides' claims told in one sentence (interceptor-ground.ts,
// side-claims.ts, location.ts `loc.agent-country`), read through the whole pipeline over the real gazetteer. ACLED codebook
// 2023: an event is coded where it occurred; a missile or drone intercepted or shot down is a Disrupted weapons use at the
// place of the interception, never at the launching side's country told after "by" or "from". Invented reports written from
// general knowledge of how wire copy tells interceptions; never evaluation rows. Each row: [report, expected events as
// "sub-type @country actor1" in order].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../index.js';
import { getContext } from '../context.js';

const ctx = getContext();
function eventsOf(text: string): string[] {
  const r = extractArticle({ id: 't', text, published: '2024-05-10' }, ctx);
  assert.ok(r.ok);
  return r.value.events.map((e) => `${e.subEventType} @${e.location?.country ?? '-'} ${e.actor1?.name ?? '-'}`);
}

const DWU = 'Disrupted weapons use';
const CASES: Array<[string, string[]]> = [
  // The launching side's country after "by" / "from" is no site: the interceptor's own country (precision 3).
  ["Ukraine's air force said it shot down 40 drones launched by Russia overnight.", [`${DWU} @UA Military Forces of Ukraine`]],
  ['Israel intercepted most of the missiles and drones fired from Iran overnight, the military said.', [`${DWU} @IL Military Forces of Israel`]],
  ["Russia's defence ministry said it had shot down 25 drones launched by Ukraine overnight.", [`${DWU} @RU Military Forces of Russia`]],
  // "on their way to X": a destination is no site either.
  ["Jordan's air force intercepted several Iranian drones that crossed its airspace on their way to Israel.", [`${DWU} @JO Military Forces of Jordan`]],
  // The regions over which it happened, when told, are the site.
  ["Ukraine's air force said it shot down 40 drones launched by Russia overnight over the Kyiv and Odesa regions.", [`${DWU} @UA Military Forces of Ukraine`]],
  // Two sides' claims in one sentence: two incidents, each at its own place, each with its own interceptor.
  ['Russia said it downed 20 Ukrainian drones over Belgorod; Ukraine said it shot down 30 Russian drones over Kharkiv.',
    [`${DWU} @RU Military Forces of Russia`, `${DWU} @UA Military Forces of Ukraine`]],
  ['Russia said it downed 20 drones launched by Ukraine, while Ukraine said it shot down 30 drones launched by Russia.',
    [`${DWU} @RU Military Forces of Russia`, `${DWU} @UA Military Forces of Ukraine`]],
  // The side whose weapon was intercepted is actor 2 (weapon-owner.ts), told as its modifier or its launch's agent; actor 1 is
  // read from the other parties (none named: none).
  ["The Saudi-led coalition said it destroyed an explosive-laden drone launched by the Houthis towards Khamis Mushait.", [`${DWU} @SA Saudi-led Coalition (Operation Restoring Hope)`]],
  ['A Russian missile was shot down over the Mykolaiv region on Friday morning, the regional governor said.', [`${DWU} @UA -`]],
  // Neighbours that must not change: a strike launched from a country hits where it lands.
  ['Drones launched from Russia struck an energy facility in the Sumy region overnight, the governor said.', ['Air/drone strike @UA Military Forces of Russia']],
];

for (const [text, want] of CASES) test(`interceptor-ground: ${text}`, () => assert.deepEqual(eventsOf(text), want));

test('weapon-owner: the side whose drone or missile was intercepted is actor 2', () => {
  for (const [text, owner] of [
    ['A Russian missile was shot down over the Mykolaiv region on Friday morning, the regional governor said.', 'Military Forces of Russia'],
    ['The Saudi-led coalition said it destroyed an explosive-laden drone launched by the Houthis towards Khamis Mushait.', 'Military Forces of Yemen (Houthis)'],
    ['Russian air defences destroyed 17 Ukrainian drones over Crimea overnight, the defence ministry said.', 'Military Forces of Ukraine'],
    // Round 31: the country told as the launch's agent or subject (mentions.ts launcherParty, weapon-owner.ts).
    ["Ukraine's air force said it shot down 40 drones launched by Russia overnight.", 'Military Forces of Russia'],
    ['Ukrainian air defences shot down all eight attack drones that Russia launched at Kyiv early on Monday.', 'Military Forces of Russia'],
  ]) {
    const r = extractArticle({ id: 't', text, published: '2024-05-10' }, ctx);
    assert.ok(r.ok);
    assert.equal(r.value.events[0]?.actor2?.name, owner, text);
  }
});
