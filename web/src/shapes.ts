// Each event type has a shape as well as a colour, so type never rests on colour alone (WCAG 1.4.1):
// markers, the legend, the list and the dossier draw the same symbol.
import { colorOf } from './colors.js';
import { svg } from './dom.js';

/** Points of each shape in a 20×20 box (a circle for protests: the commonest, plainest type). */
const SHAPES: Record<string, string | null> = {
  Battles: '10,1 19,10 10,19 1,10', // diamond
  'Explosions/Remote violence': '10,0 12.6,6.4 19.5,6.9 14.2,11.3 15.9,18.1 10,14.4 4.1,18.1 5.8,11.3 0.5,6.9 7.4,6.4', // star
  'Violence against civilians': '10,1 19,18 1,18', // triangle
  Protests: null, // circle
  Riots: '2,2 18,2 18,18 2,18', // square
  'Strategic developments': '5.5,2 14.5,2 19,10 14.5,18 5.5,18 1,10', // hexagon
};
export const SHAPE_NAMES: Record<string, string> = {
  Battles: 'diamond', 'Explosions/Remote violence': 'star', 'Violence against civilians': 'triangle', Protests: 'circle', Riots: 'square', 'Strategic developments': 'hexagon',
};

/** The type's symbol as an SVG element `size` pixels wide; `hollow` draws it unfilled (a place not precise to the town). */
export function typeSymbol(type: string, size = 12, opts: { hollow?: boolean; title?: string } = {}): SVGSVGElement {
  const root = svg('svg', { width: size, height: size, viewBox: '-1 -1 22 22', class: 'type-symbol', 'aria-hidden': 'true', focusable: 'false' });
  const points = SHAPES[type];
  const paint = { fill: opts.hollow ? '#ffffff' : colorOf(type), stroke: opts.hollow ? colorOf(type) : '#222222', 'stroke-width': opts.hollow ? 3 : 1.5 };
  root.appendChild(points === null || points === undefined ? svg('circle', { cx: 10, cy: 10, r: 9, ...paint }) : svg('polygon', { points, ...paint }));
  if (opts.title) {
    const t = svg('title');
    t.textContent = opts.title;
    root.appendChild(t);
    root.removeAttribute('aria-hidden');
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', opts.title);
  }
  return root;
}
