// The map's "by place" mode: countries or admin-1 areas shaded by incidents or fatalities under the
// current filters, counted by the server (GET /api/stats/places). Admin-1 rows carry GeoNames names and
// the areas Natural Earth names, which differ ("Deir ez-Zor" / "Dayr Az Zawr"): a row is matched by
// its folded name, else by the area that holds most of its incidents' points.
import L from './leaflet-global.js';
import type { ApiIncident } from '../../src/server/shapes.js';
import type { Basemap } from './basemap.js';
import { textOn } from './contrast.js';
import { h } from './dom.js';

export type PlaceMode = 'country' | 'admin1';
export type Measure = 'incidents' | 'fatalities';
export interface PlaceRow { country: string | null; admin1?: string | null; incidents: number; fatalities: number }

/** Five classes, light to dark (ColorBrewer YlOrRd, colour-blind safe and legible in greyscale). */
export const SHADES = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];

/** Class limits for the values: quantiles of the distinct values, so a few large counts do not wash the rest out. */
export function classBreaks(values: number[]): number[] {
  const v = [...new Set(values.filter((x) => x > 0))].sort((a, b) => a - b);
  if (!v.length) return [];
  const out: number[] = [];
  for (let k = 1; k <= SHADES.length; k++) {
    const x = v[Math.min(v.length - 1, Math.ceil((k * v.length) / SHADES.length) - 1)];
    if (!out.length || x > out[out.length - 1]) out.push(x);
  }
  return out;
}
const shadeOf = (x: number, breaks: number[]): string | null => {
  if (x <= 0) return null;
  const k = breaks.findIndex((b) => x <= b);
  return SHADES[Math.round(((k < 0 ? breaks.length - 1 : k) / Math.max(1, breaks.length - 1)) * (SHADES.length - 1))];
};

/** A name as both gazetteers might write it: no accents, case, punctuation or area words. */
export function foldArea(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\b(governorate|province|oblast|region|state|district|department|county|prefecture|muhafazat|wilayah?|city|of|al|el|ar|as|ad|az|ash)\b/g, '')
    .replace(/[^a-z]/g, '');
}

function inRing(x: number, y: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
export function contains(f: GeoJSON.Feature, lon: number, lat: number): boolean {
  const g = f.geometry as any;
  const polys: number[][][][] = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some((p) => inRing(lon, lat, p[0]) && !p.slice(1).some((hole) => inRing(lon, lat, hole)));
}

export interface Choropleth {
  show(mode: PlaceMode, measure: Measure, rows: PlaceRow[], incidents: ApiIncident[]): Promise<void>;
  clear(): void;
}

export function createChoropleth(map: L.Map, basemap: Basemap, legendEl: HTMLElement, onPick: (country: string) => void): Choropleth {
  const pane = map.createPane('choropleth');
  pane.style.zIndex = '380';
  const layer = L.layerGroup().addTo(map);
  let drawing = 0;
  let lastMode: PlaceMode | null = null;
  return {
    clear() { layer.clearLayers(); legendEl.hidden = true; drawing++; lastMode = null; },
    async show(mode, measure, rows, incidents) {
      const mine = ++drawing;
      const value = (r: PlaceRow) => r[measure];
      const breaks = classBreaks(rows.map(value));
      const shapes: { feature: GeoJSON.Feature; row: PlaceRow; label: string }[] = [];
      if (mode === 'country') {
        const byCode = new Map(rows.filter((r) => r.country).map((r) => [r.country!, r]));
        for (const f of await basemap.countries()) {
          const row = byCode.get((f.properties as any).cc);
          if (row) shapes.push({ feature: f, row, label: (f.properties as any).name ?? row.country! });
        }
      } else {
        for (const cc of [...new Set(rows.map((r) => r.country).filter((c): c is string => !!c))]) {
          const areas = await basemap.admin1(cc);
          const byName = new Map(areas.map((f) => [foldArea(String((f.properties as any).name ?? '')), f]));
          for (const row of rows.filter((r) => r.country === cc && r.admin1)) {
            let f = byName.get(foldArea(row.admin1!));
            if (!f) {
              // The area holding most of the row's incidents.
              const votes = new Map<GeoJSON.Feature, number>();
              for (const inc of incidents) {
                if (inc.country !== cc || inc.admin1 !== row.admin1 || inc.lat === null || inc.lon === null) continue;
                const hit = areas.find((a) => contains(a, inc.lon!, inc.lat!));
                if (hit) votes.set(hit, (votes.get(hit) ?? 0) + 1);
              }
              f = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
            }
            if (f) shapes.push({ feature: f, row, label: `${row.admin1} (${cc})` });
          }
        }
      }
      if (mine !== drawing) return;
      layer.clearLayers();
      const fit = mode !== lastMode;
      lastMode = mode;
      for (const s of shapes) {
        const fill = shadeOf(value(s.row), breaks);
        L.geoJSON(s.feature as any, {
          pane: 'choropleth',
          style: { color: '#5a4a3a', weight: 1, fillColor: fill ?? '#f4f1ea', fillOpacity: fill ? 0.8 : 0.3 },
          onEachFeature: (_f, l) => {
            l.bindTooltip(`${s.label}: ${s.row.incidents} incident${s.row.incidents === 1 ? '' : 's'}, ${s.row.fatalities} killed`, { sticky: true, className: 'choropleth-tip' });
            l.on('add', () => (l as any).getElement?.()?.setAttribute('data-place', s.row.admin1 ? `${s.row.country}/${s.row.admin1}` : String(s.row.country)));
            if (s.row.country) l.on('click', () => onPick(s.row.country!));
          },
        }).addTo(layer);
      }
      legend(legendEl, measure, breaks, rows.length - new Set(shapes.map((s) => s.row)).size);
      // A new mode shows all it shaded; a change of filters keeps the view the user chose.
      const bounds = L.featureGroup(layer.getLayers() as L.Layer[]).getBounds();
      if (fit && bounds.isValid()) map.fitBounds(bounds.pad(0.1), { maxZoom: 7, animate: false });
    },
  };
}

function legend(el: HTMLElement, measure: Measure, breaks: number[], unplaced: number): void {
  el.hidden = false;
  const steps = breaks.map((b, k) => {
    const swatch = h('span', { class: 'swatch' }, `${k === 0 ? 1 : breaks[k - 1] + 1}${b > (k === 0 ? 1 : breaks[k - 1] + 1) ? `–${b}` : ''}`);
    const bg = SHADES[Math.round((k / Math.max(1, breaks.length - 1)) * (SHADES.length - 1))];
    swatch.style.background = bg;
    swatch.style.color = textOn(bg);
    return swatch;
  });
  el.replaceChildren(h('span', { class: 'choropleth-title' }, measure === 'incidents' ? 'Incidents' : 'Fatalities (best figures)'), ...steps);
  if (!breaks.length) el.append(h('span', {}, 'none under these filters'));
  if (unplaced) el.append(h('span', { class: 'unplaced' }, ` · ${unplaced} place${unplaced === 1 ? '' : 's'} without an outline on this map`));
}
