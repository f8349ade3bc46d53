// An article page → its readable text and metadata, each in the order issue 16 gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage, type ReadPageOptions } from './page.js';
import { detectLanguage, normalizeTag } from './language.js';

const STORY = [
  'KHARKIV, Ukraine — Russian drones struck a residential district of Kharkiv overnight, killing three civilians and wounding eight others, the regional governor said on Thursday.',
  'Governor Oleh Syniehubov said the drones hit apartment buildings in the city\'s Saltivskyi district shortly after midnight. Rescue workers pulled two people from the rubble.',
  'Russia\'s defence ministry did not comment on the strike, which came hours after talks between the two sides ended without agreement.',
];
const paras = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const page = (head: string, body: string, lang = 'en'): string => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const opts: ReadPageOptions = { url: 'https://www.plains-herald.test/world/kharkiv-strike?utm_source=rss', today: '2026-03-13' };
const read = (html: string, o: Partial<ReadPageOptions> = {}) => {
  const r = readPage(html, { ...opts, ...o });
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
};

test('page: title, canonical URL (rel=canonical honoured, tracking dropped), outlet, date and language', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Drones kill three in Kharkiv (JSON-LD)', datePublished: '2026-03-12T06:10:00+02:00', inLanguage: 'en-GB', publisher: { '@type': 'Organization', name: 'Herald Media Group' } };
  const p = read(page(`<title>Drones kill three in Kharkiv | The Plains Herald</title><meta property="og:title" content="Drones kill three in Kharkiv">
    <meta property="og:site_name" content="The Plains Herald"><link rel="canonical" href="/world/kharkiv-strike-2026?utm_campaign=x&amp;fbclid=y">
    <script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article><h1>Drones kill three in Kharkiv</h1>${paras(STORY)}</article>`, 'en-gb'));
  assert.deepEqual({ ...p.input, text: undefined }, {
    id: 'https://www.plains-herald.test/world/kharkiv-strike-2026', url: 'https://www.plains-herald.test/world/kharkiv-strike-2026',
    title: 'Drones kill three in Kharkiv', outlet: 'The Plains Herald', published: '2026-03-12', language: 'en-GB', text: undefined,
  });
  assert.equal(p.publishedFrom, 'json-ld');
  assert.ok(p.input.text.includes(STORY[1]));
});

test('page: the publication date is JSON-LD, article:published_time, <time> in the article, the dateline, the feed item\'s date, in that order', () => {
  const ld = (d: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: d })}</script>`;
  const meta = '<meta property="article:published_time" content="2026-03-11T20:00:00Z">';
  const header = '<header class="site"><time datetime="2026-03-13">Friday 13 March</time></header>';
  const body = (time = '') => `${header}<article>${time}${paras(STORY)}</article>`;
  const feed = { published: '2026-03-12' };
  const cases: [string, string, string, string | undefined, string | undefined][] = [
    ['all of them', ld('2026-03-10') + meta, body('<time datetime="2026-03-09T10:00">9 March</time>'), '2026-03-10', 'json-ld'],
    ['an impossible JSON-LD date is passed over', ld('2026-02-30') + meta, body(), '2026-03-11', 'article:published_time'],
    ['<time> in the article, not the one in the site header', '', body('<time datetime="2026-03-09T10:00">9 March</time>'), '2026-03-09', 'time'],
    ['the dateline, its year from the feed item\'s date', '', `<article>${paras(['KHARKIV, Ukraine, March 7 — ' + STORY[0].slice(29), ...STORY.slice(1)])}</article>`, '2026-03-07', 'dateline'],
    ['the feed item\'s date last', '', `<article>${paras(STORY.slice(1))}</article>`, '2026-03-12', 'feed'],
  ];
  for (const [name, head, b, day, from] of cases) {
    const p = read(page(head, b), { feed });
    assert.deepEqual([p.input.published, p.publishedFrom], [day, from], name);
  }
  const none = read(page('', `<article>${paras(STORY.slice(1))}</article>`));
  assert.deepEqual([none.input.published, none.publishedFrom], [undefined, undefined]);
});

test('page: the outlet is og:site_name, the feed\'s title, the JSON-LD publisher, the host', () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article', publisher: { name: 'Publisher Name' } }] })}</script>`;
  const body = `<article>${paras(STORY)}</article>`;
  assert.equal(read(page(`<meta property="og:site_name" content="Site Name">${ld}`, body), { feed: { outlet: 'Feed Title' } }).input.outlet, 'Site Name');
  assert.equal(read(page(ld, body), { feed: { outlet: 'Feed Title' } }).input.outlet, 'Feed Title');
  assert.equal(read(page(ld, body)).input.outlet, 'Publisher Name');
  assert.equal(read(page('', body)).input.outlet, 'plains-herald.test');
  assert.equal(read(page('', body)).input.url, 'https://www.plains-herald.test/world/kharkiv-strike', 'no rel=canonical: the URL answered, cleaned');
});

test('page: navigation, cookie banners, share bars, related stories, comments and sign-up forms are left out', () => {
  const comments = ['Reader one wrote that this is terrible news and that the world must act now before it is too late for everybody, they said.', 'Reader two replied that the strikes had been going on for months, and that nobody in the city was surprised by them any more.'];
  // Marked up with elements and roles, around an <article>.
  const semantic = page('<title>Drones kill three</title>', `
    <header class="masthead"><nav><a href="/">Home</a> <a href="/world">World news and analysis from our correspondents</a></nav></header>
    <div id="cookie-banner" class="cookie-consent"><p>We use cookies and similar technologies to improve your experience, measure our audience and show you personalised advertising from our partners across the web.</p><button>Accept all</button></div>
    <main><article>
      <div class="share-bar"><a>Share on Facebook</a><a>Share on X</a></div>
      ${paras(STORY)}
      <aside class="related-stories"><h3>Related</h3><ul><li>Earlier strikes on the region left a power station damaged</li></ul></aside>
    </article></main>
    <section id="comments"><h3>Comments (12)</h3>${paras(comments)}</section>
    <form class="newsletter-signup"><p>Get our morning briefing in your inbox every day before breakfast, free of charge.</p><input></form>
    <footer><p>© The Plains Herald. All rights reserved. Terms of use. Contact us.</p></footer>`);
  // Plain divs named by class, boilerplate inside the story's own container: Readability alone keeps it.
  const divs = page('<title>Drones kill three</title>', `<div class="page"><div class="content">
    <div class="cookie-notice"><p>We use cookies and similar technologies to improve your experience, measure our audience and show you personalised advertising from our partners, as described in our cookie policy.</p></div>
    <div class="story">${paras(STORY.slice(0, 2))}
      <div class="share-tools"><p>Share this story with your friends, family and colleagues on Facebook, X, WhatsApp or by e-mail, and follow us for more.</p></div>
      ${paras(STORY.slice(2))}
      <div class="newsletter-box"><p>Get our morning briefing in your inbox every day before breakfast, free of charge, with the news that matters to you.</p></div>
      <div class="more-stories"><p>Earlier strikes on the region left a power station damaged, officials said, and promised more air defence systems for the front line.</p></div>
    </div>
    <div id="user-comments">${paras(comments)}</div></div></div>`);
  for (const [name, html] of [['semantic', semantic], ['divs', divs]]) {
    const p = read(html);
    for (const s of STORY) assert.ok(p.input.text.includes(s), `${name}: ${s.slice(0, 30)}`);
    for (const junk of ['cookies', 'Share', 'Related', 'power station', 'Reader one', 'briefing', 'rights reserved', 'correspondents']) {
      assert.ok(!p.input.text.includes(junk), `${name}: "${junk}" left in:\n${p.input.text}`);
    }
  }
});

test('page: an article a consent wall hides is read, without the wall', () => {
  const wall = `<div class="consent-wall" role="dialog" aria-modal="true"><h2>Your privacy choices</h2><p>${'We and our 843 partners store and access information on your device to serve personalised ads and content, measure ads and content, and develop our services. '.repeat(4)}</p><button>Agree and continue</button></div>`;
  for (const hide of ['hidden', 'aria-hidden="true"', 'style="display: none"']) {
    const p = read(page('', `${wall}<div class="article-body" ${hide}>${paras(STORY)}</div><div class="modal-menu" hidden><p>Menu</p></div>`));
    assert.ok(p.input.text.includes(STORY[0]) && p.input.text.includes(STORY[2]), `${hide}:\n${p.input.text}`);
    assert.ok(!/partners|privacy|Menu/.test(p.input.text), `${hide}:\n${p.input.text}`);
  }
});

test('page: an article not in English is marked with its language; an English one under a wrong template language is English', () => {
  const fr = read(page('', `<article>${paras(['Des drones russes ont frappé un quartier résidentiel de Kharkiv dans la nuit, tuant trois civils et en blessant huit autres, a annoncé jeudi le gouverneur de la région.', 'Selon le gouverneur, les drones ont touché des immeubles du quartier de Saltivskyi peu après minuit.'])}</article>`, 'fr'));
  assert.deepEqual([fr.input.language, fr.language.english], ['fr', false]);
  const ar = read(page('', `<article>${paras(['قصفت طائرات مسيرة روسية حيا سكنيا في مدينة خاركيف ليلا، ما أسفر عن مقتل ثلاثة مدنيين وإصابة ثمانية آخرين، وفق ما أعلن حاكم المنطقة يوم الخميس.', 'وقال الحاكم إن الطائرات أصابت مباني سكنية بعد منتصف الليل بقليل.'])}</article>`, 'en'));
  assert.deepEqual([ar.input.language, ar.language.english], ['und-Arab', false]);
  const en = read(page('', `<article>${paras(STORY)}</article>`, 'ar'));
  assert.deepEqual([en.input.language, en.language.english], ['en', true]);
});

test('language: declared tags normalised; the text decides when it is clear, the declaration when it is not', () => {
  assert.equal(normalizeTag('EN_us'), 'en-US');
  assert.equal(normalizeTag('zh-hant-tw'), 'zh-Hant-TW');
  assert.equal(normalizeTag('fr, en;q=0.5'), 'fr');
  assert.equal(normalizeTag('<script>'), null);
  const de = 'Russische Drohnen haben in der Nacht ein Wohnviertel von Charkiw getroffen und drei Zivilisten getötet, wie der Gouverneur der Region am Donnerstag mitteilte. Acht weitere Menschen wurden verletzt.';
  assert.deepEqual(detectLanguage(de, [null]), { tag: 'und-Latn', english: false, from: 'text' });
  assert.deepEqual(detectLanguage(de, ['de-DE']), { tag: 'de-DE', english: false, from: 'declared' });
  assert.deepEqual(detectLanguage(STORY.join(' '), [null, 'en-US']), { tag: 'en-US', english: true, from: 'declared' });
  assert.deepEqual(detectLanguage('Kharkiv update', ['uk']), { tag: 'uk', english: false, from: 'declared' });
  assert.deepEqual(detectLanguage('Kharkiv update', []), { tag: 'en', english: true, from: 'text' });
});
