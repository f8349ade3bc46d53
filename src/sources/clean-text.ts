// Strings a feed or page gives us (titles, outlet names, URLs) are data from anyone: they reach the store,
// `sitrep sources`, the log and the terminal. Kept as one line of printable text, of bounded length:
// - C0 and C1 control characters go (an ESC in a title would drive the terminal `sitrep sources` prints
//   to: ECMA-48 escape sequences), as do the bidirectional embeddings, overrides and isolates (U+202A-E,
//   U+2066-9) that reorder what a line shows (the "Trojan Source" characters, CVE-2021-42574); the marks
//   LRM/RLM/ALM, which scripts written right to left need, stay;
// - white space runs become one space;
// - a title longer than 500 characters, an outlet longer than 200, is cut (at a word when one is near);
// - a URL longer than 2,048 characters is no article's: the sitemaps protocol (sitemaps.org) caps its
//   URLs below 2,048 characters, and so do common servers and proxies.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

export const LIMITS = { title: 500, outlet: 200, url: 2048, language: 35 } as const;

/** One line of printable text, at most `max` characters; undefined when nothing is left. */
export function cleanLine(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Cut a generous prefix first, so a 30 MB title costs no more than a short one.
  let s = value.slice(0, max * 4).replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > max) {
    const cut = s.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    s = (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd() + '…';
  }
  return s || undefined;
}

export const cleanTitle = (v: unknown): string | undefined => cleanLine(v, LIMITS.title);
export const cleanOutlet = (v: unknown): string | undefined => cleanLine(v, LIMITS.outlet);
