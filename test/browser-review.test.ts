// Reviewing in the web app, end to end in headless Debian chromium (playwright-core, never a downloaded
// browser): the review queue lists what matters first, the keyboard opens, confirms and rejects, a field
// is corrected in the dossier, and the export then says which rows a person checked. The server needs a
// token, as a shared one would. Screenshots go to test-results/ (review.png is the README's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { launchChromium, skipWithoutChromium, watchPage } from './support/browser.js';
import { createApp, DEFAULT_WEB_ROOT } from '../src/server/app.js';
import { storeBackend } from '../src/server/store-backend.js';
import { openStore } from '../src/store/index.js';
import type { ApiIncident, IncidentPage } from '../src/server/shapes.js';
import { seedInto } from './support/api-seed.js';

const OUT = 'test-results';
const TOKEN = 'browser-review-token';
const skip = skipWithoutChromium;

test('reviewing in the web app with the keyboard', { skip, timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'index.html')), `no built web app in ${DEFAULT_WEB_ROOT}: run npm run build`);
  mkdirSync(OUT, { recursive: true });
  const opened = openStore(join(mkdtempSync(join(tmpdir(), 'sitrep-browser-review-')), 'review.db'));
  if (!opened.ok) throw new Error(opened.message);
  const store = opened.value;
  await seedInto(store);
  const server = serve({ fetch: createApp({ backend: storeBackend(store), token: TOKEN }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = async <T>(path: string): Promise<T> => (await fetch(base + path)).json() as Promise<T>;
  const queue = (await api<IncidentPage>('/api/incidents?review=queue&sort=priority')).items;
  assert.equal(queue.length, 3);

  const context = await launchChromium({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    watchPage(page, base, problems, { console: true });
    // The token and the reviewer's name, as a person would have entered them once.
    await page.addInitScript(([t]) => { sessionStorage.setItem('sitrep-token', t); localStorage.setItem('sitrep-reviewer', 'Browser Reviewer'); }, [TOKEN]);
    await page.goto(base);
    await page.click('#tab-queue');
    await page.waitForFunction((n) => document.querySelectorAll('#list .incident-row').length === n, queue.length);
    const rows = async () => page.$$eval('#list .incident-row', (els) => els.map((e) => Number((e as HTMLElement).dataset.incident)));
    assert.deepEqual(await rows(), queue.map((i) => i.id), 'the list is the queue, most at stake first');
    const [first, second, third] = queue;

    // j opens the first; c confirms it, and the page moves on to the next in the queue.
    await page.keyboard.press('j');
    await page.waitForSelector(`.dossier[data-incident="${first.id}"] .review[data-state="unreviewed"]`);
    await page.screenshot({ path: `${OUT}/review.png` });
    await page.keyboard.press('c');
    await page.waitForSelector(`.dossier[data-incident="${second.id}"] .review`);
    await page.waitForFunction((id) => ![...document.querySelectorAll('#list .incident-row')].some((e) => (e as HTMLElement).dataset.incident === String(id)), first.id);
    // x rejects the second.
    await page.keyboard.press('x');
    await page.waitForSelector(`.dossier[data-incident="${third.id}"] .review`);
    // The third: its toll corrected in the dossier, then confirmed with the keyboard.
    await page.selectOption(`.dossier[data-incident="${third.id}"] .review-field`, 'fatalities');
    await page.fill(`.dossier[data-incident="${third.id}"] .review-value`, '3-4-6');
    await page.fill(`.dossier[data-incident="${third.id}"] .review-why`, 'hospital list');
    await page.click(`.dossier[data-incident="${third.id}"] .review-set-button`);
    await page.waitForSelector(`.dossier[data-incident="${third.id}"] .review[data-state="corrected"]`);
    await page.locator('#list').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.querySelectorAll('#list .incident-row').length === 0);

    // The dossier of the corrected one shows the person's value and the history, with a revert button.
    await page.goto(`${base}/?incident=${third.id}&review=all`);
    await page.waitForSelector(`.dossier[data-incident="${third.id}"] .review-history li`);
    assert.match(await page.locator('.dossier .review-history').innerText(), /set fatalities[\s\S]*hospital list[\s\S]*confirm/);
    assert.match(await page.locator('.dossier .toll-fatalities').innerText(), /best\s+4/);
    await page.screenshot({ path: `${OUT}/review-dossier.png` });

    // The export says which rows a person checked, and the reviewed filter keeps only those.
    const jsonl = (await (await fetch(`${base}/api/export?format=jsonl&review=all`)).text()).trim().split('\n').map((l) => JSON.parse(l));
    const by = new Map(jsonl.map((r: ApiIncident & { reviewed: boolean }) => [r.id, r]));
    assert.deepEqual([first.id, second.id, third.id].map((id) => [by.get(id)?.review.state, by.get(id)?.reviewed]),
      [['confirmed', true], ['rejected', false], ['corrected', true]]);
    assert.equal(by.get(first.id)?.review.by, 'Browser Reviewer');
    const reviewed = (await (await fetch(`${base}/api/export?format=jsonl&reviewed=true`)).text()).trim().split('\n').map((l) => JSON.parse(l).id);
    assert.deepEqual(reviewed.sort(), [first.id, third.id].sort());
    const csv = await (await fetch(`${base}/api/export?format=acled`)).text();
    assert.match(csv.split('\r\n')[0], /,reviewed$/);

    // A link to an incident merged away opens the one that holds its reports, and says so.
    const into = (await api<{ incident: ApiIncident }>(`/api/incidents/${third.id}`)).incident;
    const merged = await fetch(`${base}/api/incidents/${third.id}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ version: into.version, by: 'Browser Reviewer', actions: [{ action: 'merge', incident: first.id }] }) });
    assert.equal(merged.status, 200, await merged.text());
    await page.goto(`${base}/?incident=${first.id}&review=all`);
    await page.waitForSelector(`.dossier[data-incident="${third.id}"]`);
    assert.equal(await page.locator('#dossier .merged-note').innerText(), `Incident ${first.id} was merged into incident ${third.id}.`);
    assert.match(page.url(), new RegExp(`incident=${third.id}\\b`));
    assert.equal(problems.filter((p) => !/Failed to load resource/.test(p)).length, 0, problems.join('\n'));
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
    await store.close();
  }
});
