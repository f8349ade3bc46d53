// 8½. The web app's first load: bytes transferred from opening the page until it is idle with the bundled
// examples drawn (issue 17: under 1 MB), on a wide screen and on a 360 px phone, in headless Debian
// chromium driven by playwright-core (skipped, saying so, when /usr/bin/chromium is not installed). The
// server runs in-process over a scratch SQLite store; needs the built web app (npm run build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app.js';
import { storeBackend } from '../../src/server/store-backend.js';
import { openStore } from '../../src/store/index.js';
import { launchChromium, skipWithoutChromium } from '../../test/support/browser.js';
import { FIRST_LOAD_BUDGET, measureFirstLoad } from '../../test/support/first-load.js';
import { ROOT, type Row, type Section } from '../section.js';

const section: Section = {
  name: 'web',
  async run(ctx) {
    if (skipWithoutChromium) { ctx.log(`web: ${skipWithoutChromium}`); return []; }
    const opened = openStore(join(ctx.tmp, 'web.db'));
    if (!opened.ok) throw new Error(opened.message);
    const store = opened.value;
    const server = serve({ fetch: createApp({ backend: storeBackend(store) }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const rows: Row[] = [];
    try {
      const index: { file: string; published: string; outlet?: string; title?: string }[] = JSON.parse(readFileSync(join(ROOT, 'examples', 'index.json'), 'utf8'));
      const articles = index.map((e) => ({ id: e.file, text: readFileSync(join(ROOT, 'examples', e.file), 'utf8'), published: e.published, outlet: e.outlet, title: e.title }));
      const posted = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(articles) });
      if (!posted.ok) throw new Error(`ingesting the examples: HTTP ${posted.status}`);
      for (const [key, label, viewport] of [['wide', '1400×900', { width: 1400, height: 900 }], ['phone', '360×740 phone', { width: 360, height: 740 }]] as const) {
        const context = await launchChromium({ viewport, profile: `sitrep-bench-${key}-` });
        try {
          const load = await measureFirstLoad(await context.newPage(), base);
          ctx.log(`web ${key}: ${load.requests} requests, ${load.bytes} bytes; largest ${load.largest.bytes} bytes ${load.largest.url.replace(base, '')}`);
          rows.push({ key: `web.firstload.${key}.bytes`, label: `web app first load, ${label}, ${articles.length} bundled examples: bytes transferred`, value: load.bytes, unit: 'bytes', better: 'lower', must: FIRST_LOAD_BUDGET });
          rows.push({ key: `web.firstload.${key}.requests`, label: `web app first load, ${label}: requests`, value: load.requests, unit: 'requests', better: 'lower' });
        } finally {
          await context.close();
        }
      }
    } finally {
      server.close();
      await store.close();
    }
    return rows;
  },
};
export default section;
