// The page: filters (kept in the URL) → incidents from the API → map, timeline and list; a click
// opens the dossier; a second view reads an article. State flows one way: URL → render.
import './style.css';
import type { ApiIncident } from '../../src/server/shapes.js';
import { allIncidents, getIncident } from './api.js';
import { TYPES, colorOf } from './colors.js';
import { byId, clear, h } from './dom.js';
import { renderDossier } from './dossier.js';
import { createMap } from './map.js';
import { setupReader } from './reader.js';
import { showSources } from './sources.js';
import { filterParams, inBrush, readState, SERVER_FILTERS, writeState, type FilterName, type ViewState } from './state.js';
import { createTimeline } from './timeline.js';

let state: ViewState = readState();
let incidents: ApiIncident[] = [];
let fetchedFor: string | null = null; // the filters the incidents were fetched for

const map = createMap(byId('map'), (id) => openIncident(id));
const timeline = createTimeline(byId('timeline'), (from, to) => update({ from, to }));

function update(change: Partial<ViewState>, push = false): void {
  state = { ...state, ...change, filters: { ...state.filters, ...(change.filters ?? {}) } };
  for (const k of Object.keys(state.filters) as FilterName[]) if (!state.filters[k]) delete state.filters[k];
  writeState(state, push);
  render();
}

async function render(): Promise<void> {
  document.body.dataset.view = state.view;
  byId('tab-map').classList.toggle('active', state.view === 'map');
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
  timeline.show(incidents, state.from, state.to);
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
      h('span', { class: 'sources' }, `${inc.sources} src`)));
  }
  if (shown.length > 300) list.appendChild(h('li', { class: 'empty' }, `… and ${shown.length - 300} more: narrow the filters or the dates to list them`));
  if (!shown.length) list.appendChild(h('li', { class: 'empty' }, 'no incidents match'));
}

let dossierFor: number | null = null;
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
    panel.replaceChildren(renderDossier(d, () => update({ incident: null })));
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
byId('tab-map').addEventListener('click', () => update({ view: 'map' }, true));
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
