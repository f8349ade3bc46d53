// The view's state lives in the URL's query string, so a view can be bookmarked and shared.
// Server-side filters narrow what is fetched; the brush (from/to) narrows it further in the page.

export const SERVER_FILTERS = ['type', 'country', 'actor', 'dyad', 'source', 'status', 'min-sources', 'text', 'review'] as const;
export type FilterName = (typeof SERVER_FILTERS)[number];

export interface ViewState {
  filters: Partial<Record<FilterName, string>>;
  from: string | null; // brush, YYYY-MM-DD inclusive
  to: string | null;
  incident: number | null; // the open dossier
  view: 'map' | 'read' | 'sources';
  /** The time chart: bars per day, week or month (null: chosen by the span), counting incidents or fatalities. */
  bucket: 'day' | 'week' | 'month' | null;
  measure: 'incidents' | 'fatalities';
}

export function readState(search = location.search): ViewState {
  const p = new URLSearchParams(search);
  const filters: ViewState['filters'] = {};
  for (const name of SERVER_FILTERS) {
    const v = p.get(name);
    if (v) filters[name] = v;
  }
  const id = Number(p.get('incident'));
  return {
    filters,
    from: p.get('from'),
    to: p.get('to'),
    incident: Number.isInteger(id) && id > 0 ? id : null,
    bucket: (['day', 'week', 'month'] as const).find((b) => b === p.get('bucket')) ?? null,
    measure: p.get('measure') === 'fatalities' ? 'fatalities' : 'incidents',
    view: p.get('view') === 'read' || p.get('view') === 'sources' ? (p.get('view') as 'read' | 'sources') : 'map',
  };
}

export function writeState(s: ViewState, push = false): void {
  const p = new URLSearchParams();
  for (const name of SERVER_FILTERS) if (s.filters[name]) p.set(name, s.filters[name]!);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.incident) p.set('incident', String(s.incident));
  if (s.view !== 'map') p.set('view', s.view);
  if (s.bucket) p.set('bucket', s.bucket);
  if (s.measure !== 'incidents') p.set('measure', s.measure);
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

export function filterParams(s: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  for (const name of SERVER_FILTERS) if (s.filters[name]) p.set(name, s.filters[name]!);
  // The review queue comes most at stake first (flagged, then toll, sources, contradictions, vague readings).
  if (s.filters.review === 'queue') p.set('sort', 'priority');
  return p;
}

/** Whether an incident's dates meet the brushed range. */
export function inBrush(s: ViewState, start: string | null, end: string | null): boolean {
  if (!s.from && !s.to) return true;
  if (!start) return false;
  const last = end ?? start;
  return (!s.from || last >= s.from) && (!s.to || start <= s.to);
}
