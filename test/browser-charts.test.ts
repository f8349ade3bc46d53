// The charts, downloads and printed dossier in headless Debian chromium (issue 17), on the bundled
// examples and demo (examples/, examples/demo/) stored through the API: the time chart and the actor
// lists show the server's counts for the URL's filters, the brush and a clicked actor or pair narrow the
// view and stay in the URL, each download holds exactly the filtered incidents, printing keeps the
// dossier's claims, figures and evidence without the app around them, and all of it works 360 px wide.
// Screenshots go to test-results/ (docs/charts.png, charts-phone.png and print.png are copies).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Page } from 'playwright-core';
import { brushTimeChart, launchChromium, skipWithoutChromium, watchPage } from './support/browser.js';
import { createApp, DEFAULT_WEB_ROOT } from '../src/server/app.js';
import { storeBackend } from '../src/server/store-backend.js';
import { openStore } from '../src/store/index.js';
import type { IncidentDetail, IncidentPage } from '../src/server/shapes.js';

const OUT = 'test-results';
const folders = ['examples', 'examples/demo'];

test('charts, downloads and print in headless chromium', { skip: skipWithoutChromium, timeout: 180_000 }, async (t) => {
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'index.html')), `no built web app in ${DEFAULT_WEB_ROOT}: run npm run build`);
  mkdirSync(OUT, { recursive: true });
  const opened = openStore(join(mkdtempSync(join(tmpdir(), 'sitrep-charts-')), 'charts.db'));
  if (!opened.ok) throw new Error(opened.message);
  const store = opened.value;
  const server = serve({ fetch: createApp({ backend: storeBackend(store) }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = async <T>(path: string): Promise<T> => (await fetch(base + path)).json() as Promise<T>;
  const count = async (query: string): Promise<number> => {
    let n = 0;
    for (let offset: number | null = 0; offset !== null;) {
      const page: IncidentPage = await api<IncidentPage>(`/api/incidents?limit=500&offset=${offset}${query ? `&${query}` : ''}`);
      n += page.items.length;
      offset = page.next;
    }
    return n;
  };

  for (const dir of folders) {
    const index: { file: string; published: string; title: string; outlet: string }[] = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const articles = index.map((e) => ({ id: e.file, text: readFileSync(join(dir, e.file), 'utf8'), published: e.published, title: e.title, outlet: e.outlet }));
    const posted = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(articles) });
    assert.equal(posted.status, 201);
  }
  const total = await count('');
  assert.ok(total >= 50, `the demo gives ${total} incidents`);

  const context = await launchChromium({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  const open = async (path: string, width = 1400): Promise<Page> => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    watchPage(page, base, problems, { console: true, httpErrors: true });
    await page.goto(base + path);
    await page.locator('#charts .time-chart rect.bar').first().waitFor();
    await page.locator('#charts [data-list=actors] .bar-row').first().waitFor();
    return page;
  };
  /** The incidents the time chart shows: the sum of its bars' counts, read from their tooltips. */
  const charted = (page: Page) => page.$$eval('#charts .time-chart rect.bar title', (ts) => ts.reduce((n, t) => n + Number(/(\d+) incidents?/.exec(t.textContent!)![1]), 0));
  const listed = (page: Page) => page.locator('#list .incident-row').count();
  try {
    await t.test('the time chart counts every dated incident, stacked by type, on a date axis', async () => {
      const page = await open('/');
      const rows = (await api<{ rows: { incidents: number }[] }>('/api/stats/time?bucket=week')).rows;
      assert.equal(await charted(page), rows.reduce((n, r) => n + r.incidents, 0));
      assert.match((await page.locator('#charts .chart-note').textContent())!, /incidents per week \(auto\)/);
      const ticks = await page.locator('#charts .time-chart text.axis').allTextContents();
      assert.ok(ticks.some((x) => /^[A-Z][a-z]{2} 2026$/.test(x)) && ticks.filter((x) => /^[A-Z][a-z]{2}$/.test(x)).length >= 3, `month ticks: ${ticks}`);
      assert.ok(new Set(await page.$$eval('#charts .time-chart rect.bar', (rs) => rs.map((r) => r.getAttribute('fill')))).size >= 3, 'several types, each its own fill');
      // Per month and by fatalities: the choice is kept in the URL.
      await page.selectOption('#charts select[name=bucket]', 'month');
      await page.selectOption('#charts select[name=measure]', 'fatalities');
      await page.waitForFunction(() => /fatalities per month/.test(document.querySelector('#charts .chart-note')!.textContent!));
      const q = new URL(page.url()).searchParams;
      assert.deepEqual([q.get('bucket'), q.get('measure')], ['month', 'fatalities']);
      assert.ok((await page.locator('#charts .time-chart rect.bar').count()) >= 6);
      await page.locator('#charts').screenshot({ path: `${OUT}/charts.png` });
      await page.close();
    });

    await t.test('the charts follow the filters, from the form and from the URL', async () => {
      const page = await open('/');
      await page.selectOption('select[name=type]', 'Battles');
      const battles = await count('type=Battles');
      await page.waitForFunction((n) => [...document.querySelectorAll('#charts .time-chart rect.bar')].every((r) => r.getAttribute('data-type') === 'Battles')
        && document.querySelectorAll('#list .incident-row').length === n, battles);
      assert.equal(await charted(page), battles);
      const actors = (await api<{ actors: { name: string }[] }>('/api/stats/actors?type=Battles')).actors.map((a) => a.name);
      await page.waitForFunction((first) => document.querySelector('#charts [data-list=actors] .bar-label')?.textContent === first, actors[0]);
      await page.close();
      const fromUrl = await open('/?country=UA');
      assert.equal(await charted(fromUrl), await count('country=UA'));
      await fromUrl.close();
    });

    await t.test('brushing the time chart narrows the list, the actors and the downloads to those dates', async () => {
      const page = await open('/');
      const { from, to } = await brushTimeChart(page, 0.3, 0.6, 60);
      assert.ok(from < to && from > '2026-02-01' && to < '2026-08-01', `${from}..${to}`);
      const inside = await count(`since=${from}&until=${to}`);
      assert.ok(inside > 0 && inside < total);
      await page.waitForFunction((n) => document.querySelectorAll('#list .incident-row').length === n, inside);
      const top = (await api<{ actors: { name: string; incidents: number }[] }>(`/api/stats/actors?since=${from}&until=${to}`)).actors[0];
      await page.waitForFunction((s) => document.querySelector('#charts [data-list=actors] .bar-count')?.textContent?.startsWith(s), `${top.incidents} incident`);
      const href = await page.getAttribute('#charts a.download[data-format=jsonl]', 'href');
      assert.match(href!, new RegExp(`since=${from}&until=${to}`));
      await page.locator('#charts .time-chart').click({ position: { x: 5, y: 40 } }); // a click clears the brush
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
      await page.close();
    });

    await t.test('a clicked actor or pair filters the view, in the URL; a second click undoes it', async () => {
      const page = await open('/');
      const actor = (await page.locator('#charts [data-list=actors] .bar-label').first().textContent())!;
      await page.locator('#charts [data-list=actors] .bar-row').first().click();
      await page.waitForFunction((a) => new URL(location.href).searchParams.get('actor') === a, actor);
      const n = await count(`actor=${encodeURIComponent(actor)}`);
      await page.waitForFunction((k) => document.querySelectorAll('#list .incident-row').length === k, n);
      assert.equal(await page.inputValue('input[name=actor]'), actor);
      assert.equal(await page.getAttribute('#charts [data-list=actors] .bar-row.active', 'aria-pressed'), 'true');
      await page.locator('#charts [data-list=actors] .bar-row.active').click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('actor'));

      const pair = (await api<{ dyads: { actor1: string; actor2: string; incidents: number }[] }>('/api/stats/actors')).dyads[0];
      await page.locator('#charts [data-list=dyads] .bar-row').first().click();
      await page.waitForFunction((d) => new URL(location.href).searchParams.get('dyad') === d, `${pair.actor1}|${pair.actor2}`);
      await page.waitForFunction((k) => document.querySelectorAll('#list .incident-row').length === k, pair.incidents);
      // The chart refetches its counts after the list's: wait for it to show the pair's incidents too.
      await page.waitForFunction((k) => [...document.querySelectorAll('#charts .time-chart rect.bar title')]
        .reduce((n, t) => n + Number(/(\d+) incidents?/.exec(t.textContent!)![1]), 0) === k, pair.incidents);
      assert.match((await page.locator('#charts .pair-filter').textContent())!, new RegExp(`${pair.actor1.replace(/[()]/g, '.')} → `));
      await page.reload();
      await page.waitForFunction((k) => document.querySelectorAll('#list .incident-row').length === k, pair.incidents);
      await page.click('#charts .clear-pair');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('dyad'));
      await page.close();
    });

    await t.test('each download holds exactly the filtered incidents', async () => {
      const page = await open('/?country=SY&type=Explosions%2FRemote+violence');
      const expected = await count('country=SY&type=Explosions%2FRemote+violence');
      assert.ok(expected > 0);
      assert.equal(await listed(page), expected);
      const hrefs = await page.$$eval('#charts a.download', (as) => as.map((a) => [a.getAttribute('data-format')!, (a as HTMLAnchorElement).href, a.hasAttribute('download')] as const));
      assert.deepEqual(hrefs.map(([f]) => f), ['acled', 'ucdp', 'geojson', 'jsonl']);
      for (const [format, href, download] of hrefs) {
        assert.ok(download && href.startsWith(`${base}/api/export?`), href);
        // Fetched by the page itself: same origin, under its CSP.
        const body = await page.evaluate(async (u) => { const r = await fetch(u); return { status: r.status, type: r.headers.get('content-type'), text: await r.text() }; }, href);
        assert.equal(body.status, 200, format);
        const lines = body.text.trim().split('\n');
        if (format === 'acled') assert.equal(lines.length - 1, expected, 'ACLED rows');
        if (format === 'ucdp') assert.ok(lines.length - 1 <= expected && lines.length > 1, 'UCDP rows (organised violence only)');
        if (format === 'geojson') assert.equal(JSON.parse(body.text).features.length, expected);
        if (format === 'jsonl') {
          assert.equal(lines.length, expected);
          assert.ok(lines.every((l) => { const i = JSON.parse(l); return i.country === 'SY' && i.eventType === 'Explosions/Remote violence'; }));
        }
      }
      await page.close();
    });

    await t.test('printing an incident keeps its claims, figures and evidence, and leaves the app out', async () => {
      const all = (await api<IncidentPage>('/api/incidents?limit=500')).items;
      const details = await Promise.all(all.map((i) => api<IncidentDetail>(`/api/incidents/${i.id}`)));
      const rich = details.sort((a, b) => b.claims.length - a.claims.length || b.sources.length - a.sources.length)[0];
      assert.ok(rich.claims.length > 0);
      const page = await open(`/?incident=${rich.incident.id}`);
      await page.waitForSelector(`.dossier[data-incident="${rich.incident.id}"]`);
      await page.emulateMedia({ media: 'print' });
      const shown = (sel: string) => page.locator(sel).first().isVisible();
      for (const sel of ['.dossier h2', '.claims-table', '.fatalities', '.source .evidence li']) assert.ok(await shown(sel), `${sel} prints`);
      for (const sel of ['#filters', '#map', '#charts', '.top nav', '#list', '.dossier .close']) assert.equal(await shown(sel), false, `${sel} is not printed`);
      assert.equal(await page.locator('.claims-table tbody tr').count(), rich.claims.length);
      const evidence = rich.sources.flatMap((s) => s.evidence.map((e) => e.text));
      const printed = (await page.locator('#dossier').innerText()).replace(/\s+/g, ' ');
      for (const e of evidence) assert.ok(printed.includes(e.replace(/\s+/g, ' ')), `evidence "${e.slice(0, 40)}…" prints`);
      await page.screenshot({ path: `${OUT}/print.png`, fullPage: true });
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 1000);
      await page.close();
    });

    await t.test('at 360 px the charts fit the width and still filter', async () => {
      const page = await open('/', 360);
      const fit = await page.evaluate(() => {
        const c = document.getElementById('charts')!;
        const svg = c.querySelector('.time-chart')!.getBoundingClientRect();
        return { overflow: c.scrollWidth - c.clientWidth, svgRight: svg.right, page: document.documentElement.clientWidth };
      });
      assert.ok(fit.overflow <= 0, `the charts overflow by ${fit.overflow}px`);
      assert.ok(fit.svgRight <= fit.page, `the time chart ends at ${fit.svgRight} of ${fit.page}`);
      const labels = await page.locator('#charts .time-chart text.axis').allTextContents();
      assert.ok(labels.length >= 4, `axis labels at 360 px: ${labels}`);
      await page.locator('#charts [data-list=dyads] .bar-row').first().scrollIntoViewIfNeeded();
      await page.locator('#charts [data-list=dyads] .bar-row').first().tap().catch(() => page.locator('#charts [data-list=dyads] .bar-row').first().click());
      await page.waitForFunction(() => new URL(location.href).searchParams.has('dyad'));
      await page.locator('#charts').screenshot({ path: `${OUT}/charts-phone.png` });
      await page.close();
    });

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    server.close();
    await store.close();
  }
});
