// Incidents (or fatalities) over time, stacked by event type, on a real date axis: bars per day, week or
// month as the server counted them (/api/stats/time), y ticks with grid lines, date ticks from
// date-axis.ts. Dragging selects dates (snapped to whole buckets) as the old timeline did; a click
// without a drag clears them. Each bar says its date, type and count in its tooltip.
import { TYPES } from './colors.js';
import { clear, svg } from './dom.js';
import { bucketEnd, dateOf, dateTicks, dayOf, valueTicks, type Bucket } from './date-axis.js';
import { typePatterns } from './patterns.js';

export interface TimeRow { start: string; type: string; incidents: number; fatalities: number }
export type Measure = 'incidents' | 'fatalities';

const TOP = 8;
const LEFT = 36; // y labels
const BOTTOM = 22; // x labels

export interface TimeChart {
  show(rows: TimeRow[], bucket: Bucket, measure: Measure, from: string | null, to: string | null): void;
}

export function createTimeChart(el: HTMLElement, onBrush: (from: string | null, to: string | null) => void): TimeChart {
  let H = 150; // plot height: taller on a wide screen, never under 140 px
  const root = svg('svg', { class: 'time-chart', role: 'img' });
  el.appendChild(root);
  let first = 0;
  let last = 1; // [first, last) in days
  let plotW = 300;
  let bucket: Bucket = 'day';
  const xOf = (day: number) => LEFT + ((day - first) / (last - first)) * plotW;
  const dayAt = (x: number) => Math.max(first, Math.min(last - 1, first + Math.floor(((x - LEFT) / plotW) * (last - first))));
  /** The bucket holding a day (its first day), so a selection covers whole bars. */
  const startOf = (day: number): number => {
    if (bucket === 'day') return day;
    if (bucket === 'week') return day - (((day - 4) % 7) + 7) % 7; // day 4 (1970-01-05) was a Monday
    const d = new Date(day * 86_400_000);
    return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000);
  };

  const brush = svg('rect', { class: 'brush', y: TOP, x: 0, width: 0 });
  let dragFrom: number | null = null;
  let moved = false;
  const localX = (ev: PointerEvent) => ev.clientX - root.getBoundingClientRect().left;
  const range = (a: number, b: number): [number, number] => [startOf(dayAt(Math.min(a, b))), bucketEnd(startOf(dayAt(Math.max(a, b))), bucket) - 1];
  root.addEventListener('pointerdown', (ev) => {
    dragFrom = localX(ev);
    moved = false;
    root.setPointerCapture(ev.pointerId);
  });
  root.addEventListener('pointermove', (ev) => {
    if (dragFrom === null) return;
    const x = localX(ev);
    if (Math.abs(x - dragFrom) > 3) moved = true;
    if (moved) drawBrush(...range(x, dragFrom));
  });
  root.addEventListener('pointerup', (ev) => {
    if (dragFrom === null) return;
    const a = dragFrom;
    dragFrom = null;
    if (!moved) return onBrush(null, null);
    const [f, t] = range(localX(ev), a);
    onBrush(dateOf(f), dateOf(t));
  });

  function drawBrush(a: number, b: number): void {
    const x0 = xOf(Math.max(first, a));
    brush.setAttribute('x', String(x0));
    brush.setAttribute('width', String(Math.max(2, xOf(Math.min(last, b + 1)) - x0)));
  }

  const text = (x: number, y: number, label: string, cls: string, anchor = 'middle') => {
    const t = svg('text', { x, y, class: cls, 'text-anchor': anchor });
    t.textContent = label;
    root.appendChild(t);
  };

  return {
    show(rows, b, measure, from, to) {
      clear(root);
      bucket = b;
      const width = Math.max(280, el.clientWidth || 600);
      plotW = width - LEFT - 8;
      root.setAttribute('width', String(width));
      H = Math.round(Math.min(240, Math.max(140, width * 0.28)));
      root.setAttribute('height', String(TOP + H + BOTTOM));
      brush.setAttribute('height', String(H));
      if (!rows.length) {
        root.setAttribute('aria-label', 'no dated incidents');
        text(LEFT + 4, TOP + H / 2, 'no dated incidents match', 'empty', 'start');
        return;
      }
      const { defs, fillOf } = typePatterns('tc');
      root.appendChild(defs);
      const starts = rows.map((r) => dayOf(r.start));
      first = Math.min(...starts);
      last = bucketEnd(Math.max(...starts), b);
      // The stacks: per bucket start, the types in TYPES order (the legend's order).
      const stacks = new Map<number, Map<string, TimeRow>>();
      for (const r of rows) {
        const d = dayOf(r.start);
        if (!stacks.has(d)) stacks.set(d, new Map());
        stacks.get(d)!.set(r.type, r);
      }
      const totalOf = (s: Map<string, TimeRow>) => [...s.values()].reduce((n, r) => n + r[measure], 0);
      const peak = Math.max(1, ...[...stacks.values()].map(totalOf));
      const yTicks = valueTicks(peak);
      const top = yTicks[yTicks.length - 1];
      const yOf = (v: number) => TOP + H - (v / top) * H;
      for (const v of yTicks) {
        root.appendChild(svg('line', { x1: LEFT, x2: LEFT + plotW, y1: yOf(v), y2: yOf(v), class: v ? 'grid' : 'baseline' }));
        text(LEFT - 4, yOf(v) + 3, String(v), 'axis', 'end');
      }
      for (const t of dateTicks(first, last, plotW)) {
        root.appendChild(svg('line', { x1: xOf(t.day), x2: xOf(t.day), y1: TOP + H, y2: TOP + H + 4, class: 'tick' }));
        text(xOf(t.day), TOP + H + 15, t.label, 'axis');
      }
      const order = [...TYPES, ...new Set(rows.map((r) => r.type).filter((t) => !TYPES.includes(t)))];
      for (const [day, stack] of stacks) {
        const x = xOf(day);
        const w = Math.max(1, xOf(bucketEnd(day, b)) - x - (plotW / (last - first) > 3 ? 1 : 0));
        let y = TOP + H;
        for (const type of order) {
          const r = stack.get(type);
          if (!r || !r[measure]) continue;
          const hgt = (r[measure] / top) * H;
          y -= hgt;
          const rect = svg('rect', { x, y, width: w, height: hgt, fill: fillOf(type), class: 'bar', 'data-start': r.start, 'data-type': type });
          const title = svg('title');
          const end = dateOf(bucketEnd(day, b) - 1);
          title.textContent = `${r.start}${end !== r.start ? ` to ${end}` : ''}: ${type}, ${r.incidents} incident${r.incidents === 1 ? '' : 's'}, ${r.fatalities} killed`;
          rect.appendChild(title);
          root.appendChild(rect);
        }
      }
      const total = rows.reduce((n, r) => n + r[measure], 0);
      root.setAttribute('aria-label', `${measure} per ${b} by event type, ${dateOf(first)} to ${dateOf(last - 1)}: ${total} in all, at most ${peak} in one ${b}`);
      root.appendChild(brush);
      if (from || to) drawBrush(from ? dayOf(from) : first, to ? dayOf(to) : last - 1);
      else brush.setAttribute('width', '0');
    },
  };
}
