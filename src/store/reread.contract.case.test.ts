// The reread contract: an article read again by a new reader keeps the ids of the incidents its reading
// still tells of (src/fuse/reread.ts, reread-match.ts), on any Store adapter (storeContract calls it).
// Fusion is the real one, fed hand-built readings (test/helpers/build.ts); each row is one article's
// old and new reading and which of its incidents must keep their ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { storeArticle } from '../ingest/store-article.js';
import { rereadArticle } from '../fuse/reread.js';
import { review } from '../review/actions.js';
import { article, result, uniqueText, type EventSpec, type PlaceSpec } from '../../test/helpers/build.js';

const TOWN: PlaceSpec = { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY', admin1: 'Deir ez-Zor', geonameid: 501 };
const FAR: PlaceSpec = { name: 'Hilltown', lat: 35.9, lon: 38.9, country: 'SY', admin1: 'Raqqa', geonameid: 502 };
const strike = (place: PlaceSpec | null, more: EventSpec = {}): EventSpec => ({ place, actor1: 'Air Force of Testland', ...more });
const S1: [number, number][] = [[0, 40]];
const S2: [number, number][] = [[41, 90]];
const S3: [number, number][] = [[91, 130]];

let n = 0;
async function report(s: Store, events: EventSpec[], outlet = 'A') {
  const key = `rr${++n}`;
  const r = await s.transaction(() => storeArticle(s, article(key, uniqueText(), { outlet }), result(key, events)));
  return { ...r, key };
}
const reread = (s: Store, a: { articleId: number; key: string }, events: EventSpec[]) =>
  s.transaction(() => rereadArticle(s, a.articleId, result(a.key, events)));
const ids = async (s: Store) => (await s.queryIncidents({})).map((i) => i.id).sort((x, y) => x - y);

/** [what, old reading, new reading, for each old incident: its id kept (true) or gone (false), incidents after] */
const rows: [string, EventSpec[], EventSpec[], boolean[], number][] = [
  ['the same reading: the same ids', [strike(TOWN, { evidence: S1 }), strike(FAR, { evidence: S2 })], [strike(TOWN, { evidence: S1 }), strike(FAR, { evidence: S2 })], [true, true], 2],
  ['a new toll and another actor for the same sentence: the same id', [strike(TOWN, { dead: 2, evidence: S1 })], [strike(TOWN, { dead: 5, actor1: 'Testland Navy', evidence: S1 })], [true], 1],
  ['an undated, unplaced event read again: the same id (fusion alone finds no candidate for it)', [strike(null, { date: null, evidence: S1 })], [strike(null, { date: null, dead: 3, evidence: S1 })], [true], 1],
  ['a new sub-type and a place read more precisely, same sentence: the same id', [strike({ ...TOWN, precision: 3, geonameid: 9 }, { evidence: S1 })], [strike(TOWN, { sub: 'Shelling/artillery/missile attack', evidence: S1 })], [true], 1],
  ['a new event type for the same sentence: no new incident, the same id', [{ type: 'Battles', sub: 'Armed clash', place: TOWN, evidence: S1 }], [strike(TOWN, { evidence: S1 })], [true], 1],
  ['an event found before the others shifts the local ids: each incident keeps its own', [strike(TOWN, { evidence: S2 }), strike(FAR, { evidence: S3 })], [strike(FAR, { date: '2024-03-08', evidence: S1 }), strike(TOWN, { evidence: S2 }), strike(FAR, { evidence: S3 })], [true, true], 3],
  ['an event no longer read: its incident goes, the other keeps its id', [strike(TOWN, { evidence: S1 }), strike(FAR, { evidence: S2 })], [strike(FAR, { evidence: S2 })], [false, true], 1],
];

export function rereadContract(name: string, make: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  const t = (title: string, fn: (s: Store) => Promise<void>) =>
    test(`${name} store, reread: ${title}`, { skip: opts.skip ?? false }, async () => {
      const s = await make();
      try { await fn(s); } finally { await s.close(); }
    });

  for (const [what, before, after, kept, count] of rows) {
    t(what, async (s) => {
      const a = await report(s, before);
      assert.equal(new Set(a.incidents).size, before.length, 'each old event its own incident');
      const now = await reread(s, a, after);
      const left = await ids(s);
      assert.deepEqual(a.incidents.map((id) => left.includes(id)), kept);
      assert.equal(left.length, count);
      for (const id of now) assert.ok(left.includes(id));
      // Read again once more: nothing moves.
      await reread(s, a, after);
      assert.deepEqual(await ids(s), left);
    });
  }

  t('an incident with another outlet\'s report keeps its id; a reading that moved far away leaves it for its own', async (s) => {
    const a = await report(s, [strike(TOWN, { evidence: S1 })], 'A');
    const b = await report(s, [strike(TOWN)], 'B');
    const [id] = a.incidents;
    assert.deepEqual(b.incidents, [id]);
    await reread(s, a, [strike(TOWN, { dead: 4, evidence: S1 })]);
    assert.deepEqual(await ids(s), [id]);
    assert.equal((await s.getIncident(id))!.articles, 2);
    assert.ok((await s.history(id)).some((h) => /read again/.test(h.detail)));
    // Now A tells of a strike elsewhere: B's report keeps the incident and its id, A's is a new one.
    const [moved] = await reread(s, a, [strike(FAR, { evidence: S1 })]);
    assert.notEqual(moved, id);
    assert.deepEqual(await ids(s), [id, moved].sort((x, y) => x - y));
    assert.equal((await s.getIncident(id))!.articles, 1);
  });

  t('every report of an incident read otherwise, one at a time: the incident keeps its id, and the one the first started leads to it', async (s) => {
    const clash = (more: EventSpec = {}): EventSpec => ({ type: 'Battles', sub: 'Armed clash', place: TOWN, actor1: 'Testland Army', actor2: 'Free Hills Front', ...more });
    const a = await report(s, [clash({ evidence: S1 })], 'A');
    const b = await report(s, [clash({ evidence: S1 })], 'B');
    const [id] = a.incidents;
    assert.deepEqual(b.incidents, [id]);
    // A new reader reads both as a strike: the first, re-read alone, no longer fits the clash B still tells of.
    const [started] = await reread(s, a, [strike(TOWN, { evidence: S1 })]);
    assert.notEqual(started, id);
    await reread(s, b, [strike(TOWN, { evidence: S1 })]);
    assert.deepEqual(await ids(s), [id]);
    const incident = (await s.getIncident(id))!;
    assert.deepEqual([incident.articles, incident.eventType], [2, 'Explosions/Remote violence']);
    assert.equal(await s.mergedInto(started), id);
  });

  t('a reviewed incident keeps its report when the local ids shift; an unreviewed one beside it keeps its id', async (s) => {
    const a = await report(s, [strike(TOWN, { evidence: S1, dead: 2 }), strike(FAR, { evidence: S2 })]);
    const [town, far] = a.incidents;
    await review(s, town, [{ action: 'confirm' }], { who: 'ana' });
    await reread(s, a, [strike(FAR, { evidence: S2 }), strike(TOWN, { evidence: S1, dead: 3 })]);
    assert.deepEqual(await ids(s), [town, far].sort((x, y) => x - y));
    assert.equal((await s.getIncident(town))!.fatalities?.best, 3);
    assert.equal((await s.getIncident(town))!.locationName, 'Riverton');
    assert.equal((await s.getIncident(far))!.locationName, 'Hilltown');
  });
}
