// The store contract: the cases every Store adapter must pass (named like Hono's common.case.test.ts: run
// alone it registers no test). Each adapter's test file calls storeContract with a factory for a fresh store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { cellOf, dayNumber } from './grid.js';
import { describeIncident } from '../fuse/describe.js';
import { article, result, type PlaceSpec } from '../../test/helpers/build.js';
import { reviewContract } from './review.contract.case.test.js';
import { statsContract } from './stats.contract.case.test.js';
import { rereadContract } from './reread.contract.case.test.js';

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
  statsContract(name, make, opts);
  rereadContract(name, make, opts);
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

  t('place counts: incidents and the best toll per country or admin-1 area, under the incident filters', async (s) => {
    const NEAR_TOWN: PlaceSpec = { ...TOWN, name: 'Rivermouth', lat: 34.6, geonameid: 503 };
    const COUNTRY_ONLY: PlaceSpec = { name: 'Syria', lat: 35, lon: 38, country: 'SY', precision: 3 };
    await seed(s, 'a', 'Text a.', { place: TOWN, date: '2024-05-02', dead: 3 });
    await seed(s, 'b', 'Text b.', { place: NEAR_TOWN, date: '2024-05-09', dead: [1, 2, 4] });
    await seed(s, 'c', 'Text c.', { place: COUNTRY_ONLY, date: '2024-05-03' });
    await seed(s, 'd', 'Text d.', { place: FAR, date: '2024-06-10', type: 'Protests', sub: 'Peaceful protest' });
    assert.deepEqual(await s.placeCounts('country', {}), [
      { country: 'SY', incidents: 3, fatalities: 5 },
      { country: 'UA', incidents: 1, fatalities: 0 },
    ]);
    assert.deepEqual(await s.placeCounts('admin1', {}), [
      { country: 'SY', admin1: 'Deir ez-Zor', incidents: 2, fatalities: 5 },
      { country: 'SY', admin1: null, incidents: 1, fatalities: 0 },
      { country: 'UA', admin1: 'Dnipropetrovsk', incidents: 1, fatalities: 0 },
    ].sort((a, b) => b.incidents - a.incidents || a.country.localeCompare(b.country) || (a.admin1 === null ? 1 : b.admin1 === null ? -1 : a.admin1.localeCompare(b.admin1))));
    assert.deepEqual(await s.placeCounts('country', { type: 'Protests' }), [{ country: 'UA', incidents: 1, fatalities: 0 }]);
    assert.deepEqual(await s.placeCounts('country', { until: '2024-05-02', limit: 1, sort: '-date' }), [{ country: 'SY', incidents: 1, fatalities: 3 }]);
    assert.deepEqual(await s.placeCounts('admin1', { text: '!!!' }), []);
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
  });  t('an article keeps its language when one is given', async (s) => {
    const fr = await s.insertArticle({ ...article('fr', 'Des frappes ont touché la ville.'), language: 'fr' });
    const en = await s.insertArticle(article('en', 'Strikes hit the town.'));
    assert.equal((await s.getArticle(fr))?.language, 'fr');
    assert.equal((await s.getArticle(en))?.language, null);
  });

  const T = (minute: number): string => new Date(Date.UTC(2026, 2, 13, 12, minute)).toISOString();

  t('watched sources are registered once; a poll keeps its state and adds only items no source listed before', async (s) => {
    const [a, b] = await s.watch.addSources(['https://a.test/feed.xml', 'https://b.test/feed.json'], T(0));
    assert.deepEqual([a.url, a.status, a.etag, a.nextPoll, b.url], ['https://a.test/feed.xml', 'new', null, null, 'https://b.test/feed.json']);
    assert.deepEqual((await s.watch.addSources(['https://b.test/feed.json', 'https://a.test/feed.xml'], T(5))).map((x) => [x.id, x.added]), [[b.id, T(0)], [a.id, T(0)]]);
    const polled = { ...a, kind: 'rss', title: 'A Gazette', etag: '"v1"', lastModified: 'Fri, 13 Mar 2026 11:00:00 GMT', lastFetch: T(1), lastOk: T(1), status: 'ok' as const, httpStatus: 200, nextPoll: T(16) };
    const n = await s.transaction(() => s.watch.recordPoll(polled, [{ url: 'https://a.test/1', title: 'One', published: '2026-03-12', outlet: 'A Gazette' }, { url: 'https://a.test/2' }, { url: 'https://a.test/1' }]));
    assert.equal(n, 2);
    assert.deepEqual(await s.transaction(() => s.watch.recordPoll({ ...b, kind: 'jsonfeed', status: 'ok', lastFetch: T(2), nextPoll: T(17) }, [{ url: 'https://a.test/2' }, { url: 'https://b.test/9', language: 'fr' }])), 1);
    const got = (await s.watch.getSource(a.id))!;
    assert.deepEqual([got.etag, got.lastModified, got.kind, got.title, got.status, got.httpStatus, got.newItems, got.nextPoll], ['"v1"', polled.lastModified, 'rss', 'A Gazette', 'ok', 200, 2, T(16)]);
    const health = await s.watch.sourceHealth();
    assert.deepEqual(health.map((h) => [h.url, h.items, h.pending, h.done, h.failed, h.newItems]), [['https://a.test/feed.xml', 2, 2, 0, 0, 2], ['https://b.test/feed.json', 1, 1, 0, 0, 1]]);
    const due = await s.watch.dueItems(T(3), 10);
    assert.deepEqual(due.map((i) => [i.url, i.sourceId, i.title, i.published, i.outlet, i.language, i.state, i.attempts]), [
      ['https://a.test/1', a.id, 'One', '2026-03-12', 'A Gazette', null, 'pending', 0], ['https://a.test/2', a.id, null, null, null, null, 'pending', 0], ['https://b.test/9', b.id, null, null, null, 'fr', 'pending', 0]]);
    assert.deepEqual((await s.watch.dueItems(T(3), 10, [b.id])).map((i) => i.url), ['https://b.test/9']);
    assert.deepEqual((await s.watch.dueItems(T(3), 1)).map((i) => i.url), ['https://a.test/1']);
  });

  t('an item is done with its article, retried from its next try, or failed, each attempt counted', async (s) => {
    const [src] = await s.watch.addSources(['https://a.test/feed.xml'], T(0));
    await s.transaction(() => s.watch.recordPoll({ ...src, status: 'ok', lastFetch: T(1) }, [{ url: 'https://a.test/1' }, { url: 'https://a.test/2' }, { url: 'https://a.test/3' }]));
    const [one, two, three] = await s.watch.dueItems(T(1), 10);
    const articleId = await s.insertArticle(article('a1', 'Text one.', { url: 'https://a.test/1' }));
    await s.watch.finishItem(one.id, { state: 'done', outcome: 'new', articleId, at: T(2) });
    await s.watch.finishItem(two.id, { state: 'pending', errorCode: 'E_TIMEOUT', errorMessage: 'slow', nextTry: T(10), at: T(2) });
    await s.watch.finishItem(three.id, { state: 'failed', errorCode: 'E_ROBOTS', errorMessage: 'disallowed', at: T(2) });
    assert.deepEqual(await s.watch.getItem(one.id).then((i) => [i!.state, i!.outcome, i!.articleId, i!.finished, i!.attempts]), ['done', 'new', articleId, T(2), 0]);
    assert.deepEqual(await s.watch.getItem(two.id).then((i) => [i!.state, i!.errorCode, i!.nextTry, i!.attempts]), ['pending', 'E_TIMEOUT', T(10), 1]);
    assert.deepEqual(await s.watch.getItem(three.id).then((i) => [i!.state, i!.errorCode, i!.errorMessage, i!.attempts]), ['failed', 'E_ROBOTS', 'disallowed', 1]);
    assert.deepEqual(await s.watch.dueItems(T(9), 10), []);
    assert.deepEqual((await s.watch.dueItems(T(10), 10)).map((i) => i.id), [two.id]);
    const [h] = await s.watch.sourceHealth();
    assert.deepEqual([h.items, h.pending, h.done, h.failed], [3, 1, 1, 1]);
    assert.equal(await s.watch.getItem(9999), null);
  });

  t('a poll written in a transaction that fails leaves neither its items nor its ETag', async (s) => {
    const [src] = await s.watch.addSources(['https://a.test/feed.xml'], T(0));
    await assert.rejects(s.transaction(async () => {
      await s.watch.recordPoll({ ...src, etag: '"v2"', status: 'ok', lastFetch: T(1) }, [{ url: 'https://a.test/1' }]);
      throw new Error('killed before commit');
    }));
    assert.equal((await s.watch.getSource(src.id))?.etag, null);
    assert.deepEqual(await s.watch.dueItems(T(2), 10), []);
  });
}
