// The web map's own data, all from this server (the page asks no other origin): town labels from the
// gazetteer for the box in view (GET /api/places), and a user's vector basemap (`sitrep serve --basemap
// FILE.pmtiles`), described at GET /api/basemap and served at /basemap.pmtiles in byte ranges, which is
// how a PMTiles reader fetches its header, directories and tiles.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import { ApiError } from './errors.js';
import { apiName, FilterError, FILTERS, intValue } from '../filters/grammar.js';
import type { IncidentFilter } from '../store/store.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { townsIn } from '../gazetteer/towns.js';

export const BASEMAP_PATH = '/basemap.pmtiles';
/** One range is at most this long: a PMTiles reader asks for 16 KiB headers and single tiles. */
const MAX_RANGE = 32 * 1024 * 1024;

export function mapRoutes(app: Hono, gazetteer: () => Gazetteer, basemap: string | null): void {
  const bboxDef = FILTERS.find((d) => d.name === 'bbox')!;
  app.get('/api/places', (c) => {
    const { bbox, zoom, limit, ...rest } = c.req.query();
    const unknown = Object.keys(rest)[0];
    if (unknown) throw new ApiError(400, 'E_UNKNOWN_PARAM', `unknown parameter "${unknown.slice(0, 40)}"; known: bbox, zoom, limit`);
    if (bbox === undefined || zoom === undefined) throw new ApiError(400, 'E_BAD_PARAM', 'parameters "bbox" (W,S,E,N) and "zoom" (0 to 20) are required');
    const q: IncidentFilter = {};
    try {
      bboxDef.read(bbox, q, apiName);
      const z = intValue(zoom, 'zoom', 0, 20, apiName);
      const n = limit === undefined ? 150 : intValue(limit, 'limit', 1, 500, apiName);
      return c.json({ zoom: z, places: townsIn(gazetteer(), { box: q.bbox!, zoom: z, limit: n }) });
    } catch (err) {
      if (err instanceof FilterError) throw new ApiError(400, 'E_BAD_PARAM', err.message);
      throw err;
    }
  });

  app.get('/api/basemap', (c) => c.json({ pmtiles: basemap ? BASEMAP_PATH : null }));
  app.on(['GET', 'HEAD'], BASEMAP_PATH, (c) => {
    if (!basemap) throw new ApiError(404, 'E_NO_BASEMAP', 'this server has no basemap: start it with sitrep serve --basemap FILE.pmtiles');
    return serveRanges(c, basemap);
  });
}

/** A file in byte ranges (RFC 9110 §14): one range per request, 206 with Content-Range, 416 past the end. */
async function serveRanges(c: Context, file: string): Promise<Response> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ApiError(503, 'E_NO_BASEMAP', 'the basemap file cannot be read');
  const size = info.size;
  c.header('Accept-Ranges', 'bytes');
  c.header('Content-Type', 'application/vnd.pmtiles');
  c.header('ETag', `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`);
  c.header('Cache-Control', 'no-cache');
  const header = c.req.header('range');
  if (!header) {
    c.header('Content-Length', String(size));
    if (c.req.method === 'HEAD') return c.body(null, 200);
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream, 200);
  }
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  let start: number, end: number;
  if (!m || (m[1] === '' && m[2] === '')) throw new ApiError(416, 'E_RANGE', 'one range of bytes, as bytes=START-END, is served');
  if (m[1] === '') { start = Math.max(0, size - Number(m[2])); end = size - 1; } // the last N bytes
  else { start = Number(m[1]); end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1); }
  if (start >= size || end < start) {
    c.header('Content-Range', `bytes */${size}`);
    throw new ApiError(416, 'E_RANGE', `the range ${header.slice(0, 60)} is outside the file's ${size} bytes`);
  }
  end = Math.min(end, start + MAX_RANGE - 1);
  const length = end - start + 1;
  c.header('Content-Range', `bytes ${start}-${end}/${size}`);
  c.header('Content-Length', String(length));
  if (c.req.method === 'HEAD') return c.body(null, 206);
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, start);
    return c.body(buf.subarray(0, bytesRead), 206);
  } finally {
    await handle.close();
  }
}
