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
  // Neighbours that must not change: a strike launched from a country hits where it lands.
  ['Drones launched from Russia struck an energy facility in the Sumy region overnight, the governor said.', ['Air/drone strike @UA Military Forces of Russia']],
];

for (const [text, want] of CASES) test(`interceptor-ground: ${text}`, () => assert.deepEqual(eventsOf(text), want));
