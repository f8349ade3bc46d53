// Table tests of the event's place when a shop is named after someone or somewhere else (round 20's where rule, issue
// 14: a namesake abroad needs strong evidence; places/lexicon.ts SHOP_WORDS), over the real gazetteer and the whole
// pipeline. Sentences invented from general knowledge of how reports are phrased, with real places. Each row:
// [sentence, expected "name@country pPrecision rule,rule,…" of the first event].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getContext } from '../context.js';
import { extractArticle } from '../index.js';
import { whereTable } from './test-helpers.js';

const CASES: Array<[string, string]> = [
  // A restaurant, a bakery, a cafe named after a city abroad ("the Paris Restaurant" in Mogadishu) is no place in that
  // country: a name before a capitalised shop word is the shop's own, as a name before "Street" is the street's.
  ['Al-Shabaab gunmen stormed the Paris Restaurant near the Lido beach on Friday night, killing six people, police in Mogadishu said. The group has carried out similar attacks in Mogadishu and Baidoa, Somalia.',
    'Mogadishu@SO p1 loc.in-x,loc.story-site'],
  ['An Israeli airstrike hit a house behind the Madrid Bakery in Khan Younis on Tuesday, killing five members of one family. Strikes also hit Rafah and Deir al-Balah.',
    'Khān Yūnis@PS p1 loc.admin-fallback'],
  ['Gunmen opened fire on diners at the Berlin Cafe in Ouagadougou on Sunday, killing three people, officials in Burkina Faso said. Attacks also hit Djibo and Kaya.',
    'Ouagadougou@BF p1 loc.admin-fallback'],
  // Told with no other site, the shop's name is still no place: no site rather than one in another country (where the
  // speakers are is not where it happened).
  ['An Israeli airstrike hit the Madrid Bakery on Tuesday, killing five people queueing for bread, medics in Khan Younis said.', 'none'],
  ['Gunmen opened fire on diners at the Berlin Cafe on Sunday, killing three people, officials in Ouagadougou said.', 'none'],
  // Neighbours: a hotel, a hospital (no shop words) named after a town keep the town as their site.
  ['A car bomb exploded outside the Kandahar Hotel on Sunday, killing four people, police in Kabul said. Taliban fighters also attacked a checkpoint in Ghazni and Kunduz.',
    'Kandahār@AF p2 loc.near-x,loc.landmark-of-x'],
];

whereTable('where20', CASES);

/** The places an invented report's reading lists, as "name@country". */
const placesOf = (text: string): string[] => {
  const r = extractArticle({ id: 't', text, published: '2024-05-10' }, getContext());
  assert.ok(r.ok);
  return r.value.places.map((p) => `${p.name}@${p.country}`);
};

test('where20: a shop named after a city abroad is not read as that city', () => {
  const places = placesOf('An Israeli airstrike hit a house behind the Madrid Bakery in Khan Younis on Tuesday, killing five members of one family. Strikes also hit Rafah and Deir al-Balah.');
  assert.ok(!places.some((p) => p.endsWith('@ES')), places.join(', '));
  assert.ok(places.includes('Khān Yūnis@PS'), places.join(', '));
});

test('where20: a hospital named after a town keeps the town, and a shop word in lower case keeps its town', () => {
  // Adré (Chad) lies just across the border from El Geneina: a reader takes the town.
  assert.ok(placesOf('Wounded civilians from El Geneina were treated at the Adre Hospital on Monday after militia attacks in West Darfur, Sudan, aid workers said.').includes('Adré@TD'));
  assert.ok(placesOf('Police said the Dallas Hospital received twelve wounded people after a shooting at a school in Houston and Austin, Texas.').includes('Dallas@US'));
  assert.ok(placesOf('Gunmen threw a grenade into a Dhaka cafe on Friday night, wounding five people, police said.').includes('Dhaka@BD'));
});
