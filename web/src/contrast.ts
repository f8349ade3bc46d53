// WCAG 2 contrast (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): text on a coloured badge or marker
// takes whichever of near-black and white reads better on it, so every label meets AA (4.5:1).

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The text colour for a background: #111111 or #ffffff, whichever contrasts more. */
export const textOn = (bg: string): string => (contrastRatio(bg, '#111111') >= contrastRatio(bg, '#ffffff') ? '#111111' : '#ffffff');
