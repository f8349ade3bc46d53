// The charts panel (<section id="charts">): incidents or fatalities over time by type, the top actors
// and pairs, and the download links. Everything follows the view's filters (state.ts, kept in the URL):
// the time chart shows the filters' whole span (its brush picks dates in it); actors and downloads also
// take the brushed dates. Counts come from the server (/api/stats/*), never from the page's capped list.
import './charts.css';
import { TYPES } from './colors.js';
import { h } from './dom.js';
import { autoBucket, dayOf, type Bucket } from './date-axis.js';
import { createTimeChart, type Measure, type TimeRow } from './time-chart.js';
import { renderActors, type ActorStats } from './actors-chart.js';
import { renderDownloads } from './downloads.js';
import { swatch, TEXTURE_NAMES } from './patterns.js';
import { filterParams, type ViewState } from './state.js';

export interface Charts { show(state: ViewState): Promise<void> }

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/** The view's filters as the stats and export routes take them (no order: that is the list's). */
export function viewFilters(state: ViewState, withDates: boolean): URLSearchParams {
  const p = filterParams(state);
  p.delete('sort');
  if (withDates && state.from) p.set('since', state.from);
  if (withDates && state.to) p.set('until', state.to);
  return p;
}

export function createCharts(el: HTMLElement, update: (change: Partial<ViewState>) => void): Charts {
  const measure = h('select', { name: 'measure', 'aria-label': 'what the time chart counts' },
    h('option', { value: 'incidents' }, 'incidents'), h('option', { value: 'fatalities' }, 'fatalities'));
  const bucket = h('select', { name: 'bucket', 'aria-label': 'bars per' },
    h('option', { value: '' }, 'auto'), h('option', { value: 'day' }, 'day'), h('option', { value: 'week' }, 'week'), h('option', { value: 'month' }, 'month'));
  measure.addEventListener('change', () => update({ measure: measure.value as Measure }));
  bucket.addEventListener('change', () => update({ bucket: (bucket.value || null) as Bucket | null }));
  const legend = h('ul', { class: 'chart-legend', 'aria-label': 'event types' },
    TYPES.map((t, k) => h('li', { title: `${t}: ${TEXTURE_NAMES[k]}` }, swatch(t), t)));
  const timeBox = h('div', { class: 'time-box', title: 'drag to select dates; click to clear' });
  const timeNote = h('p', { class: 'chart-note', role: 'status' });
  const downloads = h('div', { class: 'downloads' });
  const pair = h('div', { class: 'pair-filter' });
  const actorsBox = h('div', { class: 'actors-box' });
  el.replaceChildren(
    h('div', { class: 'chart-panel time-panel' },
      h('div', { class: 'chart-head' }, h('h2', {}, 'Over time'),
        h('label', {}, 'Show ', measure), h('label', {}, 'per ', bucket)),
      legend, timeBox, timeNote),
    h('div', { class: 'chart-panel actors-panel' }, h('div', { class: 'chart-head' }, h('h2', {}, 'By actor')), pair, actorsBox),
    downloads,
  );
  const chart = createTimeChart(timeBox, (from, to) => update({ from, to }));

  // What each part was last fetched for (null: nothing yet, or the last fetch failed).
  let timeKey: string | null = null;
  let rows: TimeRow[] = [];
  let shownBucket: Bucket = 'day';
  let actorsKey: string | null = null;

  async function timeRows(state: ViewState): Promise<void> {
    const base = viewFilters(state, false);
    const key = `${base}#${state.bucket ?? 'auto'}`;
    if (key === timeKey) return;
    timeKey = key;
    const fetchRows = async (b: Bucket) => {
      const q = new URLSearchParams(base);
      q.set('bucket', b);
      return (await getJson<{ rows: TimeRow[] }>(`/api/stats/time?${q}`)).rows;
    };
    let b: Bucket = state.bucket ?? 'day';
    let got = await fetchRows(b);
    if (!state.bucket && got.length) {
      // Auto: counted per day first; a long span is counted again per week or month.
      const span = dayOf(got[got.length - 1].start) - dayOf(got[0].start) + 1;
      if (autoBucket(span) !== 'day') got = await fetchRows((b = autoBucket(span)));
    }
    if (key !== timeKey) return;
    rows = got;
    shownBucket = b;
  }

  async function actorStats(state: ViewState): Promise<void> {
    const q = viewFilters(state, true);
    const key = q.toString();
    if (key === actorsKey) return;
    actorsKey = key;
    q.set('limit', '10');
    const stats = await getJson<ActorStats>(`/api/stats/actors?${q}`);
    if (key !== actorsKey) return;
    renderActors(actorsBox, stats, {
      actor: state.filters.actor,
      dyad: state.filters.dyad,
      pickActor: (name) => update({ filters: { actor: name ?? '' } }),
      pickDyad: (key) => update({ filters: { dyad: key ?? '' } }),
    });
  }

  return {
    async show(state) {
      measure.value = state.measure;
      bucket.value = state.bucket ?? '';
      renderDownloads(downloads, viewFilters(state, true));
      const d = state.filters.dyad?.split('|');
      pair.replaceChildren(...(d?.length === 2 ? [h('span', {}, 'Pair: ', h('strong', {}, d[0]), ' → ', h('strong', {}, d[1])),
        h('button', { type: 'button', class: 'clear-pair', title: 'show every pair', onclick: () => update({ filters: { dyad: '' } }) }, '× clear')] : []));
      try {
        await Promise.all([timeRows(state), actorStats(state)]);
        timeNote.textContent = `${state.measure} per ${shownBucket}${state.bucket ? '' : ' (auto)'}`;
      } catch (err) {
        timeNote.textContent = `could not load the charts: ${(err as Error).message}`;
        timeKey = actorsKey = null;
      }
      chart.show(rows, shownBucket, state.measure, state.from, state.to);
    },
  };
}
