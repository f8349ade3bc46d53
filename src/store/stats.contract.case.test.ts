// The charts' aggregates (statsTime, statsActors) on any Store adapter: storeContract calls it, so SQLite
// and PostgreSQL give the same counts for the same incidents under the same filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { describeIncident } from '../fuse/describe.js';
import { article, result, uniqueText, type EventSpec } from '../../test/helpers/build.js';

const TOWN = { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY' };
const FAR = { name: 'Hilltown', lat: 48.5, lon: 35.0, country: 'UA' };
const EXP = 'Explosions/Remote violence';

// One line per incident: date, type, place, actors, dead. 2024-03-04 is a Monday; 2024-03-10 a Sunday.
const ROWS: EventSpec[] = [
  { date: '2024-03-04', type: 'Battles', sub: 'Armed clash', place: TOWN, actor1: 'Army A', actor2: 'Rebels B', dead: 3 },
  { date: '2024-03-04', type: EXP, place: TOWN, actor1: 'Army A', actor2: 'Civilians C', dead: 2 },
  { date: '2024-03-10', type: EXP, place: TOWN, actor1: 'Army A', actor2: 'Civilians C', dead: 1 },
  { date: '2024-03-11', type: 'Battles', sub: 'Armed clash', place: FAR, actor1: 'Rebels B', actor2: 'Army A' },
  { date: '2024-04-02', type: EXP, place: FAR, actor1: 'Rebels B', dead: 5 },
];

async function seed(s: Store): Promise<void> {
  for (const [i, spec] of ROWS.entries()) {
    await s.transaction(async () => {
      const id = await s.insertArticle(article(`k${i}`, uniqueText()));
      const members = await s.saveExtraction(id, result(`k${i}`, [spec]));
      const inc = await s.createIncident(describeIncident(members));
      await s.assignEvent(members[0].id, inc);
    });
  }
}

export function statsContract(name: string, make: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  const t = (title: string, fn: (s: Store) => Promise<void>) =>
    test(`${name} store stats: ${title}`, { skip: opts.skip ?? false }, async () => {
      const s = await make();
      try { await seed(s); await fn(s); } finally { await s.close(); }
    });

  t('incidents and fatalities per day, ISO week and month, by type', async (s) => {
    const line = (r: { start: string; type: string; incidents: number; fatalities: number }) => `${r.start} ${r.type} ${r.incidents} ${r.fatalities}`;
    assert.deepEqual((await s.statsTime({}, 'day')).map(line), [
      '2024-03-04 Battles 1 3', `2024-03-04 ${EXP} 1 2`, `2024-03-10 ${EXP} 1 1`, '2024-03-11 Battles 1 0', `2024-04-02 ${EXP} 1 5`]);
    assert.deepEqual((await s.statsTime({}, 'week')).map(line), [
      '2024-03-04 Battles 1 3', `2024-03-04 ${EXP} 2 3`, '2024-03-11 Battles 1 0', `2024-04-01 ${EXP} 1 5`]);
    assert.deepEqual((await s.statsTime({}, 'month')).map(line), ['2024-03-01 Battles 2 3', `2024-03-01 ${EXP} 2 3`, `2024-04-01 ${EXP} 1 5`]);
  });

  t('the counts follow the filters', async (s) => {
    assert.deepEqual((await s.statsTime({ country: 'UA' }, 'month')).map((r) => [r.start, r.incidents]), [['2024-03-01', 1], ['2024-04-01', 1]]);
    assert.deepEqual((await s.statsTime({ actor: 'civilians' }, 'month')).map((r) => r.incidents), [2]);
    assert.deepEqual((await s.statsTime({ text: 'nowordlikethis' }, 'day')), []);
  });

  t('top actors count an incident once per side; dyads as coded (actor1 → actor2)', async (s) => {
    const { actors, dyads } = await s.statsActors({}, 10);
    assert.deepEqual(actors.map((a) => `${a.name} ${a.incidents} ${a.fatalities}`), ['Army A 4 6', 'Rebels B 3 8', 'Civilians C 2 3']);
    assert.deepEqual(dyads.map((d) => `${d.actor1}>${d.actor2} ${d.incidents} ${d.fatalities}`), ['Army A>Civilians C 2 3', 'Army A>Rebels B 1 3', 'Rebels B>Army A 1 0']);
    const top = await s.statsActors({ since: '2024-03-05' }, 1);
    assert.deepEqual(top.actors.map((a) => a.name), ['Rebels B']);
    assert.equal(top.dyads.length, 1);
  });

  t('a dyad filter takes the pair in its coded order, whole names, any case', async (s) => {
    assert.equal((await s.queryIncidents({ dyad: { actor1: 'army a', actor2: 'CIVILIANS C' } })).length, 2);
    assert.equal((await s.queryIncidents({ dyad: { actor1: 'Rebels B', actor2: 'Army A' } })).length, 1);
    assert.equal((await s.queryIncidents({ dyad: { actor1: 'Army', actor2: 'Civilians' } })).length, 0);
    assert.deepEqual((await s.statsActors({ dyad: { actor1: 'Army A', actor2: 'Rebels B' } }, 5)).dyads.map((d) => d.incidents), [1]);
  });
}
