// Fusion under concurrency: two processes (here two stores with their own connections) fusing reports
// of one incident at the same moment end with one incident — because each takes the advisory locks of
// the cells its lookup reads. Without the locks the same interleaving gives two: the test can tell.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { PgStore } from '../../src/store/postgres/index.js';
import type { Store } from '../../src/store/store.js';
import { storeArticle } from '../../src/ingest/store-article.js';
import { article, result } from '../helpers/build.js';
import { dropTestSchemas, freshSchema, PG_SKIP, PG_URL } from '../helpers/pg.js';

after(dropTestSchemas);

const TOWN = { name: 'Lakeside', lat: 44.2, lon: 27.3, country: 'RO', geonameid: 9001 };

/**
 * A store whose candidate lookup, once it has answered, waits for the other writer to have looked too
 * (up to `waitMs`): the worst interleaving, where both read before either writes.
 */
function racing(store: PgStore, arrived: { n: number }, waitMs: number, locks: boolean): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'lockCells' && !locks) return undefined;
      if (prop === 'candidateIncidents') {
        return async (q: Parameters<Store['candidateIncidents']>[0]) => {
          const found = await target.candidateIncidents(q);
          arrived.n++;
          const until = Date.now() + waitMs;
          while (arrived.n < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
          return found;
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as Store;
}

async function race(locks: boolean): Promise<{ incidents: number; sources: number[] }> {
  const schema = freshSchema();
  const a = new PgStore(PG_URL!, { schema, max: 2 });
  const b = new PgStore(PG_URL!, { schema, max: 2 });
  try {
    await a.ready();
    await b.ready();
    const arrived = { n: 0 };
    // Only one report names the attacker: two writers inserting one new actor name would queue on its
    // unique index, which would hide the race this test is about.
    const write = (s: PgStore, key: string, outlet: string, text: string, actor1?: string) => {
      const store = racing(s, arrived, 1500, locks);
      return store.transaction(() => storeArticle(store, article(key, text, { outlet }), result(key, [{ place: TOWN, date: '2024-07-04', dead: 2, actor1 }])));
    };
    await Promise.all([
      write(a, 'one', 'Harbour News', 'A drone hit the ferry terminal at Lakeside, killing two people.', 'Army of Testland'),
      write(b, 'two', 'Valley Times', 'Two people died when the Lakeside ferry terminal was struck from the air.'),
    ]);
    const incidents = await a.queryIncidents({});
    return { incidents: incidents.length, sources: incidents.map((i) => i.sources) };
  } finally {
    await a.close();
    await b.close();
  }
}

test('two workers fusing reports of one incident at once end with one incident', { skip: PG_SKIP }, async () => {
  assert.deepEqual(await race(true), { incidents: 1, sources: [2] });
});

test('without the cell locks the same interleaving duplicates the incident (what the locks prevent)', { skip: PG_SKIP }, async () => {
  assert.deepEqual(await race(false), { incidents: 2, sources: [1, 1] });
});
