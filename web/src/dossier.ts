// The incident dossier: what, where, when, who; the ranges of the dead and the injured and the claim behind each figure;
// status; claims by source; contradictions side by side; each source article with its evidence
// sentences highlighted; the fusion history.
import type { ApiSide, ApiSource, ApiWhy, IncidentDetail } from '../../src/server/shapes.js';
import { getArticle } from './api.js';
import { typeSymbol } from './shapes.js';
import { h } from './dom.js';
import { highlightText, type Highlight } from './highlight.js';
import { reviewPanel, splitButton, type ReviewHooks } from './review.js';

const PRECISION = { 1: 'day', 2: 'week or range', 3: 'month' } as const;
const GEO = { 1: 'town', 2: 'near / part of region', 3: 'region' } as const;

export function renderDossier(d: IncidentDetail, onClose: () => void, review?: ReviewHooks): HTMLElement {
  const inc = d.incident;
  const when = inc.dateStart ? (inc.dateEnd && inc.dateEnd !== inc.dateStart ? `${inc.dateStart} – ${inc.dateEnd}` : inc.dateStart) : 'undated';
  const where = [...new Set([inc.location, inc.admin1, inc.country].filter(Boolean))].join(', ') || 'unknown place';
  const typeTag = typeSymbol(inc.eventType, 16, { title: inc.eventType, hollow: (inc.geoPrecision ?? 1) > 1 });
  return h('article', { class: 'dossier', 'data-incident': inc.id },
    h('header', {},
      h('button', { class: 'close', title: 'close (Escape)', 'aria-label': 'close the dossier', onclick: onClose }, '×'),
      h('h2', {}, typeTag, `${inc.subEventType || inc.eventType} `, h('span', { class: `badge status-${inc.status}` }, inc.status),
        inc.review.state !== 'unreviewed' ? h('span', { class: `badge review-badge review-${inc.review.state}` }, inc.review.state) : null,
        inc.review.flags.length ? h('span', { class: 'badge review-badge review-flagged' }, 'flagged') : null),
      h('p', { class: 'summary' }, inc.summary),
    ),
    h('dl', { class: 'facts' },
      fact('What', `${inc.eventType} · ${inc.subEventType}`),
      fact('Where', `${where}${inc.lat !== null ? ` (${inc.lat.toFixed(3)}, ${inc.lon!.toFixed(3)})` : ''}${inc.geoPrecision ? ` · precision: ${GEO[inc.geoPrecision]}` : ''}`),
      fact('When', `${when} · precision: ${PRECISION[inc.datePrecision]}`),
      fact('Who', [inc.actor1 ?? 'unknown actor', inc.actor2 ? `against ${inc.actor2}` : null, inc.assocActors.length ? `with ${inc.assocActors.join(', ')}` : null].filter(Boolean).join(' ')),
      fact('Sources', `${inc.sources} independent · ${inc.articles} article${inc.articles === 1 ? '' : 's'} · ${inc.outlets.join(', ') || 'no outlet named'}`),
    ),
    review ? reviewPanel(d, review) : null,
    toll(d, 'fatalities', 'Fatalities'),
    toll(d, 'injuries', 'Injured'),
    claimsTable(d),
    contradictions(d),
    h('section', {}, h('h3', {}, 'Source articles'), d.sources.map((s) => sourceBlock(s, d.sources.length > 1 ? review : undefined))),
    d.history.length ? h('section', { class: 'history' }, h('h3', {}, 'History'),
      h('ol', {}, d.history.map((e) => h('li', {}, `${e.at.slice(0, 19).replace('T', ' ')} · ${e.action} · ${e.detail}`)))) : null,
  );
}

function fact(term: string, value: string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

/** A toll (the dead or the injured): low, best and high, each with the source and outlet that gave it. */
function toll(d: IncidentDetail, key: 'fatalities' | 'injuries', title: string): HTMLElement {
  const range = d[key]?.range ?? null;
  if (!range) return h('section', { class: `fatalities toll-${key}` }, h('h3', {}, title), h('p', {}, 'no figure reported'));
  const basis = d[key].basis;
  const row = (label: string, key: 'low' | 'best' | 'high') => {
    const b = basis?.[key];
    return h('tr', {}, h('th', {}, label), h('td', { class: 'num' }, String(range[key])),
      h('td', {}, b ? `${b.source ?? b.outlet ?? 'the outlet'}${b.outlet && b.source ? ` (in ${b.outlet})` : ''}` : ''));
  };
  return h('section', { class: `fatalities toll-${key}` }, h('h3', {}, title),
    h('table', {}, h('tbody', {}, row('low', 'low'), row('best', 'best'), row('high', 'high'))));
}

function claimsTable(d: IncidentDetail): HTMLElement {
  if (!d.claims.length) return h('section', { class: 'claims' }, h('h3', {}, 'Claims'), h('p', {}, 'no attributed claims'));
  return h('section', { class: 'claims' }, h('h3', {}, `Claims (${d.claims.length})`),
    h('table', { class: 'claims-table' },
      h('thead', {}, h('tr', {}, ['Source', 'Kind', 'Stance', 'Hedged', 'Quote', 'Outlet'].map((t) => h('th', {}, t)))),
      h('tbody', {}, d.claims.map((c) => h('tr', { class: `stance-${c.stance}` },
        h('td', {}, c.source.name, c.via ? h('small', {}, ` citing ${c.via}`) : null),
        h('td', {}, c.source.kind.replace('_', ' ')),
        h('td', {}, c.stance.replace('_', ' ')),
        h('td', {}, c.hedged ? 'hedged' : '—'),
        h('td', { class: 'quote' }, h('q', {}, c.quote)),
        h('td', {}, c.outlet ?? ''),
      )))));
}

function contradictions(d: IncidentDetail): HTMLElement | null {
  if (!d.contradictions.length) return null;
  const side = (label: string, s: ApiSide) => h('div', { class: 'side' }, h('h4', {}, label),
    h('p', {}, h('strong', {}, s.source ?? s.outlet ?? 'unnamed'), s.outlet && s.source ? ` (in ${s.outlet})` : ''),
    h('p', {}, s.detail), s.quote ? h('blockquote', {}, s.quote) : null);
  return h('section', { class: 'contradictions' }, h('h3', {}, 'Contradictions'),
    d.contradictions.map((c) => h('div', { class: 'contradiction' }, h('div', { class: 'kind' }, c.kind),
      h('div', { class: 'sides' }, side('asserts', c.asserts), side('disputes', c.disputes)))));
}

function sourceBlock(s: ApiSource, review?: ReviewHooks): HTMLElement {
  const body = h('div', { class: 'source-body' });
  const toggle = h('button', { class: 'show-article' }, 'show article');
  let loaded = false;
  toggle.addEventListener('click', async () => {
    if (loaded) {
      body.hidden = !body.hidden;
      toggle.textContent = body.hidden ? 'show article' : 'hide article';
      return;
    }
    loaded = true;
    toggle.textContent = 'hide article';
    body.textContent = 'loading…';
    try {
      const a = await getArticle(s.articleId);
      const spans: Highlight[] = [
        ...s.evidence.map((e) => ({ ...e, kind: 'evidence', label: 'evidence for this incident' })),
        ...a.events.flatMap((e) => (e.trigger ? [{ ...e.trigger, kind: 'event', label: `${e.eventType}: ${e.subEventType}` }] : [])),
        ...a.places.map((p) => ({ ...p, kind: 'place', label: `place: ${p.name ?? 'unresolved'}${p.country ? ` (${p.country})` : ''}` })),
        ...a.claims.flatMap((c) => [
          { ...c.source, kind: 'source', label: `source: ${c.source.name} (${c.source.kind})` },
          { ...c.cue, kind: 'cue', label: `${c.stance}${c.hedged ? ', hedged' : ''}` },
        ]),
      ];
      body.replaceChildren(highlightText(a.text, spans));
    } catch (err) {
      body.textContent = `could not load the article: ${(err as Error).message}`;
    }
  });
  return h('div', { class: 'source', 'data-article': s.articleId },
    h('div', { class: 'source-head' },
      h('strong', {}, s.outlet ?? 'unknown outlet'), ` · ${s.published ?? 'undated'} · `,
      s.title ?? `article ${s.articleId}`, s.copyOf ? h('span', { class: 'badge copy' }, `copy of article ${s.copyOf}`) : null, ' ', toggle,
      review && s.events?.length ? splitButton(s.events.map((e) => e.id), review) : null),
    s.evidence.length ? h('ul', { class: 'evidence' }, s.evidence.map((e) => h('li', {}, h('mark', { class: 'hl-evidence' }, e.text)))) : null,
    s.events?.length ? h('div', { class: 'read-as' }, 'read as ', ...s.events.map((e) => whyChip(e.subEventType, e.why))) : null,
    body,
  );
}

/** An event of a source, with the rules that coded each of its fields on hover (and for screen readers,
 * in its accessible name): "type: air.warplane-struck (struck)". */
function whyChip(subEventType: string, why: ApiWhy | undefined): HTMLElement {
  const lines = Object.entries(why ?? {}).map(([field, reasons]) =>
    `${field}: ${(reasons ?? []).map((r) => (r.text ? `${r.rule} (${r.text})` : r.rule)).join(', ')}`);
  const label = lines.length ? `${subEventType}, chosen by: ${lines.join('; ')}` : subEventType;
  return h('span', { class: 'why-chip', tabindex: '0', title: lines.join('\n') || 'no rule recorded', 'aria-label': label }, subEventType);
}
