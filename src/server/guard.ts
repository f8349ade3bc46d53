// Who may talk to the server, checked before any route runs:
//  - the host rule (against DNS rebinding): a request is answered only when its Host names this server —
//    a loopback name by default, the bound address and `--allowed-host` names otherwise. A page on
//    evil.example whose DNS name was re-pointed at 127.0.0.1 sends `Host: evil.example` and is refused,
//    reads included, so it can neither write nor read what the server holds.
//  - the origin rule (against cross-site writes): a request that changes state (any method but GET, HEAD
//    and OPTIONS) is refused when a browser says it comes from another origin: `Sec-Fetch-Site` other
//    than `same-origin` or `none`, or an `Origin` that is not this server's own (`null` included). A
//    request with neither header is not a browser's (curl, scripts, the sitrep CLI) and passes.
// OWASP's CSRF cheat sheet ("Verifying Origin With Standard Headers", "Fetch Metadata headers") and
// its DNS-rebinding advice (check the Host header) are the sources of these rules.
import { networkInterfaces } from 'node:os';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** The loopback names every server answers to (localhost resolves to loopback by RFC 6761). */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A host name as URL parsing normalises it (lower case, IPv6 in brackets, IDN in punycode), or null. */
export function normalHost(name: string): string | null {
  const bare = name.trim();
  if (!bare || /[\s/?#@\\]/.test(bare)) return null;
  const withBrackets = bare.includes(':') && !bare.startsWith('[') ? `[${bare}]` : bare;
  try {
    return new URL(`http://${withBrackets}/`).hostname || null;
  } catch {
    return null;
  }
}

/**
 * The host names a server bound to `bind` answers to: the loopback names, the bound address itself, every
 * address of this machine when bound to all of them (0.0.0.0, ::), and the names given with --allowed-host.
 */
export function allowedHosts(bind: string, extra: string[] = []): string[] {
  const out = new Set<string>(LOOPBACK_HOSTS);
  if (WILDCARD.has(bind.trim())) {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) {
        const h = normalHost(a.address.replace(/%.*$/, '')); // a link-local address's zone is not part of a Host header
        if (h) out.add(h);
      }
    }
  } else {
    const h = normalHost(bind);
    if (h) out.add(h);
  }
  for (const name of extra) {
    const h = normalHost(name);
    if (!h) throw new Error(`"${name}" is not a host name`);
    out.add(h);
  }
  return [...out];
}

/** The request's Host (header first; a request built in-process has only its URL), or null when malformed. */
function requestHost(c: Context): { hostname: string; host: string } | null {
  const header = c.req.header('host');
  try {
    const u = new URL(header !== undefined ? `http://${header}/` : c.req.url);
    if (header !== undefined && (u.username || u.password || u.pathname !== '/' || u.search || u.hash)) return null;
    return { hostname: u.hostname, host: u.host };
  } catch {
    return null;
  }
}

export function hostRule(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed);
  return async (c, next) => {
    const h = requestHost(c);
    if (!h) throw new ApiError(400, 'E_BAD_HOST', 'the Host header is not a host name');
    if (!names.has(h.hostname)) {
      throw new ApiError(403, 'E_BAD_HOST', `this server does not answer to the host "${h.hostname.slice(0, 100)}"; start it with --allowed-host to add a name`);
    }
    await next();
  };
}

/** True when a browser tells the request comes from another origin (the origin rule above). */
export function crossOrigin(c: Context): string | null {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site: ${site.slice(0, 40)}`;
  const origin = c.req.header('origin');
  if (origin === undefined) return null;
  const own = requestHost(c);
  if (!own || !sameHost(origin, own.host)) return `Origin: ${origin.slice(0, 100)}`;
  return null;
}

/** An Origin ("scheme://host[:port]") names the same host and port as the request's Host. */
function sameHost(origin: string, host: string): boolean {
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and anything unparsable
  }
  if ((o.protocol !== 'http:' && o.protocol !== 'https:') || o.pathname !== '/' && o.pathname !== '') return false;
  // Ports compare as numbers once defaults are filled in: a TLS proxy in front may add https.
  const port = (u: URL) => u.port || (u.protocol === 'https:' ? '443' : '80');
  let h: URL;
  try {
    h = new URL(`${o.protocol}//${host}/`);
  } catch {
    return false;
  }
  return o.hostname === h.hostname && port(o) === port(h);
}

export function originRule(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const why = crossOrigin(c);
      if (why) throw new ApiError(403, 'E_CROSS_ORIGIN', `a ${c.req.method} from another origin is refused (${why}); this server takes writes from its own pages and from non-browser clients`);
    }
    await next();
  };
}
