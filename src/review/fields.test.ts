// Field values a person sets, one line per case: what each form reads as, and what is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFieldValue, fieldOf } from './fields.js';
import { loadGazetteer } from '../gazetteer/index.js';
import type { Incident } from '../store/store.js';
import { NEW_REVIEW } from './model.js';

const INCIDENT = {
  eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', country: 'UA', admin1: 'Kharkivska', review: NEW_REVIEW,
} as unknown as Incident;
const read = (name: string, raw: string) => readFieldValue(fieldOf(name), raw, INCIDENT, () => loadGazetteer());

const READS: [string, string, Record<string, unknown>][] = [
  ['sub-type', 'shelling/artillery/missile attack', { subEventType: 'Shelling/artillery/missile attack' }],
  ['date', '2024-05-02', { dateStart: '2024-05-02', dateEnd: '2024-05-02', datePrecision: 1 }],
  ['date', '2024-05-02..2024-05-08', { dateStart: '2024-05-02', dateEnd: '2024-05-08', datePrecision: 2 }],
  ['date', '2024-05-01..2024-05-31/3', { dateStart: '2024-05-01', dateEnd: '2024-05-31', datePrecision: 3 }],
  ['fatalities', '7', { fatalities: { low: 7, best: 7, high: 7 }, fatalityBasis: null }],
  ['fatalities', '3-9', { fatalities: { low: 3, best: 3, high: 9 }, fatalityBasis: null }],
  ['deaths', '3-5-9', { fatalities: { low: 3, best: 5, high: 9 }, fatalityBasis: null }],
  ['fatalities', 'none', { fatalities: null, fatalityBasis: null }],
  ['injured', '10-20', { injuries: { low: 10, best: 10, high: 20 }, injuryBasis: null }],
  ['actor1', 'Military Forces of Russia (2000-)', { actor1: 'Military Forces of Russia (2000-)' }],
  ['actor2', 'none', { actor2: null }],
  ['status', 'Acknowledged', { status: 'acknowledged' }],
];

test('review fields: each form reads as the incident fields it sets', () => {
  for (const [name, raw, want] of READS) assert.deepEqual(read(name, raw), want, `${name}=${raw}`);
});

test('review fields: a place by point lies in its nearest town\'s area (the incident\'s far from any); by name the town before the area', () => {
  const point = read('location', 'market@49.99,36.23/2');
  assert.deepEqual([point.lat, point.lon, point.geoPrecision, point.locationName, point.country, point.admin1], [49.99, 36.23, 2, 'market', 'UA', 'Kharkiv']);
  // A point moved to another province, or across a border, takes that province and country.
  const kherson = read('location', '46.64,32.61');
  assert.deepEqual([kherson.country, kherson.admin1], ['UA', 'Kherson']);
  const belgorod = read('location', '50.6,36.59');
  assert.equal(belgorod.country, 'RU');
  // Mid-ocean, no town within 50 km: the incident's own country and admin-1 stay.
  const sea = read('location', '0,-30');
  assert.deepEqual([sea.country, sea.admin1], ['UA', 'Kharkivska']);
  const town = read('location', 'Kharkiv, UA');
  assert.equal(town.location?.featureCode?.startsWith('PPL'), true);
  assert.equal(town.country, 'UA');
  assert.ok(Math.abs(town.lat! - 49.98) < 0.1, String(town.lat));
});

const REFUSED: [string, string, RegExp][] = [
  ['colour', 'red', /unknown field/],
  ['type', 'Battles', /set sub-type too/],
  ['sub-type', 'Armed clash', /set type first/],
  ['date', '2024-02-30', /no calendar date/],
  ['date', '2024-05-08..2024-05-01', /ends before/],
  ['date', 'May 2024', /must be/],
  ['fatalities', '9-3', /LOW ≤ BEST ≤ HIGH/],
  ['fatalities', 'many', /must be N/],
  ['status', 'claimed', /must be one of/],
  ['location', '91,0', /latitude/],
  ['location', 'Nowhereville Zzyzx', /no place named/],
];

test('review fields: refused values say why', () => {
  for (const [name, raw, why] of REFUSED) assert.throws(() => read(name, raw), why, `${name}=${raw}`);
});
