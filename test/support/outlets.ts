// Three local outlets on three loopback addresses, each with a feed whose one item reports the same drone
// strike in its own words (invented for the tests), and a robots.txt. Used by the watch tests on SQLite
// and on PostgreSQL, and by the bench.
import { localWeb, rss, type LocalWeb } from './local-web.js';

/** Three outlets' reports of one drone strike (invented for this test), each in its own words. */
export const OUTLETS = [
  {
    name: 'Northern Courier', address: '127.0.0.1', title: 'Drones kill three in Kharkiv',
    text: ['KHARKIV, Ukraine — Russian drones struck a residential district of Kharkiv overnight, killing three civilians and wounding eight others, the regional governor said on Thursday.',
      'Governor Oleh Syniehubov said the drones hit apartment buildings in the city\'s Saltivskyi district shortly after midnight. Rescue workers pulled two people from the rubble.',
      'Russia\'s defence ministry did not comment on the strike.'],
  },
  {
    name: 'Eastern Ledger', address: '127.0.0.2', title: 'Three dead after night drone attack',
    text: ['Russian drones struck apartment blocks in Kharkiv overnight, killing three people and wounding eight, Ukrainian officials said on Thursday.',
      'Governor Oleh Syniehubov said rescue workers were searching the rubble of two buildings in the Saltivskyi district.'],
  },
  {
    name: 'Kharkiv Morning', address: '127.0.0.3', title: 'City mourns three killed in strike',
    text: ['A Russian drone attack on Kharkiv killed three residents overnight, the city\'s mayor Ihor Terekhov said on Thursday.',
      'The drones struck homes in the north-east of the city, wounding eight people, he wrote on Telegram. Air raid sirens sounded across the region for several hours.'],
  },
];

export function articlePage(o: (typeof OUTLETS)[number], url: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${o.title} | ${o.name}</title>
<meta property="og:site_name" content="${o.name}"><meta property="og:title" content="${o.title}">
<meta property="article:published_time" content="2026-03-12T07:30:00+02:00"><link rel="canonical" href="${url}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="cookie-notice"><p>We use cookies to improve your experience and to show you advertising from our partners, as our cookie policy explains.</p></div>
<article><h1>${o.title}</h1>${o.text.map((p) => `<p>${p}</p>`).join('')}</article><footer>© ${o.name}</footer></body></html>`;
}

/** The three outlets' servers; `hold` keeps the answer of the third outlet's page until released. */
export async function outlets(opts: { hold?: boolean; slowFeed?: boolean } = {}) {
  const webs: LocalWeb[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => { release = r; });
  for (const [i, o] of OUTLETS.entries()) {
    const web = await localWeb(o.address);
    const page = `${web.base}/2026/03/12/kharkiv-strike`;
    web.route('/robots.txt', { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' });
    web.route('/feed.xml', async () => {
      // The third feed answers last, so its item is read last (items are read in the order they were found).
      if (i === 2 && opts.slowFeed) await new Promise((r) => setTimeout(r, 400));
      return { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss(o.name, [{ title: o.title, link: `${page}?utm_source=rss&utm_medium=feed`, date: 'Thu, 12 Mar 2026 06:00:00 GMT' }]) };
    });
    web.route('/2026/03/12/kharkiv-strike', async () => {
      if (i === 2 && opts.hold) await held;
      return { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePage(o, page) };
    });
    webs.push(web);
  }
  return { webs, release: () => release(), close: () => Promise.all(webs.map((w) => w.close())) };
}

