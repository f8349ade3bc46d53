// The data behind the view: one link per export format to /api/export with the view's own filters and
// dates, so the file holds exactly the incidents the map, charts and list show (same origin: the CSP's
// default-src 'self' holds; the server names the file).
import { h } from './dom.js';

export const FORMATS: [format: string, label: string, title: string][] = [
  ['acled', 'ACLED CSV', 'one row per incident in ACLED\'s columns'],
  ['ucdp', 'UCDP CSV', 'one row per incident in UCDP GED\'s columns'],
  ['geojson', 'GeoJSON', 'a FeatureCollection of the located incidents'],
  ['jsonl', 'JSONL', 'one incident per line, every field'],
];

export function renderDownloads(el: HTMLElement, filters: URLSearchParams): void {
  el.replaceChildren(h('span', { class: 'downloads-label' }, 'Download this view:'),
    ...FORMATS.map(([format, label, title]) => {
      const q = new URLSearchParams(filters);
      q.set('format', format);
      return h('a', { class: 'download', href: `/api/export?${q}`, download: '', 'data-format': format, title }, label);
    }));
}
