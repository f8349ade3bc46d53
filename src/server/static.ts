// Serves the built web app (dist/web) from disk: no network at run time, no directory listing,
// nothing outside the root. Unknown paths without an extension get index.html (client-side routes).
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';
import { ApiError } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

export function staticHandler(root: string) {
  return async (c: Context) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      throw new ApiError(400, 'E_BAD_PATH', 'the path is not valid percent-encoding');
    }
    const rel = normalize(path === '/' ? '/index.html' : path);
    const file = join(root, rel);
    if (!file.startsWith(root + sep) || rel.includes('\0')) throw new ApiError(404, 'E_NOT_FOUND', 'no such file');
    const found = (await isFile(file)) ? file : extname(rel) ? null : join(root, 'index.html');
    if (!found || !(await isFile(found))) {
      if (found) throw new ApiError(503, 'E_NO_WEB', 'the web app is not built: run `npm run build`');
      throw new ApiError(404, 'E_NOT_FOUND', `no such file ${rel.slice(0, 80)}`);
    }
    const type = TYPES[extname(found)] ?? 'application/octet-stream';
    let body: Buffer = await readFile(found);
    // Text assets go gzipped to a client that takes it (the page's first load is a megabyte of script
    // and map data as text, a quarter of that compressed); compressed once per file version.
    if (COMPRESSIBLE.test(type) && body.length > 1024) {
      c.header('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        body = await gzipped(found, body);
        c.header('Content-Encoding', 'gzip');
      }
    }
    c.header('Content-Type', type);
    // Vite names built assets by content hash, so they never change under one name.
    c.header('Cache-Control', rel.startsWith(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(body as Uint8Array<ArrayBuffer>);
  };
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json)|image\/svg)/;
const cache = new Map<string, Buffer>();

async function gzipped(file: string, body: Buffer): Promise<Buffer> {
  const { mtimeMs, size } = await stat(file);
  const key = `${file}\0${mtimeMs}\0${size}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 512) cache.clear();
    hit = gzipSync(body, { level: 9 });
    cache.set(key, hit);
  }
  return hit;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
