// The map in headless Debian chromium (issue 17): the first load stays under 1 MB transferred; incidents
// are type-shaped markers, hollow with a ring when only their area is known; zoomed in, the offline base
// layers name the admin-1 areas and towns; opening an incident moves the map to it; tooltips stay inside
// the map; the choropleth counts by country and admin-1; the list and dossier work from the keyboard;
// a 360 px phone gets a real map; a --basemap PMTiles file is drawn from this server. No request leaves
// the page's origin. Screenshots go to docs/ (the README shows them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, skipWithoutChromium, watchPage } from './support/browser.js';
import { createApp, DEFAULT_WEB_ROOT } from '../src/server/app.js';
import { storeBackend } from '../src/server/store-backend.js';
import { openStore } from '../src/store/index.js';
import type { ApiIncident, IncidentPage } from '../src/server/shapes.js';
import { seedInto } from './support/api-seed.js';
import { tinyPmtiles } from './support/tiny-pmtiles.js';
import { FIRST_LOAD_BUDGET, measureFirstLoad } from './support/first-load.js';

const DOCS = 'docs';
// Two reports written for this test: a strike known only to its region (precision 3), one near a town
// (precision 2) launched from a place the article names.
const REGION_REPORTS = [
  { id: 'region-shelling', published: '2026-04-02', outlet: 'Steppe Courier', text: 'Russian shelling hit several villages in the Zaporizhzhia region on Tuesday, killing two civilians, the regional governor said.' },
  { id: 'depot-drones', published: '2026-04-03', outlet: 'Steppe Courier', text: 'Drones launched from Kursk struck an oil depot near Sumy on Wednesday night, the governor said, adding that nobody was hurt.' },
];

/** Text below 4.5:1 against the first opaque background behind it (a string: run as written in the page). */
const CONTRAST_CHECK = `(() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = (c) => c.slice(0, 3).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; }).reduce((a, x, i) => a + x * [0.2126, 0.7152, 0.0722][i], 0);
  const bgOf = (el) => {
    for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c; }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of document.querySelectorAll('.badge, .incident-row .date, .incident-row .sources, .legend-item, .filters label, .map-tools label, .cluster-badge, .tab, .status, .choropleth-legend .swatch, .town-label span, .admin1-label span')) {
    if (!el.getClientRects().length || !el.textContent.trim()) continue;
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bgOf(el))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) out.push(el.className + ' "' + el.textContent.trim().slice(0, 20) + '": ' + ratio.toFixed(2));
  }
  return out;
})()`;

async function startServer(basemap?: string) {
  const opened = openStore(join(mkdtempSync(join(tmpdir(), 'sitrep-browser-map-')), 'map.db'));
  if (!opened.ok) throw new Error(opened.message);
  const store = opened.value;
  const server = serve({ fetch: createApp({ backend: storeBackend(store), basemap: basemap ?? null }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const index: { file: string; published: string; outlet?: string; title?: string }[] = JSON.parse(readFileSync('examples/index.json', 'utf8'));
  const articles = [...index.map((e) => ({ id: e.file, text: readFileSync(join('examples', e.file), 'utf8'), published: e.published, outlet: e.outlet, title: e.title })), ...REGION_REPORTS];
  const posted = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(articles) });
  assert.equal(posted.status, 201);
  if (!((await (await fetch(`${base}/api/incidents`)).json()) as IncidentPage).items.length) await seedInto(store);
  const all = ((await (await fetch(`${base}/api/incidents?limit=500`)).json()) as IncidentPage).items;
  return { base, all, stop: async () => { server.close(); await store.close(); } };
}

/** Every marker on the map once the clusters settle: open clusters by zooming to the incident instead. */
const markerOf = (page: Page, id: number) => page.locator(`.incident-marker[data-incident="${id}"]`);

/** The element's box once it has stopped moving (two reads 120 ms apart agree), for markers on a map still panning. */
async function stillBox(page: Page, el: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = await el.boundingBox();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(120);
    const now = await el.boundingBox();
    if (now && last && now.x === last.x && now.y === last.y) return now;
    last = now;
  }
  throw new Error('the marker never stopped moving');
}

test('the map in headless chromium', { skip: skipWithoutChromium, timeout: 180_000 }, async (t) => {
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'basemap', 'index.json')), `no built base layers in ${DEFAULT_WEB_ROOT}: run npx vite build web`);
  mkdirSync(DOCS, { recursive: true });
  const { base, all, stop } = await startServer();
  const placed = all.filter((i) => i.lat !== null);
  const context = await launchChromium({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    watchPage(page, base, problems, { console: true, httpErrors: true });

    await t.test(`the first load transfers under ${FIRST_LOAD_BUDGET / 1e6} MB`, async () => {
      const load = await measureFirstLoad(page, base);
      t.diagnostic(`first load: ${load.requests} requests, ${load.bytes} bytes transferred (largest ${load.largest.bytes} bytes: ${load.largest.url.replace(base, '')})`);
      assert.ok(load.bytes < FIRST_LOAD_BUDGET, `${load.bytes} bytes`);
      await page.screenshot({ path: `${DOCS}/map-overview.png` });
    });

    await t.test('type is a shape as well as a colour; an area-precise incident is hollow with a ring sized to its uncertainty', async () => {
      const region = all.find((i) => i.geoPrecision === 3);
      assert.ok(region, 'the region-precise report made an incident');
      await page.click(`#list .incident-row[data-incident="${region.id}"]`);
      const marker = markerOf(page, region.id);
      await marker.waitFor();
      assert.equal(await marker.getAttribute('data-precision'), '3');
      assert.equal(await marker.locator('svg [fill="#ffffff"]').count(), 1, 'hollow');
      // The ring is 80 km across its radius, at the map's scale: wider than the marker.
      const ring = page.locator('path.uncertainty-3').first();
      await ring.waitFor();
      const [rb, mb] = [await ring.boundingBox(), await marker.boundingBox()];
      assert.ok(rb!.width > 4 * mb!.width, `ring ${rb!.width}px, marker ${mb!.width}px`);
      const shapes = await page.locator('#legend .legend-item:not(:last-child) svg').evaluateAll((els) => els.map((e) => e.firstElementChild!.tagName + (e.firstElementChild!.getAttribute('points') ?? '')));
      assert.equal(new Set(shapes).size, shapes.length, 'every type has its own shape');
      await page.uncheck('#show-uncertainty');
      assert.equal(await ring.isVisible(), false);
      await page.check('#show-uncertainty');
    });

    await t.test('opening an incident pans and zooms the map to it', async () => {
      const far = placed.filter((i) => i.geoPrecision === 1).sort((a, b) => a.lon! - b.lon!)[0]; // the westernmost
      await page.click(`#list .incident-row[data-incident="${far.id}"]`);
      await page.waitForSelector(`.dossier[data-incident="${far.id}"]`);
      const marker = markerOf(page, far.id);
      await marker.waitFor();
      const [m, box] = [await marker.boundingBox(), await page.locator('#map').boundingBox()];
      const dx = m!.x + m!.width / 2 - (box!.x + box!.width / 2), dy = m!.y + m!.height / 2 - (box!.y + box!.height / 2);
      assert.ok(Math.hypot(dx, dy) < 40, `the incident is ${Math.round(Math.hypot(dx, dy))}px from the map's centre`);
      assert.equal(await page.locator('.selected-ring').count(), 1);
    });

    await t.test('zoomed in, the base layers name the admin-1 areas and the towns, and draw rivers', async () => {
      // Out to a province's scale, where towns of some thousands are labelled.
      while (Number(await page.getAttribute('#map', 'data-zoom')) > 7) {
        const z = Number(await page.getAttribute('#map', 'data-zoom'));
        await page.click('.leaflet-control-zoom-out');
        await page.waitForFunction((was) => Number(document.getElementById('map')!.dataset.zoom) < was, z);
      }
      await page.waitForSelector('.admin1-label span', { state: 'visible' });
      await page.waitForFunction(() => document.querySelectorAll('.town-label span').length >= 3);
      assert.ok((await page.locator('.leaflet-admin-pane path').count()) > 0, 'admin-1 boundaries');
      assert.ok((await page.locator('.leaflet-water-pane path').count()) > 0, 'rivers');
      const towns = await page.locator('.town-label span').allTextContents();
      assert.ok(towns.length >= 3, `towns: ${towns.join(', ')}`);
      await page.click('.dossier .close');
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${DOCS}/map-zoomed.png` });
    });

    await t.test('a tooltip near the map\'s edge stays inside the map', async () => {
      const inc = placed[0];
      await page.click(`#list .incident-row[data-incident="${inc.id}"]`);
      await page.click('.dossier .close');
      const map = (await page.locator('#map').boundingBox())!;
      // Top right, left middle, bottom (the zoom buttons hold the top left corner).
      for (const [ex, ey] of [[map.x + map.width - 18, map.y + 18], [map.x + 18, map.y + map.height / 2], [map.x + map.width / 3, map.y + map.height - 18]]) {
        const marker = markerOf(page, inc.id);
        // Opening the incident flies the map to it: measure the marker once the flight has ended.
        const m = await stillBox(page, marker);
        // Drag the map so the marker sits at the edge, then hover it.
        await page.mouse.move(m.x + m.width / 2 + 30, m.y + m.height / 2 + 30);
        await page.mouse.down();
        await page.mouse.move(ex + 30, ey + 30, { steps: 8 });
        await page.waitForTimeout(250); // held still: no inertia carries the map on
        await page.mouse.up();
        await page.waitForTimeout(300);
        await marker.hover();
        const tip = page.locator('.leaflet-tooltip.incident-tip');
        await tip.waitFor();
        const r = (await tip.boundingBox())!;
        assert.ok(r.x >= map.x - 1 && r.y >= map.y - 1 && r.x + r.width <= map.x + map.width + 1 && r.y + r.height <= map.y + map.height + 1,
          `tooltip ${JSON.stringify(r)} outside map ${JSON.stringify(map)} (marker at ${ex},${ey})`);
        // Off the map altogether: a point inside it may sit on another marker, whose tooltip would stay.
        await page.mouse.move(1, 1);
        await tip.waitFor({ state: 'detached' });
      }
    });

    await t.test('the article\'s other places, and where the attack came from, can be shown', async () => {
      const depot = all.find((i) => i.geoPrecision === 2 && i.location?.includes('Sumy'));
      assert.ok(depot, 'the Sumy depot strike');
      await page.click(`#list .incident-row[data-incident="${depot.id}"]`);
      await page.check('#show-places');
      await page.waitForSelector('.other-place.origin .other-place-label');
      assert.match((await page.locator('.other-place.origin').first().textContent()) ?? '', /from Kursk/);
      await page.uncheck('#show-places');
      await page.click('.dossier .close');
    });

    await t.test('the choropleth counts incidents by country and by admin-1 area, kept in the URL', async () => {
      await page.selectOption('#map-mode', 'country');
      const counts = await (await fetch(`${base}/api/stats/places?by=country`)).json();
      await page.waitForSelector('[data-place]');
      assert.equal(new URL(page.url()).searchParams.get('map'), 'country');
      const drawn = await page.locator('[data-place]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-place')))]);
      assert.deepEqual(drawn.sort(), counts.rows.map((r: any) => r.country).sort());
      assert.equal(await page.locator('.incident-marker').count(), 0, 'markers give way to the shading');
      await page.selectOption('#map-measure', 'fatalities');
      await page.waitForFunction(() => /Fatalities/.test(document.getElementById('choropleth-legend')!.textContent ?? ''));
      await page.screenshot({ path: `${DOCS}/map-choropleth-country.png` });
      await page.selectOption('#map-mode', 'admin1');
      const areas = await (await fetch(`${base}/api/stats/places?by=admin1`)).json();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-place]')].some((e) => e.getAttribute('data-place')!.includes('/')));
      const named = await page.locator('[data-place]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-place')))]);
      const expected = areas.rows.filter((r: any) => r.admin1).map((r: any) => `${r.country}/${r.admin1}`);
      for (const e of expected) assert.ok(named.includes(e), `${e} is shaded (shaded: ${named.join(', ')})`);
      const shaded = (await page.locator('[data-place]').first().boundingBox())!;
      await page.mouse.move(shaded.x + shaded.width / 2, shaded.y + shaded.height / 2);
      await page.screenshot({ path: `${DOCS}/map-choropleth-admin1.png` });
      await page.selectOption('#map-mode', 'markers');
      await page.waitForSelector('.incident-marker, .incident-cluster');
    });

    await t.test('the list and the dossier work from the keyboard', async () => {
      const rows = page.locator('#list .incident-row');
      await page.waitForLoadState('networkidle');
      const first = Number(await rows.first().getAttribute('data-incident'));
      await rows.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.dossier[data-incident="${first}"]`, { timeout: 5000 }).catch((err) => { throw new Error(`${err.message}\n${problems.join('\n')}`); });
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'dossier', 'the focus moves into the dossier');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.getElementById('dossier')!.hidden);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-incident')), String(first), 'and back to its row');
      await page.keyboard.press('ArrowDown');
      const second = Number(await rows.nth(1).getAttribute('data-incident'));
      await page.waitForSelector(`.dossier[data-incident="${second}"]`);
      await page.waitForFunction((id) => document.activeElement?.getAttribute('data-incident') === String(id), second);
    });

    await t.test('text meets WCAG AA contrast (4.5:1) on its own background', async () => {
      const low = await page.evaluate(CONTRAST_CHECK) as string[];
      assert.deepEqual(low, []);
    });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await stop();
  }
});

test('the map on a 360 px phone', { skip: skipWithoutChromium, timeout: 120_000 }, async () => {
  const { base, all, stop } = await startServer();
  const context = await launchChromium({ viewport: { width: 360, height: 740 }, profile: 'sitrep-phone-' });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    watchPage(page, base, problems, { console: true, httpErrors: true });
    await page.goto(base);
    await page.waitForSelector('.incident-marker, .incident-cluster');
    const map = (await page.locator('#map').boundingBox())!;
    assert.ok(map.height >= 300, `the map is ${map.height}px tall`);
    assert.ok(map.width >= 350, `the map is ${map.width}px wide`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 361), 'nothing runs past the screen sideways');
    assert.equal(await page.locator('#filters').isVisible(), false, 'the filters start folded');
    await page.screenshot({ path: `${DOCS}/map-phone.png` });
    await page.click('#filters-box summary');
    assert.equal(await page.locator('#filters').isVisible(), true);
    await page.click('#filters-box summary');
    const inc = all.find((i) => i.lat !== null)!;
    await page.locator(`#list .incident-row[data-incident="${inc.id}"]`).scrollIntoViewIfNeeded();
    await page.click(`#list .incident-row[data-incident="${inc.id}"]`);
    await page.waitForSelector(`.dossier[data-incident="${inc.id}"]`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 361), 'the dossier fits the screen');
    await page.locator('.dossier').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${DOCS}/map-phone-dossier.png` });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await stop();
  }
});

test('sitrep serve --basemap: a PMTiles file drawn from this server, in byte ranges', { skip: skipWithoutChromium, timeout: 120_000 }, async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sitrep-basemap-')), 'world.pmtiles');
  writeFileSync(file, tinyPmtiles());
  const { base, stop } = await startServer(file);
  const context = await launchChromium({ viewport: { width: 900, height: 600 }, profile: 'sitrep-basemap-' });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    watchPage(page, base, problems, { console: true, httpErrors: true });
    const ranges: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/basemap.pmtiles')) ranges.push(r.headers().range ?? 'none'); });
    await page.goto(base);
    await page.waitForSelector('.has-vector-basemap');
    await page.waitForSelector('canvas.leaflet-tile-loaded');
    assert.ok(ranges.length > 0 && ranges.every((r) => /^bytes=\d+-\d+$/.test(r)), `ranges: ${ranges.join(', ')}`);
    // The tile's "earth" square is painted: a pixel of a loaded tile is opaque.
    const painted = await page.evaluate(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas.leaflet-tile-loaded')].some((c) => {
      const d = c.getContext('2d')!.getImageData(c.width / 2, c.height / 2, 1, 1).data;
      return d[3] > 0;
    }));
    assert.ok(painted, 'the vector tiles are drawn');
    await page.screenshot({ path: `${DOCS}/map-basemap.png` });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await stop();
  }
});
