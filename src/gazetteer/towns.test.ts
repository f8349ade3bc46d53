import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from './index.js';
import { minPopulation, townsIn } from './towns.js';

const g = loadGazetteer();
const UKRAINE = { minLon: 22, minLat: 44, maxLon: 40.3, maxLat: 52.4 };

test('the population floor falls as the map zooms in', () => {
  for (let z = 2; z < 12; z++) assert.ok(minPopulation(z + 1) <= minPopulation(z), `zoom ${z}`);
});

test('towns in a box: inside it, largest first, above the zoom\'s floor (capitals always)', () => {
  const towns = townsIn(g, { box: UKRAINE, zoom: 5 });
  assert.ok(towns.length > 5, `${towns.length} towns`);
  assert.ok(towns.some((t) => t.kind === 'PPLC' && t.country === 'UA'), 'Kyiv is labelled');
  for (const t of towns) {
    assert.ok(t.lat >= UKRAINE.minLat && t.lat <= UKRAINE.maxLat && t.lon >= UKRAINE.minLon && t.lon <= UKRAINE.maxLon, t.name);
    assert.ok(t.population >= minPopulation(5) || t.kind === 'PPLC', t.name);
  }
  const pops = towns.map((t) => t.population);
  assert.deepEqual(pops, [...pops].sort((a, b) => b - a));
  assert.ok(townsIn(g, { box: UKRAINE, zoom: 9 }).length > towns.length, 'more towns closer in');
  assert.equal(townsIn(g, { box: UKRAINE, zoom: 9, limit: 7 }).length, 7);
});

test('a box across the antimeridian takes both sides', () => {
  const fiji = townsIn(g, { box: { minLon: 177, minLat: -19, maxLon: -179, maxLat: -16 }, zoom: 8 });
  assert.ok(fiji.every((t) => t.lon >= 177 || t.lon <= -179));
  assert.ok(fiji.length > 0);
});
