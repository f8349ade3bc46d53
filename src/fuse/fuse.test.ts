// Fusion table tests: each row is a set of hand-built reports and the incidents they must become.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../store/sqlite/index.js';
import { storeArticle } from '../ingest/store-article.js';
import { article, result, uniqueText, type EventSpec, type PlaceSpec } from '../../test/helpers/build.js';
import { standingIncident } from '../store/merged-into.js';

const NORTHTON: PlaceSpec = { name: 'Northton', lat: 36.2, lon: 37.1, country: 'SY', admin1: 'Aleppo', geonameid: 1001 };
const EASTVILLE: PlaceSpec = { name: 'Eastville', lat: 36.2, lon: 37.3, country: 'SY', admin1: 'Aleppo', geonameid: 1002 }; // ~18 km east
const NORTHTON_ALIAS: PlaceSpec = { ...NORTHTON, geonameid: 1003, lat: 36.21, lon: 37.11 }; // same town, another gazetteer entry
const ALEPPO_REGION: PlaceSpec = { name: 'Aleppo Governorate', lat: 36.0, lon: 37.5, country: 'SY', admin1: 'Aleppo', precision: 3, geonameid: 1004 };

/** A report: an outlet's article (or a copy of an earlier report's text) telling of some events. */
interface Report { outlet: string; copyOf?: number; events: EventSpec[] }

async function fuse(reports: Report[]) {
  const store = new SqliteStore(':memory:');
  const texts: string[] = [];
  for (const [i, r] of reports.entries()) {
    const text = r.copyOf != null ? `${texts[r.copyOf]} Published by ${r.outlet}.` : uniqueText();
    texts.push(text);
    await store.transaction(() => storeArticle(store, article(`a${i}`, text, { outlet: r.outlet }), result(`a${i}`, r.events)));
  }
  const incidents = await store.queryIncidents({});
  return { store, incidents };
}

const strike = (place: PlaceSpec, more: EventSpec = {}): EventSpec => ({ place, actor1: 'Air Force of Testland', ...more });

const cases: [string, Report[], { incidents: number; sources?: number[]; dead?: ([number, number, number] | null)[] }][] = [
  ['one strike told by three outlets in their own words fuses', [{ outlet: 'A', events: [strike(NORTHTON, { dead: 4 })] }, { outlet: 'B', events: [strike(NORTHTON, { dead: 6 })] }, { outlet: 'C', events: [strike(NORTHTON_ALIAS, { dead: 5 })] }], { incidents: 1, sources: [3], dead: [[4, 5, 6]] }],
  ['two strikes on two sites the same night stay two', [{ outlet: 'A', events: [strike(NORTHTON)] }, { outlet: 'B', events: [strike(EASTVILLE)] }], { incidents: 2, sources: [1, 1] }],
  ['a report near one town stays apart from a strike on another named town nearby', [{ outlet: 'A', events: [strike(NORTHTON)] }, { outlet: 'B', events: [strike({ ...EASTVILLE, precision: 2 })] }], { incidents: 2, sources: [1, 1] }],
  ['two sites in one article stay two even when another outlet tells both', [{ outlet: 'A', events: [strike(NORTHTON), strike(EASTVILLE)] }, { outlet: 'B', events: [strike(EASTVILLE), strike(NORTHTON)] }], { incidents: 2, sources: [2, 2] }],
  ['a wire story printed by three outlets counts once', [{ outlet: 'Wire', events: [strike(NORTHTON, { dead: 3 })] }, { outlet: 'Paper1', copyOf: 0, events: [strike(NORTHTON, { dead: 3 })] }, { outlet: 'Paper2', copyOf: 0, events: [strike(NORTHTON, { dead: 3 })] }], { incidents: 1, sources: [1], dead: [[3, 3, 3]] }],
  ['a wire copy plus an independent report is two sources', [{ outlet: 'Wire', events: [strike(NORTHTON, { dead: 2 })] }, { outlet: 'Paper1', copyOf: 0, events: [strike(NORTHTON, { dead: 2 })] }, { outlet: 'Local', events: [strike(NORTHTON, { dead: [7, 8, 9] })] }], { incidents: 1, sources: [2], dead: [[2, 2, 9]] }],
  ['a copy that lost its place still joins its story', [{ outlet: 'Wire', events: [strike(NORTHTON)] }, { outlet: 'Paper1', copyOf: 0, events: [strike(NORTHTON, { place: null })] }], { incidents: 1, sources: [1] }],
  ['unplaced reports from different outlets do not fuse', [{ outlet: 'A', events: [strike(NORTHTON, { place: null })] }, { outlet: 'B', events: [strike(NORTHTON, { place: null })] }], { incidents: 2 }],
  ['the next day at the same town is another incident', [{ outlet: 'A', events: [strike(NORTHTON, { date: '2024-03-10' })] }, { outlet: 'B', events: [strike(NORTHTON, { date: '2024-03-11' })] }], { incidents: 2 }],
  ['a week-precision report fuses with the day inside its week', [{ outlet: 'A', events: [strike(NORTHTON, { date: '2024-03-10' })] }, { outlet: 'B', events: [strike(NORTHTON, { date: '2024-03-07', end: '2024-03-13', datePrecision: 2 })] }], { incidents: 1, sources: [2] }],
  ['a province-level report fuses with a town in that province', [{ outlet: 'A', events: [strike(NORTHTON)] }, { outlet: 'B', events: [strike(ALEPPO_REGION)] }], { incidents: 1 }],
  ['a different event type never fuses', [{ outlet: 'A', events: [strike(NORTHTON)] }, { outlet: 'B', events: [{ place: NORTHTON, type: 'Protests', sub: 'Peaceful protest' }] }], { incidents: 2 }],
  ['clashing perpetrators stay apart', [{ outlet: 'A', events: [strike(NORTHTON, { actor1: 'Air Force of Testland' })] }, { outlet: 'B', events: [strike(NORTHTON, { actor1: 'Rebel Front' })] }], { incidents: 2 }],
  ['a battle told with the sides swapped fuses', [{ outlet: 'A', events: [{ place: NORTHTON, type: 'Battles', sub: 'Armed clash', actor1: 'Army X', actor2: 'Front Y' }] }, { outlet: 'B', events: [{ place: NORTHTON, type: 'Battles', sub: 'Armed clash', actor1: 'Front Y', actor2: 'Army X' }] }], { incidents: 1 }],
  ['protesters and rioters in one square that day are one crowd', [{ outlet: 'A', events: [{ place: NORTHTON, type: 'Protests', sub: 'Peaceful protest', actor1: 'Protesters (Syria)' }] }, { outlet: 'B', events: [{ place: NORTHTON, type: 'Protests', sub: 'Peaceful protest', actor1: 'Rioters (Syria)' }] }], { incidents: 1 }],
  ['roles read differently but sharing a named party fuse', [{ outlet: 'A', events: [strike(NORTHTON, { actor1: 'Army X', actor2: 'Front Y' })] }, { outlet: 'B', events: [strike(NORTHTON, { actor1: 'Front Y' })] }], { incidents: 1 }],
  ['a battle against another named opponent is another battle', [{ outlet: 'A', events: [{ place: NORTHTON, type: 'Battles', sub: 'Armed clash', actor1: 'Army X', actor2: 'Front Y' }] }, { outlet: 'B', events: [{ place: NORTHTON, type: 'Battles', sub: 'Armed clash', actor1: 'Army X', actor2: 'Brigade Z' }] }], { incidents: 2 }],
  ['an unnamed perpetrator is compatible with a named one', [{ outlet: 'A', events: [strike(NORTHTON, { actor1: undefined })] }, { outlet: 'B', events: [strike(NORTHTON)] }], { incidents: 1 }],
];

for (const [name, reports, want] of cases) {
  test(`fusion: ${name}`, async () => {
    const { store, incidents } = await fuse(reports);
    assert.equal(incidents.length, want.incidents, JSON.stringify(incidents.map((i) => i.summary)));
    if (want.sources) assert.deepEqual(incidents.map((i) => i.sources).sort(), [...want.sources].sort());
    if (want.dead) assert.deepEqual(incidents.map((i) => (i.fatalities ? [i.fatalities.low, i.fatalities.best, i.fatalities.high] : null)), want.dead);
    await store.close();
  });
}

test('fusion: each fatality figure names the claim and source behind it', async () => {
  const { store, incidents } = await fuse([
    { outlet: 'A', events: [strike(NORTHTON, { dead: 4, claims: [{ source: 'Civil Defence', kind: 'other' }] })] },
    { outlet: 'B', events: [strike(NORTHTON, { dead: 9, claims: [{ source: 'Monitor Group', kind: 'monitor' }] })] },
  ]);
  const basis = incidents[0].fatalityBasis!;
  assert.equal(basis.low.source, 'Civil Defence');
  assert.equal(basis.low.claimId, 'c1');
  assert.equal(basis.high.source, 'Monitor Group');
  assert.equal(incidents[0].contradictions.filter((c) => c.kind === 'fatalities').length, 1);
  await store.close();
});

test('fusion: status and contradictions come from the claims', async () => {
  const { store, incidents } = await fuse([
    { outlet: 'A', events: [strike(NORTHTON, { status: 'alleged', claims: [{ source: 'Local Council' }] })] },
    { outlet: 'B', events: [strike(NORTHTON, { status: 'denied', claims: [{ source: 'Testland Defence Ministry', stance: 'denies', kind: 'government' }] })] },
  ]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0].status, 'denied');
  const c = incidents[0].contradictions.find((x) => x.kind === 'stance')!;
  assert.equal(c.asserts.source, 'Local Council');
  assert.equal(c.disputes.source, 'Testland Defence Ministry');
  await store.close();
});

test('fusion: a report that bridges two incidents merges them, and the history says so', async () => {
  // A province-level report and a "near Northton" report filed under another province cannot be told
  // to be one; a precise report at Northton in the right province fits both and becomes the incident's place.
  const nearNorthton: PlaceSpec = { ...NORTHTON, precision: 2, admin1: 'Idlib', geonameid: 1005 };
  const { store, incidents } = await fuse([
    { outlet: 'A', events: [strike(ALEPPO_REGION)] },
    { outlet: 'B', events: [strike(nearNorthton)] },
    { outlet: 'C', events: [strike(NORTHTON)] },
  ]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0].locationName, 'Northton');
  assert.equal(incidents[0].sources, 3);
  const history = await store.history(incidents[0].id);
  assert.deepEqual(history.map((h) => h.action), ['create', 'create', 'join', 'merge']);
  // The id merged away still leads to the incident that holds its report.
  const gone = history.find((h) => h.action === 'merge')!.otherIncident!;
  assert.notEqual(gone, incidents[0].id);
  assert.deepEqual(await standingIncident(store, gone), { id: incidents[0].id, via: [gone] });
  assert.equal(await standingIncident(store, incidents[0].id), null);
  await store.close();
});

test('fusion: a month-level report joins one day, and a later day at the same town stays apart', async () => {
  // The month-level report fits both days; it joins the first, whose day then becomes the incident's date.
  const { store, incidents } = await fuse([
    { outlet: 'A', events: [strike(NORTHTON, { date: '2024-03-01', end: '2024-03-31', datePrecision: 3 })] },
    { outlet: 'B', events: [strike(NORTHTON, { date: '2024-03-10' })] },
    { outlet: 'C', events: [strike(NORTHTON, { date: '2024-03-20' })] },
  ]);
  assert.equal(incidents.length, 2);
  assert.deepEqual(incidents.map((i) => i.dateStart), ['2024-03-10', '2024-03-20']);
  await store.close();
});

test('fusion: members that do not fit their incident any more are split off into their own, with history', async () => {
  // Set up by hand what a merge can leave behind: one incident holding reports of two different days.
  const { splitOutliers } = await import('./index.js');
  const { describeIncident } = await import('./describe.js');
  const store = new SqliteStore(':memory:');
  const members = [];
  for (const [key, date] of [['a', '2024-03-10'], ['b', '2024-03-10'], ['c', '2024-03-20']] as const) {
    const id = await store.insertArticle(article(key, uniqueText()));
    members.push(...(await store.saveExtraction(id, result(key, [strike(NORTHTON, { date })]))));
  }
  const incident = await store.createIncident(describeIncident(members));
  for (const m of members) await store.assignEvent(m.id, incident);
  const fields = describeIncident(members); // the 10th, told by two of the three reports
  await splitOutliers(store, incident, fields, await store.incidentMembers(incident));
  const incidents = await store.queryIncidents({});
  assert.deepEqual(incidents.map((i) => [i.dateStart, i.articles]), [['2024-03-10', 2], ['2024-03-20', 1]]);
  assert.deepEqual((await store.history(incidents[1].id)).map((h) => h.action), ['split']);
  assert.match((await store.history(incident)).at(-1)!.detail, /no longer fit/);
  await store.close();
});

test('fusion: an incident reads the same whatever order its reports were stored in (two workers store them in any order)', async () => {
  const { describeIncident } = await import('./describe.js');
  // Two outlets, one vote each for who struck whom: the tie is settled by the reports, not by store ids.
  const specs: [string, string, EventSpec][] = [
    ['b', 'Outlet B', strike(NORTHTON, { actor1: 'Rapid Support Forces', actor2: 'Civilians (Testland)', dead: 4 })],
    ['a', 'Outlet A', strike(NORTHTON, { actor1: 'Military Forces of Testland', actor2: 'Rapid Support Forces', dead: 5 })],
  ];
  const read = async (order: number[]) => {
    const store = new SqliteStore(':memory:');
    const members = [];
    for (const i of order) {
      const [key, outlet, spec] = specs[i];
      const id = await store.insertArticle(article(key, uniqueText(), { outlet, published: '2024-03-11' }));
      members.push(...(await store.saveExtraction(id, result(key, [spec]))));
    }
    await store.close();
    const f = describeIncident(members);
    return [f.actor1, f.actor2, f.fatalities?.best, f.summary];
  };
  assert.deepEqual(await read([0, 1]), await read([1, 0]));
});
