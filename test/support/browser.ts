// Headless Debian chromium for the browser tests (playwright-core drives the installed binary; no browser
// is ever downloaded): where it lives, how it is started, and what a page may not do unnoticed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The `skip` of a browser test: its reason when chromium is not installed. */
export const skipWithoutChromium: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium); the browser test is skipped`;

/** A fresh chromium profile: `args` add to the usual flags, `viewport` sets the window (none: chromium's own). */
export function launchChromium(opts: { viewport?: { width: number; height: number }; args?: string[]; profile?: string } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), opts.profile ?? 'sitrep-chromium-')), {
    executablePath: CHROMIUM, headless: true, args: [...ARGS, ...(opts.args ?? [])], ...(opts.viewport ? { viewport: opts.viewport } : {}),
  });
}

/** Records into `problems` what a page must not do: throw, request another origin than `base`, and (as
 * asked) log errors to the console or get an HTTP error back. */
export function watchPage(page: Page, base: string, problems: string[], also: { console?: boolean; httpErrors?: boolean } = {}): void {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  if (also.console) page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  if (also.httpErrors) page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`outside request: ${r.url()}`); });
}

/**
 * Drags across the web app's time chart from `fromShare` to `toShare` of its width (at `y` px from its
 * top) and waits for the brush to reach the URL; returns the dates it selected.
 */
export async function brushTimeChart(page: Page, fromShare: number, toShare: number, y: number): Promise<{ from: string; to: string }> {
  const chart = page.locator('#charts .time-chart');
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * fromShare, box.y + y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * toShare, box.y + y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
  const q = new URL(page.url()).searchParams;
  return { from: q.get('from')!, to: q.get('to')! };
}
