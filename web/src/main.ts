// The page: filters (kept in the URL) → incidents from the API → map, charts and list; a click
// opens the dossier; a second view reads an article. State flows one way: URL → render.
import './style.css';
import './map.css';
import type { ApiIncident, RawAction } from '../../src/server/shapes.js';
import { allIncidents, ApiFailure, getArticle, getIncident, placeCounts, reviewer, reviewIncident, token } from './api.js';
import type { ReviewHooks } from './review.js';
import { TYPES } from './colors.js';
import { byId, clear, h } from './dom.js';
import { renderDossier } from './dossier.js';
import { createMap } from './map.js';
import { createChoropleth } from './choropleth.js';
import { typeSymbol } from './shapes.js';
import { setupReader } from './reader.js';
import { showSources } from './sources.js';
import { filterParams, inBrush, readState, SERVER_FILTERS, writeState, type FilterName, type ViewState } from './state.js';
import { createCharts } from './charts.js';
import './print.css';

let state: ViewState = readState();
let incidents: ApiIncident[] = [];
let fetchedFor: string | null = null; // the filters the incidents were fetched for

const map = createMap(byId('map'), (id) => openIncident(id));
const charts = createCharts(byId('charts'), (change) => update(change, true));
const choropleth = createChoropleth(map.leaflet, map.basemap, byId('choropleth-legend'), (country) => update({ filters: { country } }, true));
let focusedFor: number | null = null; // the incident the map last moved to
let placesFor: number | null = null; // the incident whose other places the map shows

function update(change: Partial<ViewState>, push = false): void {
  state = { ...state, ...change, filters: { ...state.filters, ...(change.filters ?? {}) } };
  for (const k of Object.keys(state.filters) as FilterName[]) if (!state.filters[k]) delete state.filters[k];
  writeState(state, push);
  render();
}

async function render(): Promise<void> {
  document.body.dataset.view = state.view;
  const queue = state.filters.review === 'queue';
  byId('tab-map').classList.toggle('active', state.view === 'map' && !queue);
  byId('tab-queue').classList.toggle('active', state.view === 'map' && queue);
  byId('tab-read').classList.toggle('active', state.view === 'read');
  byId('tab-sources').classList.toggle('active', state.view === 'sources');
  showSources(state.view === 'sources');
  if (state.view === 'sources') return;
  syncForm();
  const key = filterParams(state).toString();
  if (key !== fetchedFor) {
    fetchedFor = key;
    byId('status').textContent = 'loading…';
    try {
      incidents = await allIncidents(filterParams(state));
    } catch (err) {
      byId('status').textContent = `could not load incidents: ${(err as Error).message}`;
      return;
    }
    if (key !== fetchedFor) return; // a newer filter won
    fillCountries();
  }
  const shown = incidents.filter((i) => inBrush(state, i.dateStart, i.dateEnd));
  byId('status').textContent = `${shown.length} of ${incidents.length} incidents${state.from || state.to ? ` · ${state.from ?? '…'} to ${state.to ?? '…'}` : ''}`;
  map.show(shown);
  charts.show(state);
  map.select(state.incident);
  syncMapTools();
  map.markersVisible(state.mapMode === 'markers');
  if (state.mapMode === 'markers') choropleth.clear();
  else void showChoropleth(key);
  // Opened from a link or the history: the map goes to the incident once its data is in.
  const open = state.incident ? incidents.find((i) => i.id === state.incident) : undefined;
  if (open && focusedFor !== open.id) { focusedFor = open.id; map.focus(open); }
  if (!state.incident) focusedFor = null;
  void showOtherPlaces();
  renderList(shown);
  await renderDossierPanel();
}

async function showChoropleth(key: string): Promise<void> {
  const q = filterParams(state);
  q.delete('sort');
  // The brushed dates as the server's date filters, so the shading follows the brush as the markers do.
  if (state.from) q.set('since', state.from);
  if (state.to) q.set('until', state.to);
  try {
    const counts = await placeCounts(state.mapMode === 'admin1' ? 'admin1' : 'country', q);
    if (key !== fetchedFor || state.mapMode === 'markers') return;
    await choropleth.show(state.mapMode as 'country' | 'admin1', state.measure, counts.rows, incidents);
  } catch (err) {
    byId('status').textContent = `could not count incidents by place: ${(err as Error).message}`;
  }
}

/** The open incident's other places (and where an attack came from) when asked for: from its articles' read places. */
async function showOtherPlaces(): Promise<void> {
  const want = byId<HTMLInputElement>('show-places').checked ? state.incident : null;
  if (want === placesFor) return;
  placesFor = want;
  if (!want) { map.places(null); return; }
  const inc = incidents.find((i) => i.id === want);
  try {
    const d = await getIncident(want);
    const articles = await Promise.all(d.sources.map((src) => getArticle(src.articleId)));
    if (placesFor !== want) return;
    const seen = new Set<string>();
    const out: { name: string; lat: number; lon: number; origin: boolean }[] = [];
    for (const a of articles) {
      for (const p of a.places) {
        if (p.lat === null || p.lon === null || !p.name) continue;
        if (inc && inc.lat !== null && Math.abs(p.lat - inc.lat) < 0.01 && Math.abs(p.lon - inc.lon!) < 0.01) continue;
        // "launched from X", "fired from the direction of X": the article names it as the attack's origin.
        const origin = /\b(?:launched|fired|came|coming|flew|shelled|struck)?\s*from\s+(?:the\s+)?(?:direction\s+of\s+|area\s+of\s+|occupied\s+)?$/i.test(a.text.slice(Math.max(0, p.start - 60), p.start));
        const key = `${p.name}|${origin}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ name: p.name, lat: p.lat, lon: p.lon, origin });
      }
    }
    map.places(out);
  } catch {
    map.places(null);
  }
}

function syncMapTools(): void {
  byId<HTMLSelectElement>('map-mode').value = state.mapMode;
  byId<HTMLSelectElement>('map-measure').value = state.measure;
  byId('map-tools').dataset.mode = state.mapMode;
  byId('legend').hidden = state.mapMode !== 'markers';
}

function renderList(shown: ApiIncident[]): void {
  const list = byId('list');
  const hadFocus = list.contains(document.activeElement);
  clear(list);
  for (const inc of shown.slice(0, 300)) {
    const f = inc.fatalities;
    list.appendChild(h('li', {
      class: `incident-row${inc.id === state.incident ? ' selected' : ''}`, 'data-incident': inc.id, tabindex: '0',
      'aria-current': inc.id === state.incident ? 'true' : null,
      onclick: () => openIncident(inc.id),
      onkeydown: (ev: KeyboardEvent) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); openIncident(inc.id, true); } },
    },
      typeSymbol(inc.eventType, 12, { title: inc.eventType, hollow: (inc.geoPrecision ?? 1) > 1 }), ' ', h('span', { class: 'date' }, inc.dateStart ?? 'undated'), ' ',
      h('strong', {}, inc.subEventType || inc.eventType), ' · ', [inc.location, inc.country].filter(Boolean).join(', ') || 'unknown place',
      f ? h('span', { class: 'fat' }, ` ${f.low === f.high ? f.best : `${f.low}–${f.high}`} killed`) : null,
      inc.injuries ? h('span', { class: 'fat' }, ` ${inc.injuries.low === inc.injuries.high ? inc.injuries.best : `${inc.injuries.low}–${inc.injuries.high}`} injured`) : null,
      h('span', { class: `badge status-${inc.status}` }, inc.status),
      inc.review.state !== 'unreviewed' ? h('span', { class: `badge review-badge review-${inc.review.state}` }, inc.review.state) : null,
      inc.review.flags.length ? h('span', { class: 'badge review-badge review-flagged' }, 'flagged') : null,
      h('span', { class: 'sources' }, `${inc.sources} src`)));
  }
  if (shown.length > 300) list.appendChild(h('li', { class: 'empty' }, `… and ${shown.length - 300} more: narrow the filters or the dates to list them`));
  if (!shown.length) list.appendChild(h('li', { class: 'empty' }, 'no incidents match'));
  // Keys moved the selection: the focus follows it, so the next key goes on from there.
  if (hadFocus) list.querySelector<HTMLElement>('.incident-row.selected')?.focus({ preventScroll: false });
}

let dossierFor: number | null = null;
let current: ApiIncident | null = null; // the open dossier's incident, at the version it was read

// ---- review -----------------------------------------------------------------------------------

const reviewerInput = byId<HTMLInputElement>('reviewer');
reviewerInput.value = reviewer.get();
reviewerInput.addEventListener('change', () => reviewer.set(reviewerInput.value.trim()));

/** The incidents listed, in the list's order (the queue's order in the review queue). */
const listed = (): ApiIncident[] => incidents.filter((i) => inBrush(state, i.dateStart, i.dateEnd));

/** The incident after (or before) the open one in the list. */
function neighbour(step: 1 | -1, from: number | null = state.incident): number | null {
  const list = listed();
  if (!list.length) return null;
  const at = list.findIndex((i) => i.id === from);
  const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : at + step;
  return list[next]?.id ?? null;
}

async function act(actions: RawAction[], why?: string): Promise<void> {
  const inc = current;
  if (!inc || inc.id !== state.incident) return;
  let by = reviewer.get();
  if (!by) {
    by = (window.prompt('Your name, kept with each review action:') ?? '').trim();
    if (!by) return;
    reviewer.set(by);
    reviewerInput.value = by;
  }
  // In the queue a verdict moves on to the next incident (the reviewed one leaves the queue).
  const verdict = actions.some((a) => a.action === 'confirm' || a.action === 'reject');
  const after = verdict && state.filters.review === 'queue' ? neighbour(1) : inc.id;
  byId('status').textContent = `${actions.map((a) => a.action).join(', ')} incident ${inc.id}…`;
  try {
    const done = await reviewIncident(inc.id, { version: inc.version, by, ...(why ? { why } : {}), actions });
    byId('status').textContent = `incident ${inc.id}: ${done.incident.review.state} (version ${done.incident.version})`;
    fetchedFor = null;
    dossierFor = null;
    update({ incident: after ?? inc.id });
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) {
      const t = window.prompt('This server needs its token for reviews:');
      if (t) token.set(t);
      byId('status').textContent = 'token set; try again';
      return;
    }
    byId('status').textContent = `could not review incident ${inc.id}: ${(err as Error).message}${err instanceof ApiFailure ? ` [${err.code}]` : ''}`;
    if (err instanceof ApiFailure && err.status === 409) { fetchedFor = null; dossierFor = null; render(); }
  }
}

const reviewHooks: ReviewHooks = {
  act,
  pickOnMap: (done) => map.pick(done),
  actors: () => [...new Set(incidents.flatMap((i) => [i.actor1, i.actor2, ...i.assocActors]).filter((a): a is string => !!a))].sort(),
};

// Keys (when no field has the focus): j/↓ next, k/↑ previous, c confirm, x reject.
document.addEventListener('keydown', (ev) => {
  const t = ev.target as HTMLElement;
  if (ev.altKey || ev.ctrlKey || ev.metaKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.isContentEditable || state.view !== 'map') return;
  const key = ev.key;
  if (key === 'j' || key === 'ArrowDown' || key === 'k' || key === 'ArrowUp') {
    // From the row that has the focus, else from the open incident.
    const row = t.closest<HTMLElement>('.incident-row');
    const id = neighbour(key === 'j' || key === 'ArrowDown' ? 1 : -1, row ? Number(row.dataset.incident) : state.incident);
    if (id != null) openIncident(id);
  } else if (key === 'c') act([{ action: 'confirm' }]);
  else if (key === 'x') act([{ action: 'reject' }]);
  else return;
  ev.preventDefault();
});
async function renderDossierPanel(): Promise<void> {
  const panel = byId('dossier');
  if (!state.incident) {
    panel.hidden = true;
    dossierFor = null;
    return;
  }
  if (dossierFor === state.incident) return;
  dossierFor = state.incident;
  panel.hidden = false;
  panel.replaceChildren(h('p', {}, 'loading…'));
  const want = state.incident;
  try {
    const d = await getIncident(want);
    if (dossierFor !== want) return;
    // A link to an incident merged away: the API sent us on (307) to the one that holds its reports now.
    const moved = d.incident.id !== want;
    if (moved) {
      dossierFor = d.incident.id;
      update({ incident: d.incident.id });
    }
    current = d.incident;
    panel.replaceChildren(...(moved ? [h('p', { class: 'merged-note', role: 'status' }, `Incident ${want} was merged into incident ${d.incident.id}.`)] : []),
      renderDossier(d, closeDossier, reviewHooks));
    panel.scrollTop = 0;
    if (focusDossier) { focusDossier = false; panel.focus(); }
  } catch (err) {
    panel.replaceChildren(h('p', { class: 'error' }, `could not load incident ${state.incident}: ${(err as Error).message}`));
  }
}

/** Opens an incident's dossier, and the map goes to it; `toDossier` moves the keyboard focus into the dossier. */
function openIncident(id: number, toDossier = false): void {
  focusedFor = null; // render() moves the map to it once the markers are drawn
  focusDossier = toDossier;
  update({ incident: id, view: 'map' }, true);
}
let focusDossier = false;

/** Closes the dossier; the keyboard focus goes back to the incident's row in the list. */
function closeDossier(): void {
  const was = state.incident;
  update({ incident: null });
  if (was) document.querySelector<HTMLElement>(`#list .incident-row[data-incident="${was}"]`)?.focus();
}
byId('dossier').addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') { ev.preventDefault(); closeDossier(); }
});

// ---- map tools ---------------------------------------------------------------------------------

byId<HTMLSelectElement>('map-mode').addEventListener('change', (ev) => update({ mapMode: (ev.target as HTMLSelectElement).value as typeof state.mapMode }, true));
byId<HTMLSelectElement>('map-measure').addEventListener('change', (ev) => update({ measure: (ev.target as HTMLSelectElement).value as typeof state.measure }));
byId<HTMLInputElement>('show-uncertainty').addEventListener('change', (ev) => byId('map').classList.toggle('hide-uncertainty', !(ev.target as HTMLInputElement).checked));
byId<HTMLInputElement>('show-places').addEventListener('change', () => void showOtherPlaces());
// On a phone the filters start folded, so the map has the screen.
if (window.matchMedia('(max-width: 700px)').matches) byId<HTMLDetailsElement>('filters-box').open = false;

// ---- filters form -----------------------------------------------------------------------------

const form = byId<HTMLFormElement>('filters');
function syncForm(): void {
  for (const name of SERVER_FILTERS) {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (el && document.activeElement !== el) el.value = state.filters[name] ?? '';
  }
}
function fillCountries(): void {
  const list = byId('countries');
  const codes = [...new Set(incidents.map((i) => i.country).filter((c): c is string => !!c))].sort();
  list.replaceChildren(...codes.map((c) => h('option', { value: c })));
}
const typeSelect = form.elements.namedItem('type') as HTMLSelectElement;
typeSelect.append(...TYPES.map((t) => h('option', { value: t }, t)));
let typing = 0;
form.addEventListener('input', (ev) => {
  const el = ev.target as HTMLInputElement;
  if (!SERVER_FILTERS.includes(el.name as FilterName)) return;
  clearTimeout(typing);
  const apply = () => update({ filters: { [el.name]: el.value.trim() } });
  if (el.tagName === 'SELECT' || el.type === 'number') apply();
  else typing = window.setTimeout(apply, 350);
});
form.addEventListener('submit', (ev) => ev.preventDefault());
byId('clear-filters').addEventListener('click', () => {
  state = { ...state, filters: {}, from: null, to: null };
  writeState(state);
  render();
});
byId('tab-map').addEventListener('click', () => update({ view: 'map', filters: state.filters.review === 'queue' ? { review: '' } : {} }, true));
byId('tab-queue').addEventListener('click', () => update({ view: 'map', filters: { review: 'queue' }, incident: null }, true));
byId('tab-read').addEventListener('click', () => update({ view: 'read' }, true));
byId('tab-sources').addEventListener('click', () => update({ view: 'sources' }, true));
window.addEventListener('popstate', () => {
  state = readState();
  render();
});
setupReader((ids) => {
  fetchedFor = null; // new data: fetch again
  update(ids.length ? { incident: ids[0] } : {});
});
byId('legend').append(...TYPES.map((t) => h('span', { class: 'legend-item' }, typeSymbol(t, 13), t)),
  h('span', { class: 'legend-item' }, typeSymbol('Protests', 13, { hollow: true }), 'hollow: place known to the area only (ring: how far)'));
render();
