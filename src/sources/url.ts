// URLs as sitrep keeps them: http(s) only, the fragment dropped, and the tracking parameters that
// campaign tools and social sites append (utm_*, fbclid, gclid, ...) removed, so that one story reached
// through three share links is one article. Everything else in the query is kept: it may pick the page.
const TRACKING_PREFIXES = ['utm_', 'mtm_', 'pk_', 'hsa_', 'oly_'];
/** Click and campaign identifiers of the common ad, mail and social platforms (their documentation names them). */
const TRACKING = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid', 'igsh',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid',
  's_cid', 'cmpid', 'ncid', 'ito', 'at_medium', 'at_campaign', 'ocid', 'smid', 'sr_share', 'ref_src', 'ref_url',
]);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** An absolute http(s) URL, or null (another scheme, or not a URL). `base` resolves a relative one. */
export function parseHttpUrl(value: string, base?: string): URL | null {
  let u: URL;
  try { u = new URL(value.trim(), base); } catch { return null; }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
}

/** The URL an article is kept under: tracking parameters and the fragment dropped (null when not http(s)). */
export function cleanUrl(value: string, base?: string): string | null {
  const u = parseHttpUrl(value, base);
  if (!u) return null;
  u.hash = '';
  // Setting searchParams re-encodes the whole query, so an URL without tracking keeps its own spelling.
  const names = [...u.searchParams.keys()];
  if (names.some(isTrackingParam)) {
    for (const name of names) if (isTrackingParam(name)) u.searchParams.delete(name);
    if (u.search === '?') u.search = '';
  }
  return u.toString();
}

/** host[:port]: the unit of politeness (one robots.txt, one request queue). */
export const hostKey = (u: URL): string => u.host.toLowerCase();

/** The host as an outlet's last resort name: "www." dropped. */
export const hostName = (u: URL): string => u.hostname.toLowerCase().replace(/^www\./, '');
