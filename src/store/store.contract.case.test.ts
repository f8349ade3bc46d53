// The store contract: the cases every Store adapter must pass (named like Hono's common.case.test.ts: run
// alone it registers no test). Each adapter's test file calls storeContract with a factory for a fresh store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { cellOf, dayNumber } from './grid.js';
import { describeIncident } from '../fuse/describe.js';
import { article, result, type PlaceSpec } from '../../test/helpers/build.js';
import { reviewContract } from './review.contract.case.test.js';

const TOWN: PlaceSpec = { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY', admin1: 'Deir ez-Zor', geonameid: 501 };
const FAR: PlaceSpec = { name: 'Hilltown', lat: 48.5, lon: 35.0, country: 'UA', admin1: 'Dnipropetrovsk', geonameid: 502 };

/** Stores an article with one event and returns the incident fused by hand (no fusion logic involved). */
async function seed(store: Store, key: string, text: string, spec: Parameters<typeof result>[1][0], extra: Parameters<typeof article>[2] = {}) {
  return store.transaction(async () => {
    const id = await store.insertArticle(article(key, text, extra));
    const members = await store.saveExtraction(id, result(key, [spec]));
    const incident = await store.createIncident(describeIncident(members));
    await store.assignEvent(members[0].id, incident);
    return { articleId: id, eventId: members[0].id, incident };
  });
}

/** `skip`: a reason the adapter cannot be tested here (its cases are then reported as skipped, never passed). */
export function storeContract(name: string, make: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  reviewContract(name, make, opts);
  const t = (title: string, fn: (s: Store) => Promise<void>) =>
    test(`${name} store: ${title}`, { skip: opts.skip ?? false }, async () => {
      const s = await make();
      try { await fn(s); } finally { await s.close(); }
    });

  t('a fresh store is empty and at the latest schema version', async (s) => {
    const st = await s.stats();
    assert.deepEqual({ ...st, schemaVersion: st.schemaVersion > 0 }, { articles: 0, events: 0, claims: 0, incidents: 0, schemaVersion: true });
  });

  t('articles are found again by URL and by text hash, and a second copy of either is refused', async (s) => {
    const id = await s.insertArticle(article('k1', 'Some text about a strike.', { url: 'https://example.org/a', outlet: 'Gazette', title: 'A strike' }));
    assert.equal((await s.findArticle({ url: 'https://example.org/a' }))?.id, id);
    const byHash = await s.findArticle({ textHash: article('x', 'Some text about a strike.').textHash });
    assert.equal(byHash?.id, id);
    assert.equal(byHash?.outlet, 'Gazette');
    assert.equal((await s.getArticle(id))?.title, 'A strike');
    assert.equal(await s.findArticle({ url: 'https://example.org/other' }), null);
    await assert.rejects(s.insertArticle(article('k2', 'Other text.', { url: 'https://example.org/a' })));
    await assert.rejects(s.insertArticle(article('k3', 'Some text about a strike.')));
  });

  t('a failed transaction leaves nothing behind', async (s) => {
    await assert.rejects(s.transaction(async () => {
      await s.insertArticle(article('k1', 'Text one.'));
      throw new Error('boom');
    }));
    assert.equal((await s.stats()).articles, 0);
    await s.transaction(async () => { await s.insertArticle(article('k1', 'Text one.')); });
    assert.equal((await s.stats()).articles, 1);
  });

  t('an extraction is stored with its events, claims and the links between them', async (s) => {
    const id = await s.insertArticle(article('k1', 'Text.', { outlet: 'Gazette' }));
    const read = result('k1', [
      { place: TOWN, actor1: 'Air Force of Testland', dead: [2, 3, 4], claims: [{ source: 'Monitor', kind: 'monitor' }, { source: 'Ministry', stance: 'denies' }] },
      { place: FAR, type: 'Battles', sub: 'Armed clash' },
    ]);
    read.places.push({ text: 'Riverton', start: 3, end: 11, name: 'Riverton', geonameid: 501, lat: 34.5, lon: 40.1, country: 'SY', admin1: 'Deir ez-Zor', featureCode: 'PPL' });
    const members = await s.saveExtraction(id, read);
    assert.equal(members.length, 2);
    assert.deepEqual(members[0].claims.map((c) => [c.source.name, c.stance]), [['Monitor', 'asserts'], ['Ministry', 'denies']]);
    assert.equal(members[0].event.fatalities?.best, 3);
    assert.equal(members[0].outlet, 'Gazette');
    assert.equal(members[0].group, id);
    assert.deepEqual(await s.stats().then((x) => [x.events, x.claims]), [2, 2]);
    const back = (await s.getExtraction(id))!;
    assert.deepEqual(back.events.map((e) => [e.id, e.incidentId, e.subEventType]), [['e1', null, 'Air/drone strike'], ['e2', null, 'Armed clash']]);
    assert.deepEqual(back.claims.map((c) => c.source.name), ['Monitor', 'Ministry']);
    assert.deepEqual(back.places, read.places);
    assert.equal(await s.getExtraction(id + 1), null);
  });

  t('signatures are found through their band keys; copies point at their group', async (s) => {
    const a = await s.insertArticle(article('a', 'Wire text.'));
    const b = await s.insertArticle(article('b', 'Wire text, reprinted.'));
    const sig = new Uint32Array([1, 2, 3, 4, 4294967295]);
    await s.addSignature(a, sig, [7, 2 ** 33 + 5]);
    const found = await s.findByBands([2 ** 33 + 5, 99]);
    assert.equal(found.length, 1);
    assert.deepEqual([...found[0].signature], [...sig]);
    assert.deepEqual(await s.findByBands([99]), []);
    await s.setCopyOf(b, a);
    assert.equal((await s.getArticle(b))?.copyOf, a);
  });

  t('candidate incidents are looked up by type, grid cell and days', async (s) => {
    const { incident } = await seed(s, 'a', 'Text a.', { place: TOWN, date: '2024-05-02' });
    const day = dayNumber('2024-05-02')!;
    const q = { eventType: 'Explosions/Remote violence', cells: [cellOf(TOWN.lat, TOWN.lon)], dayLo: day, dayHi: day };
    assert.deepEqual((await s.candidateIncidents(q)).map((i) => i.id), [incident]);
    assert.deepEqual(await s.candidateIncidents({ ...q, eventType: 'Battles' }), []);
    assert.deepEqual(await s.candidateIncidents({ ...q, cells: [cellOf(FAR.lat, FAR.lon)] }), []);
    assert.deepEqual(await s.candidateIncidents({ ...q, dayLo: day + 1, dayHi: day + 3 }), []);
    assert.deepEqual((await s.candidateIncidents({ ...q, dayLo: day - 3, dayHi: day })).map((i) => i.id), [incident]);
  });

  t('incidents keep their members; absorbing moves events and history, then deletes', async (s) => {
    const a = await seed(s, 'a', 'Text a.', { place: TOWN });
    const b = await seed(s, 'b', 'Text b.', { place: TOWN });
    await s.addHistory({ incidentId: a.incident, action: 'create', eventId: a.eventId, otherIncident: null, detail: 'a' });
    await s.addHistory({ incidentId: b.incident, action: 'create', eventId: b.eventId, otherIncident: null, detail: 'b' });
    assert.deepEqual(await s.incidentsOfGroup(b.articleId), [b.incident]);
    await s.absorbIncident(a.incident, b.incident);
    assert.equal(await s.getIncident(b.incident), null);
    assert.deepEqual((await s.incidentMembers(a.incident)).map((m) => m.id), [a.eventId, b.eventId]);
    assert.deepEqual((await s.history(a.incident)).map((h) => h.detail), ['a', 'b']);
    const fields = describeIncident(await s.incidentMembers(a.incident));
    await s.updateIncident(a.incident, fields);
    assert.equal((await s.getIncident(a.incident))?.sources, 2);
  });

  t('every filter narrows the incidents, and hostile filter text is only data', async (s) => {
    await seed(s, 'a', 'Drones struck the grain depot near the river bridge.', {
      place: TOWN, date: '2024-05-02', actor1: 'Air Force of Testland', dead: 3, status: 'alleged', claims: [{ source: 'Riverton Monitor' }],
    }, { outlet: 'Morning Post' });
    await seed(s, 'b', 'Crowds marched through the square demanding wages.', {
      place: FAR, date: '2024-06-10', type: 'Protests', sub: 'Peaceful protest', actor1: 'Protesters (Ukraine)', status: 'unclaimed',
    }, { outlet: 'Evening Star' });
    const ids = async (f: Parameters<Store['queryIncidents']>[0]) => (await s.queryIncidents(f)).map((i) => i.locationName);
    assert.deepEqual(await ids({}), ['Riverton', 'Hilltown']);
    assert.deepEqual(await ids({ since: '2024-06-01' }), ['Hilltown']);
    assert.deepEqual(await ids({ until: '2024-05-31' }), ['Riverton']);
    assert.deepEqual(await ids({ country: 'ua' }), ['Hilltown']);
    assert.deepEqual(await ids({ type: 'Protests' }), ['Hilltown']);
    assert.deepEqual(await ids({ subType: 'Air/drone strike' }), ['Riverton']);
    assert.deepEqual(await ids({ actor: 'testland' }), ['Riverton']);
    assert.deepEqual(await ids({ source: 'evening' }), ['Hilltown']);
    assert.deepEqual(await ids({ source: 'riverton monitor' }), ['Riverton']);
    assert.deepEqual(await ids({ near: { lat: 34.6, lon: 40.0, km: 20 } }), ['Riverton']);
    assert.deepEqual(await ids({ near: { lat: 35.5, lon: 40.1, km: 20 } }), []);
    assert.deepEqual(await ids({ bbox: { minLon: 30, minLat: 45, maxLon: 40, maxLat: 50 } }), ['Hilltown']);
    assert.deepEqual(await ids({ text: 'grain DEPOT' }), ['Riverton']);
    assert.deepEqual(await ids({ text: 'depot wages' }), []);
    assert.deepEqual(await ids({ minSources: 2 }), []);
    assert.deepEqual(await ids({ status: 'alleged' }), ['Riverton']);
    assert.deepEqual(await ids({ limit: 1, offset: 1 }), ['Hilltown']);
    for (const evil of [`' OR 1=1 --`, '"); DROP TABLE incidents; --', '%', '_', 'title: NEAR(zzz', '*', '\\']) {
      assert.deepEqual(await ids({ actor: evil }), [], evil);
      assert.deepEqual(await ids({ text: evil }), [], evil);
      assert.deepEqual(await ids({ country: evil }), [], evil);
    }
    assert.equal((await s.stats()).incidents, 2);
  });

  t('queries order by date, toll or sources either way, ties by id, and a page is a slice of the whole', async (s) => {
    const specs: [string, string, number | undefined][] = [['a', '2024-05-02', 3], ['b', '2024-05-01', undefined], ['c', '2024-05-02', 3], ['d', '2024-04-30', 7]];
    const ids: Record<string, number> = {};
    for (const [key, date, dead] of specs) ids[key] = (await seed(s, key, `Text ${key}.`, { place: TOWN, date, dead })).incident;
    const order = async (sort: Parameters<Store['queryIncidents']>[0]['sort'], page: { limit?: number; offset?: number } = {}) =>
      (await s.queryIncidents({ sort, ...page })).map((i) => Object.keys(ids).find((k) => ids[k] === i.id));
    assert.deepEqual(await order('date'), ['d', 'b', 'a', 'c']);
    assert.deepEqual(await order('-date'), ['c', 'a', 'b', 'd']);
    assert.deepEqual(await order('fatalities'), ['b', 'a', 'c', 'd']); // no toll is lowest
    assert.deepEqual(await order('-fatalities'), ['d', 'c', 'a', 'b']);
    assert.deepEqual(await order('sources'), ['a', 'b', 'c', 'd']);
    assert.deepEqual(await order('-sources'), ['d', 'c', 'b', 'a']);
    assert.deepEqual(await order('-date', { limit: 2, offset: 1 }), ['a', 'b']);
    assert.deepEqual(await order(undefined), ['d', 'b', 'a', 'c']);
  });

  t('the injured travel beside the dead: kept with each report and fused into the incident', async (s) => {
    const { incident, articleId } = await seed(s, 'k1', 'Text.', { place: TOWN, dead: [2, 3, 4], injured: [5, 6, 8] });
    const got = (await s.getIncident(incident))!;
    assert.deepEqual(got.fatalities, { low: 2, best: 3, high: 4 });
    assert.deepEqual(got.injuries, { low: 5, best: 6, high: 8 });
    assert.equal(got.injuryBasis?.high.value, 8);
    assert.deepEqual((await s.getExtraction(articleId))!.events[0].injuries, { low: 5, best: 6, high: 8 });
    assert.deepEqual((await s.queryIncidents({}))[0].injuries, { low: 5, best: 6, high: 8 });
  });

  t('a dossier carries each report with its claims and evidence sentences', async (s) => {
    const text = 'Two people died. The monitor said a drone hit the depot.';
    const { incident } = await seed(s, 'a', text, { place: TOWN, dead: 2, claims: [{ source: 'Monitor' }] }, { title: 'Depot hit', url: 'https://example.org/d' });
    const d = (await s.dossier(incident))!;
    assert.equal(d.members.length, 1);
    assert.equal(d.members[0].title, 'Depot hit');
    assert.deepEqual(d.members[0].evidence, [text.slice(0, 10)]);
    assert.equal(d.members[0].claims[0].source.name, 'Monitor');
    assert.equal(await s.dossier(incident + 100), null);
  });
}
