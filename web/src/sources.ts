// "Sources": the health of every source `sitrep watch` watches (GET /api/sources), refreshed every 30 s
// while shown: status, last fetch, HTTP status, new items, items read / pending / given up, next poll, and
// a failing source's error with its code.
import type { ApiWatchedSource } from '../../src/server/shapes.js';
import { getSources } from './api.js';
import { byId, h } from './dom.js';

const REFRESH_MS = 30_000;
let timer = 0;
let shown = false;

/** Shows (and keeps fresh) or hides the view. */
export function showSources(visible: boolean): void {
  if (visible === shown) return;
  shown = visible;
  clearInterval(timer);
  if (visible) {
    void load();
    timer = window.setInterval(() => void load(), REFRESH_MS);
  }
}

/** "3 min ago", "in 12 min", "just now", for an ISO time; '' for none. */
export function relative(iso: string | null, now = Date.now()): string {
  if (!iso) return '';
  const s = Math.round((Date.parse(iso) - now) / 1000);
  const a = Math.abs(s);
  const span = a < 45 ? '' : a < 90 * 60 ? `${Math.round(a / 60)} min` : a < 36 * 3600 ? `${Math.round(a / 3600)} h` : `${Math.round(a / 86400)} d`;
  if (!span) return s < 0 ? 'just now' : 'now';
  return s < 0 ? `${span} ago` : `in ${span}`;
}

const when = (iso: string | null) => h('td', { class: 'when', title: iso ?? '' }, iso ? relative(iso) : '—');

function row(s: ApiWatchedSource): HTMLTableRowElement {
  const name = s.title || new URL(s.url).host;
  return h('tr', { class: `row-${s.status}`, 'data-source': s.id },
    h('td', {}, h('span', { class: `health health-${s.status}` }, s.status.replace('-', ' '))),
    h('td', {}, h('strong', {}, name), s.kind ? ` · ${s.kind}` : '', h('div', { class: 'url' }, s.url, s.feedUrl ? ` → ${s.feedUrl}` : '')),
    when(s.lastFetch),
    h('td', { class: 'num' }, s.httpStatus ?? ''),
    h('td', { class: 'num' }, s.newItems),
    h('td', { class: 'num', title: `${s.done} read, ${s.pending} pending, ${s.failed} given up` }, `${s.done} read`, s.pending ? ` · ${s.pending} pending` : '', s.failed ? ` · ${s.failed} given up` : ''),
    when(s.nextPoll),
    h('td', { class: 'err' }, s.error ? [h('code', {}, s.error.code), ' ', s.error.message, s.failures > 1 ? ` (${s.failures} failed polls in a row)` : ''] : ''));
}

async function load(): Promise<void> {
  const summary = byId('sources-summary');
  const body = byId('sources-table').querySelector('tbody')!;
  try {
    const { items, summary: t } = await getSources();
    body.replaceChildren(...items.map(row));
    if (!items.length) body.append(h('tr', {}, h('td', { colspan: 8, class: 'sources-empty' }, 'No source is watched yet: start one with ', h('code', {}, 'sitrep watch feeds.txt'), '.')));
    summary.textContent = `${t.sources} source${t.sources === 1 ? '' : 's'} · ${t.failing} failing · ${t.pending} item${t.pending === 1 ? '' : 's'} pending · updated ${new Date().toLocaleTimeString()}`;
  } catch (err) {
    summary.textContent = `could not load the sources: ${(err as Error).message}`;
  }
}

byId('sources-refresh').addEventListener('click', () => void load());
