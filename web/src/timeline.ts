// The timeline: incidents per day, stacked by event type, with a brush. Dragging selects a date range
// that filters the map and the list; a click without a drag clears it.
import type { ApiIncident } from '../../src/server/shapes.js';
import { TYPES, colorOf } from './colors.js';
import { clear, svg } from './dom.js';

const DAY = 86400000;
const H = 90;
const AXIS = 16;

export interface Timeline {
  show(incidents: ApiIncident[], from: string | null, to: string | null): void;
}

const toDay = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY);
const toDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function createTimeline(el: HTMLElement, onBrush: (from: string | null, to: string | null) => void): Timeline {
  const root = svg('svg', { class: 'timeline', height: H + AXIS, role: 'img', 'aria-label': 'incidents per day by type' });
  el.appendChild(root);
  let first = 0;
  let days = 1;
  let width = 600;
  const xOf = (day: number) => ((day - first) / days) * width;
  const dayAt = (x: number) => Math.max(first, Math.min(first + days - 1, first + Math.floor((x / width) * days)));

  const brush = svg('rect', { class: 'brush', y: 0, height: H, x: 0, width: 0 });
  let dragFrom: number | null = null;
  let moved = false;
  const localX = (ev: PointerEvent) => ev.clientX - root.getBoundingClientRect().left;
  root.addEventListener('pointerdown', (ev) => {
    dragFrom = localX(ev);
    moved = false;
    root.setPointerCapture(ev.pointerId);
  });
  root.addEventListener('pointermove', (ev) => {
    if (dragFrom === null) return;
    const x = localX(ev);
    if (Math.abs(x - dragFrom) > 3) moved = true;
    if (moved) drawBrush(dayAt(Math.min(x, dragFrom)), dayAt(Math.max(x, dragFrom)));
  });
  root.addEventListener('pointerup', (ev) => {
    if (dragFrom === null) return;
    const x = localX(ev);
    const a = dragFrom;
    dragFrom = null;
    if (!moved) return onBrush(null, null);
    onBrush(toDate(dayAt(Math.min(x, a))), toDate(dayAt(Math.max(x, a))));
  });

  function drawBrush(a: number, b: number): void {
    brush.setAttribute('x', String(xOf(a)));
    brush.setAttribute('width', String(Math.max(2, xOf(b + 1) - xOf(a))));
  }

  return {
    show(incidents, from, to) {
      clear(root);
      width = Math.max(200, (el.clientWidth || 616) - 16); // the container pads 8px a side
      root.setAttribute('width', String(width));
      const dated = incidents.filter((i) => i.dateStart);
      if (!dated.length) {
        const t = svg('text', { x: 8, y: H / 2, class: 'empty' });
        t.textContent = 'no dated incidents';
        root.appendChild(t);
        return;
      }
      const starts = dated.map((i) => toDay(i.dateStart!));
      first = Math.min(...starts) - 1;
      days = Math.max(...starts) - first + 2;
      const counts = new Map<number, number[]>();
      for (const inc of dated) {
        const d = toDay(inc.dateStart!);
        const row = counts.get(d) ?? TYPES.map(() => 0);
        const k = TYPES.indexOf(inc.eventType);
        row[k < 0 ? 0 : k]++;
        counts.set(d, row);
      }
      const peak = Math.max(...[...counts.values()].map((r) => r.reduce((a, b) => a + b, 0)));
      const bw = Math.max(1, width / days - 1);
      for (const [day, row] of counts) {
        let y = H;
        row.forEach((n, k) => {
          if (!n) return;
          const hgt = (n / peak) * (H - 6);
          y -= hgt;
          const r = svg('rect', { x: xOf(day), y, width: bw, height: hgt, fill: colorOf(TYPES[k]), class: 'bar' });
          const title = svg('title');
          title.textContent = `${toDate(day)}: ${n} ${TYPES[k]}`;
          r.appendChild(title);
          root.appendChild(r);
        });
      }
      for (const [x, label, anchor] of [[2, toDate(first + 1), 'start'], [width - 2, toDate(first + days - 2), 'end']] as const) {
        const t = svg('text', { x, y: H + AXIS - 3, 'text-anchor': anchor, class: 'axis' });
        t.textContent = label;
        root.appendChild(t);
      }
      root.appendChild(brush);
      if (from || to) drawBrush(from ? toDay(from) : first, to ? toDay(to) : first + days - 1);
      else brush.setAttribute('width', '0');
    },
  };
}
