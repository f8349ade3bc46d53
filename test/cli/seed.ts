// A small database for CLI tests, built through the store and fusion with hand-built readings.
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { storeArticle } from '../../src/ingest/store-article.js';
import { article, result, type PlaceSpec } from '../helpers/build.js';

export const MILLTOWN: PlaceSpec = { name: 'Milltown', lat: 48.72, lon: 37.55, country: 'UA', admin1: 'Donetska', geonameid: 9001 };
export const PORTVILLE: PlaceSpec = { name: 'Portville', lat: 36.2, lon: 37.15, country: 'SY', admin1: 'Aleppo', geonameid: 9002 };

export async function seedDb(path: string): Promise<void> {
  const store = new SqliteStore(path);
  const add = (key: string, text: string, outlet: string, specs: Parameters<typeof result>[1]) =>
    store.transaction(() => storeArticle(store, article(key, text, { outlet, url: `https://news.example/${key}`, title: `Report ${key}` }), result(key, specs)));
  const strike = { place: MILLTOWN, date: '2024-04-02', actor1: 'Military Forces of Russia', actor2: 'Civilians (Ukraine)' };
  await add('a1', 'A drone hit a school in Milltown, the governor said, and four people died there overnight.', 'Daily Ledger',
    [{ ...strike, dead: 4, claims: [{ source: 'Regional Governor', kind: 'government' }] }]);
  await add('a2', 'Seven were killed when a drone struck a school building in Milltown, a monitoring group reported on Wednesday.', 'Morning Courier',
    [{ ...strike, dead: 7, status: 'denied', claims: [{ source: 'War Monitor', kind: 'monitor' }, { source: 'Russian Defence Ministry', stance: 'denies', kind: 'military' }] }]);
  await add('a3', 'Rebels and army units fought for hours near the grain silos of Portville before the rebels withdrew to the hills.', 'Frontline Herald',
    [{ place: PORTVILLE, date: '2024-05-20', type: 'Battles', sub: 'Armed clash', actor1: 'Military Forces of Syria', actor2: 'Rebel Front', dead: 2 }]);
  await store.close();
}
