// The map's base layers, all from this server and loaded as the view needs them, so the first load stays
// small: country outlines (Natural Earth 1:110m built in, 1:50m from zoom 5), admin-1 areas with their names
// for the countries in view (from zoom 5), rivers and lakes (from zoom 6), town labels from the gazetteer
// (GET /api/places, by box and zoom), and a user's vector basemap when the server has one (--basemap).
import L from './leaflet-global.js';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import { h } from './dom.js';

export interface BasemapIndex { numeric: Record<string, string>; admin1: Record<string, [number, number, number, number]>; rivers: boolean }
export interface Town { name: string; lat: number; lon: number; population: number; country: string | null; kind: string }

export const ZOOM = { admin1: 5, admin1Labels: 5, countries50: 5, rivers: 6, towns: 3 } as const;

export interface Basemap {
  index: Promise<BasemapIndex | null>;
  /** A country's admin-1 areas (GeoJSON features with name and label point), fetched once. */
  admin1(cc: string): Promise<GeoJSON.Feature[]>;
  /** Country outlines with their alpha-2 code as `properties.cc`. */
  countries(): Promise<GeoJSON.Feature[]>;
}

const json = async <T>(url: string): Promise<T | null> => {
  const res = await fetch(url).catch(() => null);
  return res?.ok ? ((await res.json()) as T) : null;
};

export function createBasemap(map: L.Map): Basemap {
  for (const [name, z] of [['land', 200], ['admin', 350], ['water', 360], ['labels', 450]] as const) {
    const pane = map.createPane(name);
    pane.style.zIndex = String(z);
    if (name !== 'land') pane.style.pointerEvents = 'none';
  }
  const index = json<BasemapIndex>('/basemap/index.json');
  const coded = async (topo: Topology): Promise<GeoJSON.Feature[]> => {
    const codes = (await index)?.numeric ?? {};
    return (feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection).features.map((f) => ({ ...f, properties: { ...f.properties, cc: codes[String(f.id)] ?? null } }));
  };
  const landStyle = { color: '#7d838c', weight: 0.7, fillColor: '#ebe8e1', fillOpacity: 1 };
  const coarse = L.geoJSON((feature(countries110 as unknown as Topology, (countries110 as any).objects.countries) as any), { pane: 'land', style: landStyle, interactive: false }).addTo(map);
  let fine: Promise<GeoJSON.Feature[]> | null = null;
  const finer = () => (fine ??= json<Topology>('/basemap/countries-50m.json').then((t) => (t ? coded(t) : [])));
  let fineLayer: L.GeoJSON | null = null;

  const admin1Files = new Map<string, Promise<GeoJSON.Feature[]>>();
  const admin1 = (cc: string) => {
    let hit = admin1Files.get(cc);
    if (!hit) {
      hit = json<Topology>(`/basemap/admin1/${cc}.json`).then((t) => (t ? (feature(t, t.objects.admin1) as unknown as GeoJSON.FeatureCollection).features : []));
      admin1Files.set(cc, hit);
    }
    return hit;
  };
  const boundaries = L.layerGroup().addTo(map);
  const areaLabels = L.layerGroup().addTo(map);
  const drawn = new Set<string>();
  let rivers: L.GeoJSON | null = null;
  const towns = L.layerGroup().addTo(map);
  let townRequest = 0;

  async function refresh(): Promise<void> {
    const z = map.getZoom();
    const view = map.getBounds();
    // Outlines: the finer ones once close enough to see the difference.
    if (z >= ZOOM.countries50 && !fineLayer) {
      const f = await finer();
      if (f.length && !fineLayer) {
        fineLayer = L.geoJSON({ type: 'FeatureCollection', features: f } as any, { pane: 'land', style: landStyle, interactive: false }).addTo(map);
        coarse.remove();
      }
    }
    // Admin-1 areas of the countries in view (at most six at once: a province-sized view needs one or two).
    const idx = await index;
    if (idx && z >= ZOOM.admin1) {
      // The countries covering most of the view first.
      const overlap = (b: [number, number, number, number]) =>
        Math.max(0, Math.min(b[2], view.getEast()) - Math.max(b[0], view.getWest())) * Math.max(0, Math.min(b[3], view.getNorth()) - Math.max(b[1], view.getSouth()));
      const inView = Object.entries(idx.admin1).map(([cc, b]) => [cc, overlap(b)] as const).filter(([, a]) => a > 0)
        .sort((a, b) => b[1] - a[1]).slice(0, 6).map(([cc]) => cc);
      for (const cc of inView) {
        if (drawn.has(cc)) continue;
        drawn.add(cc);
        const features = await admin1(cc);
        L.geoJSON({ type: 'FeatureCollection', features } as any, { pane: 'admin', interactive: false, style: { color: '#8d7f9a', weight: 1, dashArray: '4 3', fill: false } }).addTo(boundaries);
        for (const f of features) {
          const lp = (f.properties as any)?.lp as [number, number] | null;
          if (!lp || !(f.properties as any).name) continue;
          L.marker([lp[1], lp[0]], { pane: 'labels', interactive: false, keyboard: false,
            icon: L.divIcon({ className: 'admin1-label', html: h('span', {}, (f.properties as any).name), iconSize: undefined as any }) }).addTo(areaLabels);
        }
      }
    }
    map.getContainer().classList.toggle('show-admin1-labels', z >= ZOOM.admin1Labels);
    if (idx?.rivers && z >= ZOOM.rivers && !rivers) {
      rivers = L.geoJSON(undefined, { pane: 'water', interactive: false, style: (f) => (f?.properties?.kind === 'lake' ? { color: '#6f9fc8', weight: 0.8, fillColor: '#b9d3e6', fillOpacity: 1 } : { color: '#6f9fc8', weight: 1.2 }) }).addTo(map);
      const data = await json<GeoJSON.FeatureCollection>('/basemap/rivers.json');
      if (data) rivers.addData(data as any);
    }
    if (rivers) map.getContainer().classList.toggle('hide-rivers', z < ZOOM.rivers);
    await refreshTowns(z);
  }

  async function refreshTowns(z: number): Promise<void> {
    const mine = ++townRequest;
    if (z < ZOOM.towns) { towns.clearLayers(); return; }
    const b = map.getBounds();
    const w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
    const bbox = [w, Math.max(-90, b.getSouth()), e, Math.min(90, b.getNorth())].map((x) => x.toFixed(3)).join(',');
    const got = await json<{ places: Town[] }>(`/api/places?bbox=${bbox}&zoom=${Math.round(z)}&limit=120`);
    if (!got || mine !== townRequest) return;
    towns.clearLayers();
    // Largest first; a label that would overlap one already placed is left out (as printed atlases do).
    const placed: L.Bounds[] = [];
    for (const t of got.places) {
      const p = map.latLngToContainerPoint([t.lat, t.lon]);
      const width = t.name.length * 6.5 + 10;
      const box = L.bounds([p.x - 4, p.y - 8], [p.x + width, p.y + 8]);
      if (placed.some((q) => q.intersects(box))) continue;
      placed.push(box);
      const cls = t.kind === 'PPLC' ? 'town-label capital' : t.population >= 1_000_000 ? 'town-label city' : 'town-label';
      L.marker([t.lat, t.lon], { pane: 'labels', interactive: false, keyboard: false,
        icon: L.divIcon({ className: cls, html: h('span', {}, t.name), iconSize: undefined as any, iconAnchor: [4, 8] }) }).addTo(towns);
    }
  }

  let pending = 0;
  map.on('moveend zoomend', () => {
    clearTimeout(pending);
    pending = window.setTimeout(() => void refresh(), 200);
  });
  map.whenReady(() => void refresh());

  void json<{ pmtiles: string | null }>('/api/basemap').then(async (b) => {
    if (!b?.pmtiles) return;
    // Only a server given --basemap costs the page the vector-tile renderer (a chunk of its own).
    const [{ leafletLayer }, { PMTiles }] = await Promise.all([import('protomaps-leaflet'), import('pmtiles')]);
    const archive = new PMTiles(b.pmtiles);
    // Tiles past the archive's deepest zoom are drawn from its deepest ones (an extract may stop at 10 or 15).
    const header = await archive.getHeader();
    const layer = leafletLayer({ url: archive as any, maxDataZoom: header.maxZoom, flavor: 'light', lang: 'en', attribution: 'Basemap: your PMTiles file (© OpenStreetMap contributors, Protomaps)' });
    layer.addTo(map);
    map.getContainer().classList.add('has-vector-basemap');
    coarse.setStyle({ fillOpacity: 0, weight: 0.5 });
    fineLayer?.setStyle({ fillOpacity: 0, weight: 0.5 });
  });

  return { index, admin1, countries: async () => (map.getZoom() >= ZOOM.countries50 ? finer() : coded(countries110 as unknown as Topology)) };
}
