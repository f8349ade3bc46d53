// The incident query of the SQLite store: whichever way the plan reads a filter (a box's grid cells or
// the sort index; a rare word's articles or the sort index), the answer is the same; every order is
// total (ties broken by id) so pages laid end to end give the whole list, once each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './index.js';
import { PLAN } from './query-plan.js';
import { describeIncident } from '../../fuse/describe.js';
import { article, result, uniqueText } from '../../../test/helpers/build.js';
import type { IncidentFilter, IncidentSort } from '../store.js';

const TOWNS = [
  { name: 'Northbank', lat: 50.0, lon: 36.2, country: 'UA' }, { name: 'Eastfield', lat: 49.9, lon: 36.6, country: 'UA' },
  { name: 'Dunmore', lat: 36.2, lon: 37.1, country: 'SY' }, { name: 'Westport', lat: -0.4, lon: 42.5, country: 'SO' },
  { name: 'Dateline', lat: -17.8, lon: 179.6, country: 'FJ' }, { name: 'Farside', lat: -16.5, lon: -179.8, country: 'FJ' },
];
const WORDS = ['granary', 'viaduct', 'tannery'];

async function filled(): Promise<SqliteStore> {
  const s = new SqliteStore(':memory:');
  await s.transaction(async () => {
    for (let i = 0; i < 48; i++) {
      const t = TOWNS[i % TOWNS.length];
      // Two incidents a day on some days, equal tolls and source counts: ties the order must break by id.
      const date = `2024-0${1 + (i % 3)}-${String(10 + (i % 7)).padStart(2, '0')}`;
      const text = `${WORDS[i % 3]} ${i % 5 === 0 ? 'orchard' : ''} ${uniqueText(12)}`;
      const id = await s.insertArticle(article(`a${i}`, text, { outlet: `Outlet ${i % 4}` }));
      const members = await s.saveExtraction(id, result(`a${i}`, [{
        place: { ...t, lat: t.lat + (i % 4) * 0.05, lon: t.lon }, date, end: i % 6 === 0 ? '2024-02-01' : undefined,
        dead: i % 4 === 0 ? undefined : i % 5, type: i % 3 ? 'Battles' : 'Explosions/Remote violence', status: i % 2 ? 'alleged' : 'unclaimed',
      }]));
      const fields = describeIncident(members);
      const inc = await s.createIncident({ ...fields, sources: 1 + (i % 3) });
      await s.assignEvent(members[0].id, inc);
    }
  });
  return s;
}

const FILTERS: IncidentFilter[] = [
  {}, { country: 'UA' }, { type: 'battles' }, { since: '2024-03-01' }, { since: '2024-02-01' }, { until: '2024-02-12' },
  { bbox: { minLon: 36, minLat: 49.5, maxLon: 36.5, maxLat: 50.5 } }, { bbox: { minLon: 179, minLat: -20, maxLon: -179, maxLat: -15 } },
  { near: { lat: 50.0, lon: 36.2, km: 15 } }, { near: { lat: -17, lon: 180, km: 200 } },
  { text: 'granary' }, { text: 'orchard viaduct' }, { text: 'granary', country: 'SY' }, { minSources: 2, status: 'alleged' },
];
const SORTS: IncidentSort[] = ['date', '-date', 'fatalities', '-fatalities', 'sources', '-sources'];
const ids = (xs: { id: number }[]): number[] => xs.map((x) => x.id);

test('sqlite query: either plan gives the same incidents in the same order, for every filter and sort', async () => {
  const s = await filled();
  const saved = { ...PLAN };
  try {
    for (const f of FILTERS) {
      for (const sort of SORTS) {
        Object.assign(PLAN, { smallBox: 1e9, rareText: 1e9 });
        const small = ids(await s.queryIncidents({ ...f, sort, limit: 7, offset: 2 }));
        const all = ids(await s.queryIncidents({ ...f, sort }));
        Object.assign(PLAN, { smallBox: 0, rareText: 0 });
        const large = ids(await s.queryIncidents({ ...f, sort, limit: 7, offset: 2 }));
        assert.deepEqual(large, small, `${JSON.stringify(f)} ${sort}`);
        assert.deepEqual(small, all.slice(2, 9), `${JSON.stringify(f)} ${sort}: a page is a slice of the whole list`);
      }
    }
    // The filters do narrow (so the comparison above is not over empty lists).
    Object.assign(PLAN, saved);
    assert.equal((await s.queryIncidents({})).length, 48);
    assert.equal((await s.queryIncidents({ bbox: { minLon: 179, minLat: -20, maxLon: -179, maxLat: -15 } })).length, 16);
    assert.equal((await s.queryIncidents({ text: 'granary' })).length, 16);
    // January's incidents count only when their end date reaches February.
    assert.equal((await s.queryIncidents({ since: '2024-02-01' })).length, 40);
  } finally {
    Object.assign(PLAN, saved);
    await s.close();
  }
});

test('sqlite query: each order is total, so pages laid end to end give every incident once', async () => {
  const s = await filled();
  try {
    for (const sort of SORTS) {
      const whole = await s.queryIncidents({ sort });
      const paged = [];
      for (let offset = 0; offset < 60; offset += 5) paged.push(...(await s.queryIncidents({ sort, limit: 5, offset })));
      assert.deepEqual(ids(paged), ids(whole), sort);
      assert.equal(new Set(ids(paged)).size, 48);
      const key = (i: (typeof whole)[number]): number | string =>
        sort.endsWith('date') ? (i.dateStart ?? '') : sort.endsWith('fatalities') ? (i.fatalities?.best ?? -1) : i.sources;
      const dir = sort.startsWith('-') ? -1 : 1;
      for (let k = 1; k < whole.length; k++) {
        const [a, b] = [whole[k - 1], whole[k]];
        const cmp = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
        assert.ok(dir * cmp < 0 || (cmp === 0 && dir * (a.id - b.id) < 0), `${sort}: ${a.id} before ${b.id}`);
      }
    }
  } finally {
    await s.close();
  }
});
