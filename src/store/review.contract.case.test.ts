// The review contract: every review action, and "a person's word wins" under new reports (re-ingest),
// re-fusion and a new reader version, on any Store adapter (storeContract calls it). Fusion is the real
// one (fuse/), fed hand-built readings (test/helpers/build.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { storeArticle } from '../ingest/store-article.js';
import { refuseIncident } from '../fuse/index.js';
import { ingest } from '../ingest/index.js';
import type { Item } from '../ingest/sources.js';
import { rereadArticle } from '../fuse/reread.js';
import { review, ReviewError, type ReviewRequest } from '../review/actions.js';
import { readFieldValue } from '../review/fields.js';
import { standingIncident } from './merged-into.js';
import { article, result, uniqueText, type EventSpec, type PlaceSpec } from '../../test/helpers/build.js';

const TOWN: PlaceSpec = { name: 'Riverton', lat: 34.5, lon: 40.1, country: 'SY', admin1: 'Deir ez-Zor', geonameid: 501 };
const FAR: PlaceSpec = { name: 'Hilltown', lat: 35.9, lon: 38.9, country: 'SY', admin1: 'Raqqa', geonameid: 502 };
const strike = (place: PlaceSpec, more: EventSpec = {}): EventSpec => ({ place, actor1: 'Air Force of Testland', ...more });

let n = 0;
/** Stores and fuses one article telling of `events`; returns its article id and incident ids. */
async function report(s: Store, outlet: string, events: EventSpec[]) {
  const key = `r${++n}`;
  return s.transaction(() => storeArticle(s, article(key, uniqueText(), { outlet }), result(key, events)));
}

const who = { who: 'analyst@example.org' };
const act = (s: Store, id: number, r: ReviewRequest | ReviewRequest[], ctx: Partial<Parameters<typeof review>[3]> = {}) =>
  review(s, id, [r].flat(), { ...who, ...ctx });
const set = async (s: Store, id: number, field: Parameters<typeof readFieldValue>[0], raw: string, ctx = {}) =>
  act(s, id, { action: 'set', field, value: readFieldValue(field, raw, (await s.getIncident(id))!) }, ctx);
const refused = async (p: Promise<unknown>, code: string) => {
  await assert.rejects(p, (e: unknown) => e instanceof ReviewError && e.code === code);
};

export function reviewContract(name: string, make: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  const t = (title: string, fn: (s: Store) => Promise<void>) =>
    test(`${name} store, review: ${title}`, { skip: opts.skip ?? false }, async () => {
      const s = await make();
      try { await fn(s); } finally { await s.close(); }
    });

  t('confirm, reject and note: each a record with who, why and the version; a stale version is refused', async (s) => {
    const { incidents: [id] } = await report(s, 'A', [strike(TOWN, { dead: 3 })]);
    const v0 = (await s.getIncident(id))!.version;
    const { incident, records } = await act(s, id, { action: 'confirm' }, { why: 'two outlets agree', version: v0 });
    assert.equal(incident.review.state, 'confirmed');
    assert.equal(incident.version, v0 + 1);
    assert.deepEqual([records[0].action, records[0].who, records[0].why, records[0].version], ['confirm', who.who, 'two outlets agree', v0 + 1]);
    await refused(act(s, id, { action: 'reject' }, { version: v0 }), 'E_STALE_VERSION');
    assert.equal((await s.getIncident(id))!.review.state, 'confirmed');
    await act(s, id, { action: 'note' }, { why: 'check the local outlet tomorrow' });
    await refused(act(s, id, { action: 'note' }), 'E_REVIEW_VALUE');
    const r = await act(s, id, { action: 'reject' }, { why: 'an exercise, not a strike' });
    assert.equal(r.incident.review.state, 'rejected');
    assert.deepEqual((await s.reviewRecords(id)).map((x) => x.action), ['confirm', 'note', 'reject']);
    assert.deepEqual((await s.queryIncidents({})).map((i) => i.id), []); // a rejected incident is no incident
    assert.deepEqual((await s.queryIncidents({ review: 'rejected' })).map((i) => i.id), [id]);
    await refused(act(s, id + 99, { action: 'confirm' }), 'E_NOT_FOUND');
  });

  t('set: every field takes the person\'s value, stays under re-fusion and new reports, and a contradiction flags it', async (s) => {
    const { incidents: [id] } = await report(s, 'A', [strike(TOWN, { dead: 3 })]);
    await set(s, id, 'fatalities', '5-6-8', { why: 'hospital list' });
    await set(s, id, 'eventType', 'Battles').catch(() => undefined); // refused: the sub-type does not fit (checked below)
    await set(s, id, 'date', '2024-03-09');
    await set(s, id, 'location', 'Riverton bridge@34.51,40.12/2');
    await set(s, id, 'actor2', 'Civilians (Syria)');
    await set(s, id, 'status', 'acknowledged');
    const check = async () => {
      const i = (await s.getIncident(id))!;
      assert.deepEqual(i.fatalities, { low: 5, best: 6, high: 8 });
      assert.deepEqual([i.dateStart, i.datePrecision, i.locationName, i.lat, i.geoPrecision, i.actor2, i.status],
        ['2024-03-09', 1, 'Riverton bridge', 34.51, 2, 'Civilians (Syria)', 'acknowledged']);
      assert.equal(i.review.state, 'corrected');
      assert.match(i.summary, /5-8 reported killed/);
      return i;
    };
    await check();
    await refuseIncident(s, id); // re-fusion
    await check();
    // A new report joins (re-ingest of the story from another outlet) with another toll: the person's stands, flagged.
    const joined = await report(s, 'B', [strike(TOWN, { dead: 40, date: '2024-03-09' })]);
    assert.deepEqual(joined.incidents, [id]);
    const i = await check();
    assert.equal(i.articles, 2);
    assert.ok(i.review.flags.some((f) => /fatalities/.test(f)), i.review.flags.join('; '));
    assert.deepEqual((await s.queryIncidents({ review: 'flagged' })).map((x) => x.id), [id]);
    // A confirmation answers the flag; lifting a lock shows fusion's reading again.
    await act(s, id, { action: 'confirm' });
    assert.deepEqual((await s.getIncident(id))!.review.flags, []);
    await act(s, id, { action: 'set', field: 'fatalities', value: null });
    assert.equal((await s.getIncident(id))!.fatalities?.high, 40);
  });

  t('re-ingest: the same articles sent again (read differently this time) change nothing a person set', async (s) => {
    const inputs = ['a', 'b'].map((k) => ({ id: k, text: `${uniqueText()} ${k}`, published: '2024-03-11', outlet: k.toUpperCase() }));
    const items = async function* (): AsyncGenerator<Item> { for (const input of inputs) yield { ok: true, origin: input.id, input, bytesDone: 0 }; };
    let dead = 3;
    const extract = (input: { id: string }) => ({ ok: true as const, value: result(input.id, [strike(TOWN, { dead: dead })]) });
    const first = await ingest(s, items(), { extract });
    assert.equal(first.new, 2);
    const [id] = (await s.queryIncidents({})).map((i) => i.id);
    await set(s, id, 'fatalities', '5');
    await act(s, id, { action: 'confirm' });
    const before = (await s.getIncident(id))!;
    dead = 90; // a new reader would read another toll: the articles are known, so nothing is read or written
    const again = await ingest(s, items(), { extract });
    assert.deepEqual([again.new, again.duplicate], [0, 2]);
    const after = (await s.getIncident(id))!;
    assert.deepEqual([after.fatalities?.best, after.review.state, after.version], [5, 'corrected', before.version]);
  });

  t('field values are checked: vocabularies, calendar, ranges', async (s) => {
    const { incidents: [id] } = await report(s, 'A', [strike(TOWN)]);
    const i = (await s.getIncident(id))!;
    for (const [field, raw] of [['eventType', 'Skirmish'], ['eventType', 'Battles'], ['subEventType', 'Armed clash'], ['date', '2024-02-30'],
      ['date', '2024-03-10..2024-03-01'], ['fatalities', '5-3'], ['fatalities', '-1'], ['status', 'maybe'], ['location', '95,10']] as const) {
      assert.throws(() => readFieldValue(field, raw, i), /./, `${field}=${raw}`);
    }
    assert.deepEqual(readFieldValue('fatalities', '2-9', i).fatalities, { low: 2, best: 2, high: 9 });
    assert.deepEqual(readFieldValue('date', '2024-03-01..2024-03-07', i), { dateStart: '2024-03-01', dateEnd: '2024-03-07', datePrecision: 2 });
  });

  t('revert: any standing action is reversed by a new one; a later action on the same field goes first', async (s) => {
    const { incidents: [id] } = await report(s, 'A', [strike(TOWN, { dead: 3 })]);
    const a = (await set(s, id, 'fatalities', '4')).records[0];
    const b = (await set(s, id, 'fatalities', '5')).records[0];
    await refused(act(s, id, { action: 'revert', record: a.id }), 'E_REVIEW_CONFLICT');
    await act(s, id, { action: 'revert', record: b.id });
    assert.equal((await s.getIncident(id))!.fatalities?.best, 4);
    await act(s, id, { action: 'revert', record: a.id });
    const i = (await s.getIncident(id))!;
    assert.equal(i.fatalities?.best, 3);
    assert.equal(i.review.state, 'unreviewed');
    await refused(act(s, id, { action: 'revert', record: a.id }), 'E_REVIEW_CONFLICT');
    const c = (await act(s, id, { action: 'reject' })).records[0];
    await act(s, id, { action: 'revert', record: c.id });
    assert.equal((await s.getIncident(id))!.review.state, 'unreviewed');
    const records = await s.reviewRecords(id);
    assert.deepEqual(records.map((r) => [r.action, r.revertedBy != null]), [['set', true], ['set', true], ['revert', false], ['revert', false], ['reject', true], ['revert', false]]);
  });

  t('merge: a person\'s merge holds against new reports that would split it; revert brings the other back', async (s) => {
    const a = (await report(s, 'A', [strike(TOWN)])).incidents[0];
    const b = (await report(s, 'B', [strike(FAR)])).incidents[0];
    assert.notEqual(a, b);
    const m = await act(s, a, { action: 'merge', other: b }, { why: 'the same raid, two villages' });
    assert.equal(await s.getIncident(b), null);
    assert.equal(m.incident.sources, 2);
    assert.ok(m.incident.review.pinned);
    // A precise report at TOWN would make fusion split the FAR report off as an outlier: held, flagged instead.
    await report(s, 'C', [strike(TOWN)]);
    await refuseIncident(s, a);
    const merged = (await s.getIncident(a))!;
    assert.equal(merged.articles, 3);
    assert.ok(merged.review.flags.some((f) => /keeps whole/.test(f)), merged.review.flags.join('; '));
    assert.equal((await s.stats()).incidents, 1);
    // A new incident meanwhile never takes the merged one's id (ids are for good).
    const meanwhile = (await report(s, 'D', [strike(TOWN, { date: '2023-01-05' })])).incidents[0];
    assert.ok(![a, b].includes(meanwhile));
    const bEvents = m.records[0].events;
    await act(s, a, { action: 'revert', record: m.records[0].id }, { why: 'two raids after all' });
    // b comes back under its own id, with its report, its creation in the fusion history, and both steps in each record list.
    assert.deepEqual((await s.queryIncidents({})).map((i) => i.id).sort((x, y) => x - y), [a, b, meanwhile].sort((x, y) => x - y));
    assert.equal((await s.getIncident(a))!.articles, 2);
    assert.deepEqual((await s.incidentMembers(b)).map((x) => x.id), bEvents);
    assert.equal((await s.getIncident(b))!.locationName, 'Hilltown');
    assert.ok((await s.history(b)).some((h) => h.action === 'create'));
    assert.ok(!(await s.history(a)).some((h) => h.incidentId === b));
    assert.deepEqual((await s.reviewRecords(a)).map((r) => [r.action, r.otherIncident, r.revertedBy != null]), [['merge', b, true], ['revert', b, false]]);
    assert.deepEqual((await s.reviewRecords(b)).map((r) => [r.action, r.otherIncident, r.revertedBy != null]), [['merge', a, true], ['revert', a, false]]);
    assert.equal((await s.reviewRecords(b))[1].why, 'two raids after all');
  });

  t('an id merged away leads to the incident that holds its reports, through merges of merges; a reverted merge undoes it', async (s) => {
    const a = (await report(s, 'A', [strike(TOWN)])).incidents[0];
    const b = (await report(s, 'B', [strike(FAR)])).incidents[0];
    const c = (await report(s, 'C', [strike(TOWN, { date: '2023-01-05' })])).incidents[0];
    assert.equal(new Set([a, b, c]).size, 3);
    await act(s, a, { action: 'merge', other: b });
    assert.deepEqual(await standingIncident(s, b), { id: a, via: [b] });
    const m = await act(s, c, { action: 'merge', other: a });
    assert.deepEqual(await standingIncident(s, b), { id: c, via: [b, a] });
    assert.deepEqual(await standingIncident(s, a), { id: c, via: [a] });
    await act(s, c, { action: 'revert', record: m.records[0].id });
    assert.deepEqual(await standingIncident(s, b), { id: a, via: [b] });
    assert.equal(await standingIncident(s, a), null);
    assert.equal(await standingIncident(s, 999_999), null);
  });

  t('ids are for good: the newest incident deleted, the next one takes a new id; a deleted one comes back only under a free id', async (s) => {
    const a = (await report(s, 'A', [strike(TOWN)])).incidents[0];
    const b = (await report(s, 'B', [strike(FAR)])).incidents[0];
    await act(s, a, { action: 'merge', other: b });
    const c = (await report(s, 'C', [strike(FAR, { date: '2023-01-05' })])).incidents[0];
    assert.ok(c > b, `${c} after ${b}`);
    await assert.rejects(s.transaction(async () => s.createIncident((await s.getIncident(c))!, c)));
  });

  t('split: a person\'s split holds against a report that links both; revert joins them again', async (s) => {
    const id = (await report(s, 'A', [strike(TOWN)])).incidents[0];
    await report(s, 'B', [strike(TOWN)]);
    const members = await s.incidentMembers(id);
    assert.equal(members.length, 2);
    await refused(act(s, id, { action: 'split', events: members.map((x) => x.id) }), 'E_REVIEW_VALUE');
    await refused(act(s, id, { action: 'split', events: [members[1].id + 999] }), 'E_REVIEW_VALUE');
    const sp = await act(s, id, { action: 'split', events: [members[1].id] }, { why: 'B tells of the strike the night before' });
    const other = sp.records[0].otherIncident!;
    assert.deepEqual((await s.incidentMembers(other)).map((x) => x.id), [members[1].id]);
    assert.equal((await s.reviewRecords(other))[0].action, 'split');
    // A third report fits both: it joins one, and fusion does not merge what the person split.
    await report(s, 'C', [strike(TOWN)]);
    assert.equal((await s.stats()).incidents, 2);
    const flagged = await s.queryIncidents({ review: 'flagged' });
    assert.ok(flagged.length >= 1 && flagged.every((i) => i.review.flags.some((f) => /keeps apart/.test(f))));
    await act(s, id, { action: 'revert', record: sp.records[0].id });
    assert.equal(await s.getIncident(other), (await s.incidentMembers(other)).length ? await s.getIncident(other) : null);
    assert.ok((await s.incidentMembers(id)).some((x) => x.id === members[1].id));
  });

  t('a new reader version: the re-read article\'s event stays in the reviewed incident, whose locked fields stay', async (s) => {
    const first = await report(s, 'A', [strike(TOWN, { dead: 3 })]);
    const id = first.incidents[0];
    await set(s, id, 'actor1', 'Air Force of Testland (2015-)');
    await act(s, id, { action: 'confirm' });
    // The new reader reads another actor, a later date and a toll: fusion's reading moves, the person's field does not.
    const key = (await s.getArticle(first.articleId))!.key;
    await s.transaction(() => rereadArticle(s, first.articleId, result(key, [strike(TOWN, { actor1: 'Testland Navy', date: '2024-03-12', dead: 4 })])));
    const i = (await s.getIncident(id))!;
    assert.equal(i.actor1, 'Air Force of Testland (2015-)');
    assert.equal(i.fatalities?.best, 4);
    assert.equal(i.review.state, 'corrected');
    assert.equal((await s.incidentMembers(id)).length, 1);
    assert.ok(i.review.flags.some((f) => /actor1/.test(f)));
    // An unreviewed incident is simply fused again.
    const other = await report(s, 'B', [strike(FAR)]);
    const okey = (await s.getArticle(other.articleId))!.key;
    const again = await s.transaction(() => rereadArticle(s, other.articleId, result(okey, [strike(FAR, { dead: 9 })])));
    assert.equal((await s.getIncident(again[0]))!.fatalities?.best, 9);
    assert.equal((await s.stats()).incidents, 2);
  });

  t('the review queue: unreviewed and flagged incidents, flagged first, then the toll and sources', async (s) => {
    const small = (await report(s, 'A', [strike(TOWN, { dead: 1, date: '2024-03-01' })])).incidents[0];
    const big = (await report(s, 'B', [strike(TOWN, { dead: 30, date: '2024-03-05' })])).incidents[0];
    const done = (await report(s, 'C', [strike(FAR, { dead: 50 })])).incidents[0];
    await act(s, done, { action: 'confirm' });
    const queue = async () => (await s.queryIncidents({ review: 'queue', sort: 'priority' })).map((i) => i.id);
    assert.deepEqual(await queue(), [big, small]);
    await s.flagIncident(small, 'test: another look');
    assert.deepEqual(await queue(), [small, big]);
    assert.deepEqual((await s.queryIncidents({ review: 'reviewed' })).map((i) => i.id), [done]);
    assert.deepEqual((await s.queryIncidents({ review: 'unreviewed', sort: 'date' })).map((i) => i.id), [small, big]);
  });
}
