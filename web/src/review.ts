// The dossier's review panel: a person confirms, rejects, corrects a field (a place by map click or by
// gazetteer name, actors from the known ones), merges, splits a report off, notes, and reverts any
// action. Each action names the version the page read; a 409 (someone else changed it) reloads.
import type { ApiReviewRecord, IncidentDetail, RawAction } from '../../src/server/shapes.js';
import { h } from './dom.js';

export const REVIEW_KEYS = 'j / ↓ next · k / ↑ previous · c confirm · x reject';

/** The page's side of a review: send actions (resolves when done and reloaded), pick a point on the map. */
export interface ReviewHooks {
  act(actions: RawAction[], why?: string): Promise<void>;
  pickOnMap(done: (lat: number, lon: number) => void): void;
  actors: () => string[];
}

const FIELDS: [string, string][] = [
  ['type', 'Battles, Protests, …'], ['sub-type', 'Armed clash, Air/drone strike, …'], ['date', 'YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, /1 /2 /3 precision'],
  ['location', 'a place name ("Kherson, UA") or LAT,LON; /1 /2 /3 precision'], ['actor1', 'a name, or none'], ['actor2', 'a name, or none'],
  ['fatalities', 'N, LOW-HIGH or LOW-BEST-HIGH, or none'], ['injuries', 'N, LOW-HIGH or LOW-BEST-HIGH, or none'], ['status', 'alleged, acknowledged, denied, unclaimed'],
];

export function reviewPanel(d: IncidentDetail, hooks: ReviewHooks): HTMLElement {
  const inc = d.incident;
  const r = inc.review;
  const why = h('input', { class: 'review-why', placeholder: 'why (kept with the action)', size: 28 });
  const reason = () => why.value.trim() || undefined;
  const field = h('select', { class: 'review-field' }, FIELDS.map(([f]) => h('option', { value: f }, f)));
  const value = h('input', { class: 'review-value', size: 24, list: 'review-actors', placeholder: FIELDS[0][1] });
  field.addEventListener('change', () => { value.placeholder = FIELDS.find(([f]) => f === field.value)![1]; });
  const actors = h('datalist', { id: 'review-actors' }, hooks.actors().map((a) => h('option', { value: a })));
  const pick = h('button', { type: 'button', class: 'review-pick', title: 'click the map to place the incident' }, 'pick on map');
  pick.addEventListener('click', () => {
    field.value = 'location';
    pick.textContent = 'click the map…';
    hooks.pickOnMap((lat, lon) => { value.value = `${lat.toFixed(4)},${lon.toFixed(4)}/1`; pick.textContent = 'pick on map'; });
  });
  const other = h('input', { class: 'review-merge', size: 6, inputmode: 'numeric', placeholder: 'id' });
  const note = h('input', { class: 'review-note', size: 30, placeholder: 'a note for the history' });
  const button = (label: string, cls: string, title: string, run: () => Promise<void> | void) =>
    h('button', { type: 'button', class: cls, title, onclick: () => run() }, label);
  return h('section', { class: `review review-${r.state}`, 'data-state': r.state, 'data-version': inc.version },
    h('h3', {}, 'Review'),
    h('p', { class: 'review-state' }, h('span', { class: `badge review-badge review-${r.state}` }, r.state), ` version ${inc.version}`,
      r.by ? ` · by ${r.by} ${r.at?.slice(0, 16).replace('T', ' ') ?? ''}` : '',
      r.locked.length ? ` · set by a person: ${r.locked.join(', ')}` : '', r.pinned ? ' · membership fixed by a person' : ''),
    r.flags.length ? h('ul', { class: 'review-flags' }, r.flags.map((f) => h('li', {}, f))) : null,
    h('div', { class: 'review-actions' },
      button('Confirm', 'review-confirm', 'the reading is right (key c)', () => hooks.act([{ action: 'confirm' }], reason())),
      button('Reject', 'review-reject', 'not an incident (key x)', () => hooks.act([{ action: 'reject' }], reason())), why),
    h('div', { class: 'review-set' }, 'Correct ', field, ' = ', value, actors, pick,
      button('Set', 'review-set-button', 'set the field: fusion never overwrites it', () => hooks.act([{ action: 'set', field: field.value, value: value.value.trim() || null }], reason()))),
    h('div', { class: 'review-more' }, 'Merge incident ', other,
      button('Merge', 'review-merge-button', 'the same incident: its reports join this one', () => {
        const id = Number(other.value);
        return Number.isInteger(id) && id > 0 ? hooks.act([{ action: 'merge', incident: id }], reason()) : undefined;
      }),
      ' · ', note, button('Note', 'review-note-button', 'add a note to the history', () => (note.value.trim() ? hooks.act([{ action: 'note' }], note.value.trim()) : undefined))),
    h('p', { class: 'review-keys' }, `Keys: ${REVIEW_KEYS}`),
    d.reviews.length ? h('ol', { class: 'review-history' }, d.reviews.map((x) => historyItem(x, hooks))) : null,
  );
}

function historyItem(x: ApiReviewRecord, hooks: ReviewHooks): HTMLElement {
  const what = x.action === 'set' ? `set ${x.field} → ${shownValue(x.newValue)}` : x.action === 'revert' ? `revert of #${x.reverts}`
    : x.action === 'merge' ? ((x.newValue as { into?: number } | null)?.into != null ? `merged into incident ${x.otherIncident}` : `merge of incident ${x.otherIncident}`) : x.action === 'split' ? `split (incident ${x.otherIncident})` : x.action;
  const canRevert = x.action !== 'revert' && x.revertedBy == null;
  return h('li', { 'data-review': x.id, class: x.revertedBy != null ? 'reverted' : '' },
    `#${x.id} ${x.at.slice(0, 16).replace('T', ' ')} · ${x.who} · ${what}`, x.why ? h('q', {}, x.why) : null,
    x.revertedBy != null ? ` (reverted by #${x.revertedBy})` : '',
    canRevert ? h('button', { type: 'button', class: 'review-revert', onclick: () => hooks.act([{ action: 'revert', review: x.id }]) }, 'revert') : null);
}

/** A report's "split off" button: its events leave the incident for one of their own. */
export function splitButton(events: number[], hooks: ReviewHooks): HTMLElement {
  return h('button', { type: 'button', class: 'review-split', title: 'this report tells of another incident', onclick: () => hooks.act([{ action: 'split', events }]) }, 'split off');
}

/** A set's new value in a few words (the API keeps it as the incident's fields it sets). */
function shownValue(v: unknown): string {
  if (!v || typeof v !== 'object') return "fusion's reading";
  const o = v as Record<string, any>;
  for (const k of ['fatalities', 'injuries']) if (k in o) return o[k] ? `${o[k].low}-${o[k].best}-${o[k].high}` : 'no figure';
  if ('dateStart' in o) return `${o.dateStart}${o.dateEnd && o.dateEnd !== o.dateStart ? `..${o.dateEnd}` : ''}`;
  if ('locationName' in o) return `${o.locationName} (${o.lat}, ${o.lon})`;
  const first = Object.values(o)[0];
  return first == null ? 'none' : String(first);
}
