// The page: filters (kept in the URL) → incidents from the API → map, charts and list; a click
// opens the dossier; a second view reads an article. State flows one way: URL → render.
import './style.css';
import type { ApiIncident, RawAction } from '../../src/server/shapes.js';
import { allIncidents, ApiFailure, getIncident, reviewer, reviewIncident, token } from './api.js';
import type { ReviewHooks } from './review.js';
import { TYPES, colorOf } from './colors.js';
import { byId, clear, h } from './dom.js';
import { renderDossier } from './dossier.js';
import { createMap } from './map.js';
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
  renderList(shown);
  await renderDossierPanel();
}

function renderList(shown: ApiIncident[]): void {
  const list = byId('list');
  clear(list);
  for (const inc of shown.slice(0, 300)) {
    const dot = h('span', { class: 'type-dot' });
    dot.style.background = colorOf(inc.eventType);
    const f = inc.fatalities;
    list.appendChild(h('li', { class: `incident-row${inc.id === state.incident ? ' selected' : ''}`, 'data-incident': inc.id, onclick: () => openIncident(inc.id) },
      dot, h('span', { class: 'date' }, inc.dateStart ?? 'undated'), ' ',
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
function neighbour(step: 1 | -1): number | null {
  const list = listed();
  if (!list.length) return null;
  const at = list.findIndex((i) => i.id === state.incident);
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
    const id = neighbour(key === 'j' || key === 'ArrowDown' ? 1 : -1);
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
  try {
    const d = await getIncident(state.incident);
    if (dossierFor !== d.incident.id) return;
    current = d.incident;
    panel.replaceChildren(renderDossier(d, () => update({ incident: null }), reviewHooks));
    panel.scrollTop = 0;
  } catch (err) {
    panel.replaceChildren(h('p', { class: 'error' }, `could not load incident ${state.incident}: ${(err as Error).message}`));
  }
}

function openIncident(id: number): void {
  update({ incident: id, view: 'map' }, true);
  const inc = incidents.find((i) => i.id === id);
  if (inc) map.focus(inc);
}

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
byId('legend').append(...TYPES.map((t) => {
  const dot = h('span', { class: 'type-dot' });
  dot.style.background = colorOf(t);
  return h('span', { class: 'legend-item' }, dot, t);
}));
render();
