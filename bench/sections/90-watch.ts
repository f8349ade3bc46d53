// 9. sitrep watch against a local web server (loopback only; nothing else is contacted): the bench
// corpus served as HTML article pages (navigation, a cookie notice and a footer around each article)
// listed in RSS feeds. First the rate: `sitrep watch FEED --once` over 1,000 pages (200 in --quick),
// fetched, reduced to text, read, stored and fused, start to exit. Then memory: the peak RSS of a watch
// over 10,000 items (2,000 in --quick) in ten feeds, which must stay bounded as items pile up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITREP, timed, type Row, type Section } from '../section.js';
import { localWeb, rss, type LocalWeb } from '../../test/support/local-web.js';

interface Article { id: string; text: string; title?: string; published?: string; outlet?: string }

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function pageOf(a: Article): string {
  const paras = a.text.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(a.title ?? a.id)}</title>
<meta property="og:site_name" content="${escape(a.outlet ?? 'Bench Outlet')}">${a.published ? `<meta property="article:published_time" content="${a.published}">` : ''}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-notice"><p>We use cookies to improve your experience and to show you advertising from our partners.</p></div>
<main><article><h1>${escape(a.title ?? '')}</h1>${paras}</article></main><footer><p>© ${escape(a.outlet ?? '')}. All rights reserved.</p></footer></body></html>`;
}

/** Serves `articles` as /a/N pages, listed `perFeed` to a feed (/feed-K.xml); returns the feed URLs. */
function serveCorpus(web: LocalWeb, articles: Article[], perFeed: number): string[] {
  web.route('/robots.txt', { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' });
  const feeds: string[] = [];
  for (let k = 0; k * perFeed < articles.length; k++) {
    const items = articles.slice(k * perFeed, (k + 1) * perFeed).map((a, i) => ({ title: escape(a.title ?? a.id), link: `${web.base}/a/${k * perFeed + i}` }));
    web.route(`/feed-${k}.xml`, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss(`Bench feed ${k}`, items) });
    feeds.push(`${web.base}/feed-${k}.xml`);
  }
  return feeds;
}

const section: Section = {
  name: 'watch',
  async run(ctx) {
    const rows: Row[] = [];
    const pages = ctx.quick ? 200 : 1000;
    const items = ctx.quick ? 2000 : 10_000;
    const corpus = await ctx.corpusFile(items);
    const articles = readFileSync(corpus.path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
    const web = await localWeb('127.0.0.1');
    for (let i = 0; i < articles.length; i++) web.route(`/a/${i}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: pageOf(articles[i]) });
    try {
      const small = serveCorpus(web, articles.slice(0, pages), pages);
      const args = ['--once', '--delay', '0', '--per-host', '8', '--quiet'];
      const t = await timed(process.execPath, [SITREP, 'watch', ...small, '--db', join(ctx.tmp, 'watch-rate.db'), ...args]);
      if (t.code !== 0) throw new Error(`sitrep watch exited with ${t.code}: ${t.stderr.slice(-800)}`);
      if (!new RegExp(`${pages} stored`).test(t.stdout)) throw new Error(`sitrep watch did not store every page: ${t.stdout}`);
      rows.push({ key: 'watch.rate', label: `sitrep watch --once: ${pages} pages from a local server fetched, reduced, read, stored and fused, start to exit`, value: (pages * 1000) / t.wallMs, unit: 'pages/s', better: 'higher' });
      if (t.cpuMs != null) rows.push({ key: 'watch.cpu', label: '  CPU per page (the watch process)', value: t.cpuMs / pages, unit: 'ms', better: 'lower' });
      if (t.maxRssMb != null) rows.push({ key: 'watch.rate.rss', label: '  peak RSS', value: t.maxRssMb, unit: 'MB', better: 'lower', must: 600 });

      const feeds = serveCorpus(web, articles, Math.ceil(items / 10));
      const big = await timed(process.execPath, [SITREP, 'watch', ...feeds, '--db', join(ctx.tmp, 'watch-big.db'), ...args]);
      if (big.code !== 0) throw new Error(`sitrep watch exited with ${big.code}: ${big.stderr.slice(-800)}`);
      const stored = Number(/(\d+) stored/.exec(big.stdout)?.[1] ?? NaN);
      rows.push({ key: 'watch.big.rate', label: `sitrep watch --once over ${items} items in 10 feeds: pages per second, start to exit (${stored} stored)`, value: (items * 1000) / big.wallMs, unit: 'pages/s', better: 'higher' });
      if (big.maxRssMb != null) rows.push({ key: 'watch.big.rss', label: `  peak RSS over ${items} items`, value: big.maxRssMb, unit: 'MB', better: 'lower', must: 600 });
    } finally {
      await web.close();
    }
    return rows;
  },
};
export default section;
