import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foreignForceTakesGround } from './foreign-ground.js';
import type { ConflictEvent, Place } from '../../types.js';

// terr11: a state force taking ground in another country than its own is a foreign state actor overtaking it (ACLED codebook
// 2023, Non-state actor overtakes territory), when the story names the site's country; invented events, never evaluation rows.
const place = (country: string, mention?: 'demonym'): Place =>
  ({ text: country, start: 0, end: 1, name: country, geonameid: null, lat: 0, lon: 0, country, admin1: null, featureCode: mention ? 'PPL' : 'PCLI', ...(mention ? { mention } : {}) } as Place);
const taking = (force: string, own: string, site: string): ConflictEvent => ({
  id: 'e1', eventType: 'Battles', subEventType: 'Government regains territory', date: null, location: { ...place(site), featureCode: 'PPL', precision: 1 },
  actor1: { name: force, text: 'troops', country: own, start: 0, end: 6 }, actor2: null, fatalities: null, injuries: null, status: 'unclaimed',
  claims: [], evidence: [], trigger: { start: 7, end: 13, text: 'seized' }, why: { type: [{ rule: 'territory.state-overtakes', start: 7, end: 13, text: 'seized' }] },
} as unknown as ConflictEvent);

const CASES: Array<[string, ConflictEvent, Place[], string]> = [
  ['a force of another country, the site\'s country named', taking('Military Forces of Kyrgyzstan', 'KG', 'TJ'), [place('KG', 'demonym'), place('TJ')], 'Non-state actor overtakes territory'],
  ['a force in its own country', taking('Military Forces of Mali', 'ML', 'ML'), [place('ML', 'demonym')], 'Government regains territory'],
  ['a site read abroad that the story never names', taking('Military Forces of Mali', 'ML', 'DE'), [place('ML', 'demonym')], 'Government regains territory'],
  ['a non-state taker', taking('Rebels (Syria)', 'SY', 'IQ'), [place('IQ')], 'Government regains territory'],
];
for (const [what, e, places, expected] of CASES) test(`foreign-ground: ${what}`, () => { foreignForceTakesGround(e, places); assert.equal(e.subEventType, expected); });
