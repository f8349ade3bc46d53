// The top actors and actor pairs (dyads, actor1 → actor2 as coded) of the current view, as bar lists:
// each row is a button that filters the view by that actor (actor=) or that pair (dyad=), and again to
// undo. Bars are HTML, sized through the CSSOM (the CSP forbids inline style attributes, not this).
import { h } from './dom.js';

export interface ActorStats {
  actors: { name: string; incidents: number; fatalities: number }[];
  dyads: { actor1: string; actor2: string; incidents: number; fatalities: number }[];
}

export interface ActorPicks {
  actor: string | undefined;
  dyad: string | undefined;
  pickActor(name: string | null): void;
  pickDyad(pair: string | null): void;
}

const counts = (n: number, dead: number) => `${n} incident${n === 1 ? '' : 's'}${dead ? ` · ${dead} killed` : ''}`;

function row(label: (string | Node)[], n: number, dead: number, peak: number, active: boolean, onClick: () => void, title: string): HTMLLIElement {
  const bar = h('span', { class: 'bar-fill' });
  bar.style.width = `${Math.max(2, (n / peak) * 100)}%`;
  return h('li', {},
    h('button', { type: 'button', class: `bar-row${active ? ' active' : ''}`, 'aria-pressed': active ? 'true' : 'false', title, onclick: onClick },
      h('span', { class: 'bar-label' }, ...label), h('span', { class: 'bar-track' }, bar), h('span', { class: 'bar-count' }, counts(n, dead))));
}

export function renderActors(el: HTMLElement, stats: ActorStats, picks: ActorPicks): void {
  const peakA = Math.max(1, ...stats.actors.map((a) => a.incidents));
  const peakD = Math.max(1, ...stats.dyads.map((d) => d.incidents));
  const actors = stats.actors.map((a) => {
    const on = picks.actor?.toLowerCase() === a.name.toLowerCase();
    return row([a.name], a.incidents, a.fatalities, peakA, on, () => picks.pickActor(on ? null : a.name),
      on ? `show every actor again` : `show only incidents of actors named like ${a.name}`);
  });
  const dyads = stats.dyads.map((d) => {
    const key = `${d.actor1}|${d.actor2}`;
    const on = picks.dyad?.toLowerCase() === key.toLowerCase();
    return row([d.actor1, h('span', { class: 'arrow', 'aria-label': 'against' }, ' → '), d.actor2], d.incidents, d.fatalities, peakD, on,
      () => picks.pickDyad(on ? null : key), on ? 'show every pair again' : `show only incidents of ${d.actor1} (actor 1) against ${d.actor2} (actor 2)`);
  });
  el.replaceChildren(
    h('div', { class: 'actor-list' }, h('h3', {}, 'Top actors'),
      actors.length ? h('ol', { class: 'bars', 'data-list': 'actors' }, actors) : h('p', { class: 'empty' }, 'no named actors')),
    h('div', { class: 'actor-list' }, h('h3', {}, 'Top pairs ', h('small', {}, 'actor 1 → actor 2')),
      dyads.length ? h('ol', { class: 'bars', 'data-list': 'dyads' }, dyads) : h('p', { class: 'empty' }, 'no incidents with both actors named')),
  );
}
