// The map: Natural Earth countries (world-atlas, bundled; no tile server), incident markers clustered,
// coloured by event type and sized by fatalities. Hover shows a summary, click opens the dossier.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import type { ApiIncident } from '../../src/server/shapes.js';
import { colorOf } from './colors.js';
import { h } from './dom.js';

export interface IncidentMap {
  show(incidents: ApiIncident[]): void;
  focus(incident: ApiIncident): void;
  /** The next click on the map gives its point (a reviewer places an incident). */
  pick(done: (lat: number, lon: number) => void): void;
}

export function createMap(el: HTMLElement, onOpen: (id: number) => void): IncidentMap {
  const map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true, preferCanvas: false }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false).addAttribution('Countries: Natural Earth (world-atlas)');
  const topo = countries as unknown as Topology;
  L.geoJSON(feature(topo, topo.objects.countries) as any, {
    style: { color: '#8a8f98', weight: 0.6, fillColor: '#e9e6df', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);

  const cluster = L.markerClusterGroup({
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    iconCreateFunction: (c) => clusterIcon(c.getAllChildMarkers() as unknown as L.CircleMarker[]),
  });
  map.addLayer(cluster);
  let firstFit = true;

  return {
    pick(done) {
      el.classList.add('picking');
      map.once('click', (e: L.LeafletMouseEvent) => { el.classList.remove('picking'); done(e.latlng.lat, e.latlng.lng); });
    },
    show(incidents) {
      cluster.clearLayers();
      const markers: L.Layer[] = [];
      for (const inc of incidents) {
        if (inc.lat === null || inc.lon === null) continue;
        const best = inc.fatalities?.best ?? 0;
        const m = L.circleMarker([inc.lat, inc.lon], {
          radius: 6 + 3 * Math.log2(1 + best),
          color: '#222',
          weight: 1,
          fillColor: colorOf(inc.eventType),
          fillOpacity: 0.85,
          className: 'incident-marker',
        });
        (m as any).incidentType = inc.eventType;
        m.bindTooltip(() => summary(inc), { direction: 'top', sticky: false });
        m.on('click', () => onOpen(inc.id));
        m.on('add', () => m.getElement()?.setAttribute('data-incident', String(inc.id)));
        markers.push(m);
      }
      cluster.addLayers(markers);
      if (firstFit && markers.length) {
        firstFit = false;
        map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 6, animate: false });
      }
    },
    focus(inc) {
      if (inc.lat !== null && inc.lon !== null) map.setView([inc.lat, inc.lon], Math.max(map.getZoom(), 6));
    },
  };
}

/** A cluster shows its count, in the colour of its commonest event type. */
function clusterIcon(children: L.CircleMarker[]): L.DivIcon {
  const counts = new Map<string, number>();
  for (const m of children) counts.set((m as any).incidentType, (counts.get((m as any).incidentType) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const size = 28 + Math.min(20, Math.log2(children.length) * 4);
  const badge = h('div', { class: 'cluster-badge' }, String(children.length));
  badge.style.background = colorOf(top);
  badge.style.width = badge.style.height = badge.style.lineHeight = `${size}px`;
  return L.divIcon({ html: badge, className: 'incident-cluster', iconSize: [size, size] });
}

function summary(inc: ApiIncident): HTMLElement {
  const f = inc.fatalities;
  return h('div', { class: 'tip' },
    h('strong', {}, inc.subEventType || inc.eventType),
    h('div', {}, [inc.location, inc.country].filter(Boolean).join(', ') || 'unknown place'),
    h('div', {}, inc.dateStart ?? 'undated', inc.dateEnd && inc.dateEnd !== inc.dateStart ? ` – ${inc.dateEnd}` : ''),
    f ? h('div', {}, `fatalities ${f.low === f.high ? f.best : `${f.low}–${f.high}`}`) : null,
    inc.injuries ? h('div', {}, `injured ${inc.injuries.low === inc.injuries.high ? inc.injuries.best : `${inc.injuries.low}–${inc.injuries.high}`}`) : null,
    h('div', {}, `${inc.sources} independent source${inc.sources === 1 ? '' : 's'} · ${inc.status}`),
  );
}
