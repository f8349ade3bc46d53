// "Read an article": paste text or drop a file (.txt or .html), see the reading live with places,
// incidents and claims highlighted, then store it with one click.
import { ApiFailure, extract, storeArticle, token, type Extraction } from './api.js';
import { colorOf } from './colors.js';
import { byId, h } from './dom.js';
import { highlightText, type Highlight } from './highlight.js';

export function setupReader(onStored: (incidents: number[]) => void): void {
  const input = byId<HTMLTextAreaElement>('reader-text');
  const published = byId<HTMLInputElement>('reader-published');
  const drop = byId('reader-drop');
  const out = byId('reader-output');
  const status = byId('reader-status');
  const storeBtn = byId<HTMLButtonElement>('reader-store');
  let isHtml = false;
  let timer = 0;
  let seq = 0;

  const read = async () => {
    const text = input.value;
    storeBtn.disabled = true;
    if (!text.trim()) {
      out.replaceChildren();
      status.textContent = 'paste an article or drop a .txt / .html file';
      return;
    }
    const mine = ++seq;
    status.textContent = 'reading…';
    try {
      const result = await extract(text, isHtml || /^\s*</.test(text), published.value || undefined);
      if (mine !== seq) return;
      out.replaceChildren(renderExtraction(result));
      status.textContent = `${result.places.length} places · ${result.events.length} incidents · ${result.claims.length} claims`;
      storeBtn.disabled = false;
    } catch (err) {
      if (mine !== seq) return;
      out.replaceChildren();
      status.textContent = describe(err);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = window.setTimeout(read, 400);
  };
  input.addEventListener('input', () => {
    isHtml = false;
    schedule();
  });
  published.addEventListener('change', schedule);

  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    const file = ev.dataTransfer?.files[0];
    if (!file) return;
    input.value = await file.text();
    isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
    read();
  });

  storeBtn.addEventListener('click', async () => {
    storeBtn.disabled = true;
    status.textContent = 'storing…';
    try {
      const r = await storeArticle({ text: input.value, ...(published.value ? { published: published.value } : {}) });
      const item = r.items[0];
      if (item?.status === 'failed') status.textContent = `not stored: ${item.error?.message ?? 'failed'}`;
      else {
        status.textContent = item?.status === 'duplicate' ? 'already stored (duplicate)' : `stored as article ${item?.articleId}; incidents ${item?.incidents.join(', ') || 'none'}`;
        onStored(item?.incidents ?? []);
      }
    } catch (err) {
      status.textContent = describe(err);
      storeBtn.disabled = false;
    }
  });
}

function describe(err: unknown): string {
  if (err instanceof ApiFailure && err.status === 401) {
    const t = window.prompt('This server needs its token to read or store articles:');
    if (t) token.set(t);
    return 'token set; try again';
  }
  return err instanceof ApiFailure ? `${err.message} [${err.code}]` : String(err);
}

export function renderExtraction(r: Extraction): HTMLElement {
  const spans: Highlight[] = [
    ...r.events.flatMap((e) => e.evidence.map((s) => ({ ...s, kind: 'evidence', label: `${e.id}: ${e.subEventType}` }))),
    ...r.events.flatMap((e) => (e.trigger ? [{ ...e.trigger, kind: 'event', label: `${e.id}: ${e.eventType}` }] : [])),
    ...r.places.map((p) => ({ ...p, kind: 'place', label: `place: ${p.name ?? 'unresolved'}${p.country ? ` (${p.country})` : ''}` })),
    ...r.claims.flatMap((c) => [
      { ...c.source, kind: 'source', label: `source: ${c.source.name} (${c.source.kind})` },
      { ...c.cue, kind: 'cue', label: `${c.id}: ${c.stance}${c.hedged ? ', hedged' : ''}` },
    ]),
  ];
  const events = r.events.map((e) => {
    const dot = h('span', { class: 'type-dot' });
    dot.style.background = colorOf(e.eventType);
    const f = e.fatalities;
    return h('li', { class: 'read-event' }, dot, `${e.subEventType} · ${e.location?.name ?? 'unknown place'} · ${e.date.start ?? 'undated'}`,
      f ? ` · fatalities ${f.low === f.high ? f.best : `${f.low}–${f.high}`}` : '',
      e.injuries ? ` · injured ${e.injuries.low === e.injuries.high ? e.injuries.best : `${e.injuries.low}–${e.injuries.high}`}` : '', ` · ${e.status}`);
  });
  const claims = r.claims.map((c) => h('li', { class: 'read-claim' }, `${c.source.name} (${c.source.kind}) ${c.cue.text} — ${c.stance}${c.hedged ? ', hedged' : ''}`));
  return h('div', { class: 'extraction' },
    h('div', { class: 'legend' }, ['place', 'event', 'source', 'cue', 'evidence'].map((k) => h('mark', { class: `hl-${k}` }, k))),
    highlightText(r.text, spans),
    h('h3', {}, `Incidents (${r.events.length})`), events.length ? h('ul', {}, events) : h('p', {}, 'none read'),
    h('h3', {}, `Claims (${r.claims.length})`), claims.length ? h('ul', {}, claims) : h('p', {}, 'none read'),
  );
}
