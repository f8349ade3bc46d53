// Each event type's fill: its colour (colors.ts) and a texture of its own, so that types stay apart
// in print, in greyscale and for readers who do not tell the colours apart (WCAG 1.4.1: colour is not
// the only carrier of meaning). One <pattern> per type, made once per SVG that uses it.
import { TYPES, colorOf } from './colors.js';
import { svg } from './dom.js';

type Texture = (p: SVGPatternElement) => void;
const line = (p: SVGPatternElement, x1: number, y1: number, x2: number, y2: number) =>
  p.appendChild(svg('line', { x1, y1, x2, y2, stroke: '#fff', 'stroke-width': 1.6, 'stroke-opacity': 0.85 }));

/** In TYPES order: Battles solid; Explosions diagonal; Violence against civilians dots; Protests horizontal; Riots cross-hatch; Strategic vertical. */
const TEXTURES: Texture[] = [
  () => {},
  (p) => { line(p, 0, 6, 6, 0); line(p, -1, 1, 1, -1); line(p, 5, 7, 7, 5); },
  (p) => p.appendChild(svg('circle', { cx: 3, cy: 3, r: 1.3, fill: '#fff', 'fill-opacity': 0.9 })),
  (p) => line(p, 0, 3, 6, 3),
  (p) => { line(p, 0, 6, 6, 0); line(p, 0, 0, 6, 6); },
  (p) => line(p, 3, 0, 3, 6),
];

export const TEXTURE_NAMES = ['solid', 'diagonal lines', 'dots', 'horizontal lines', 'cross-hatch', 'vertical lines'];

/** A <defs> with one pattern per type, ids `${prefix}-0`…; `fillOf` gives the fill attribute of a type. */
export function typePatterns(prefix: string): { defs: SVGDefsElement; fillOf(type: string): string } {
  const defs = svg('defs');
  TYPES.forEach((t, k) => {
    const p = svg('pattern', { id: `${prefix}-${k}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' });
    p.appendChild(svg('rect', { width: 6, height: 6, fill: colorOf(t) }));
    TEXTURES[k]?.(p);
    defs.appendChild(p);
  });
  return { defs, fillOf: (type) => (TYPES.includes(type) ? `url(#${prefix}-${TYPES.indexOf(type)})` : colorOf(type)) };
}

/** A legend swatch: a small SVG of the type's fill, labelled for screen readers by the legend's text. */
export function swatch(type: string): SVGSVGElement {
  const k = TYPES.indexOf(type);
  const s = svg('svg', { width: 14, height: 14, class: 'swatch', 'aria-hidden': 'true' });
  const { defs, fillOf } = typePatterns(`sw${k}`);
  s.append(defs, svg('rect', { x: 0.5, y: 0.5, width: 13, height: 13, fill: fillOf(type), stroke: '#333' }));
  return s;
}
