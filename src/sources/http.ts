// Polite, bounded HTTP for `sitrep watch` and `sitrep ingest URL`, on Node's own fetch (undici):
// - a User-Agent naming sitrep and the contact URL the user gives (--contact / SITREP_CONTACT);
// - robots.txt obeyed for every URL asked for, redirects included (robots.ts);
// - per-host concurrency and spacing (host-gate.ts), raised by a host's Crawl-delay;
// - conditional GET (If-None-Match / If-Modified-Since) → 304 answered as "not modified";
// - one deadline per request covering headers and body (a slow drip is cut at it);
// - redirects followed by hand, at most `maxRedirects`, a loop named as such;
// - every body read under a size limit, after decompression (gzip, deflate and brotli are decoded by
//   undici as the body streams, so a compression bomb is stopped at the limit, never inflated whole);
// - retries of what may pass (network errors, timeouts, 5xx, 429) with exponential backoff, honouring
//   Retry-After on 429 and 503; a wait longer than `maxWaitMs` is not slept through: the failure is
//   returned with `retryAt`, and the caller polls again then.
// Every failure is a value with a code, never a throw.
import { HostGate, realClock, type Clock } from './host-gate.js';
import { RobotsCache } from './robots.js';
import { hostKey, parseHttpUrl } from './url.js';

export const VERSION = '0.1.0';
/** The token robots.txt groups are matched against (RFC 9309 §2.2.1: the product token of the User-Agent). */
export const ROBOTS_TOKEN = 'sitrep';

/** The User-Agent sent: "sitrep/0.1.0 (+CONTACT)", or without the parenthesis when no contact is set. */
export function userAgent(contact?: string | null): string {
  return contact ? `sitrep/${VERSION} (+${contact})` : `sitrep/${VERSION}`;
}

export interface HttpOptions {
  /** A URL or e-mail address site owners can reach the operator at; goes into the User-Agent. */
  contact?: string | null;
  /** Whole request, headers and body (default 30 s). */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Tries after the first, for failures that may pass (default 2). */
  retries?: number;
  /** First backoff; doubled at each retry (default 1 s). */
  backoffMs?: number;
  /** The longest wait slept through before a retry; past it the failure is returned with retryAt (default 60 s). */
  maxWaitMs?: number;
  /** Requests in flight to one host (default 2). */
  perHost?: number;
  /** Spacing between request starts to one host (default 1 s). */
  delayMs?: number;
  /** Obey robots.txt (default true; there is no command-line way to turn it off). */
  robots?: boolean;
  /** How long a host's robots.txt is kept (default 1 h). */
  robotsTtlMs?: number;
  /**
   * Contact loopback hosts only (localhost, 127.0.0.0/8, ::1); any other is refused with E_NOT_LOOPBACK
   * before a name is looked up or a connection opened, redirects and robots.txt included. Default: the
   * environment variable SITREP_LOOPBACK_ONLY=1, which the test runner sets, so that no test reaches out.
   */
  loopbackOnly?: boolean;
  clock?: Clock;
  fetch?: typeof fetch;
}

/** localhost, 127.0.0.0/8 and ::1 (RFC 6761 §6.3, RFC 1122 §3.2.1.3, RFC 4291 §2.5.3). */
export function isLoopback(u: URL): boolean {
  const h = u.hostname.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export interface GetOptions {
  accept: string;
  maxBytes: number;
  etag?: string | null;
  lastModified?: string | null;
  /** Whether a Content-Type (lower case, parameters dropped; '' when absent) is acceptable. */
  types?: (type: string) => boolean;
  /** Keep the first maxBytes of a longer body instead of failing (robots.txt: RFC 9309 §2.5). */
  truncate?: boolean;
  signal?: AbortSignal;
}

export interface HttpFailure {
  ok: false;
  code: string;
  message: string;
  status?: number;
  /** Whether trying again later may succeed (network, timeout, 5xx, 429). */
  transient: boolean;
  /** When the server asked to be tried again (Retry-After), ms since the epoch. */
  retryAt?: number;
}

export interface HttpBody {
  ok: true;
  notModified: false;
  /** The URL answered, after redirects. */
  url: string;
  status: number;
  contentType: string;
  contentTypeRaw: string | null;
  contentLanguage: string | null;
  body: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

export type HttpResult = HttpBody | { ok: true; notModified: true; url: string; status: 304; etag: string | null; lastModified: string | null } | HttpFailure;

const REDIRECT = new Set([301, 302, 303, 307, 308]);

const fail = (code: string, message: string, transient: boolean, extra: Partial<HttpFailure> = {}): HttpFailure => ({ ok: false, code, message, transient, ...extra });

export class HttpClient {
  readonly userAgent: string;
  readonly clock: Clock;
  private readonly o: Required<Omit<HttpOptions, 'contact' | 'clock' | 'fetch' | 'loopbackOnly'>>;
  private readonly loopbackOnly: boolean;
  private readonly gate: HostGate;
  private readonly fetch: typeof fetch;
  private readonly robots: RobotsCache;
  /** Requests sent (every hop, robots.txt included): what a bench or a test counts. */
  requests = 0;

  constructor(opts: HttpOptions = {}) {
    this.o = {
      timeoutMs: 30_000, maxRedirects: 5, retries: 2, backoffMs: 1000, maxWaitMs: 60_000, perHost: 2, delayMs: 1000,
      robots: true, robotsTtlMs: 3_600_000,
      ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
    } as HttpClient['o'];
    this.userAgent = userAgent(opts.contact);
    this.loopbackOnly = opts.loopbackOnly ?? process.env.SITREP_LOOPBACK_ONLY === '1';
    this.clock = opts.clock ?? realClock;
    this.fetch = opts.fetch ?? fetch;
    this.gate = new HostGate(this.o.perHost, this.o.delayMs, this.clock);
    this.robots = new RobotsCache((url, signal) => this.once(url, { accept: 'text/plain', maxBytes: 512 * 1024, truncate: true, signal }, false), this.clock, this.o.robotsTtlMs);
  }

  /** GET with retries. */
  async get(url: string, opts: GetOptions): Promise<HttpResult> {
    if (!parseHttpUrl(url)) return fail('E_BAD_URL', `not an http(s) URL: ${url.slice(0, 200)}`, false);
    for (let attempt = 0; ; attempt++) {
      const r = await this.once(url, opts, this.o.robots);
      if (r.ok || !r.transient || attempt >= this.o.retries || opts.signal?.aborted) return r;
      const backoff = this.o.backoffMs * 2 ** attempt;
      const wait = r.retryAt !== undefined ? Math.max(0, r.retryAt - this.clock.now()) : backoff;
      if (wait > this.o.maxWaitMs) return r;
      await this.clock.sleep(wait, opts.signal);
      if (opts.signal?.aborted) return r;
    }
  }

  /** One try: the redirects of one request, each hop checked against robots.txt. */
  private async once(start: string, opts: GetOptions, obeyRobots: boolean): Promise<HttpResult> {
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      const u = parseHttpUrl(url);
      if (!u) return fail('E_BAD_URL', `not an http(s) URL: ${url.slice(0, 200)}`, false);
      seen.add(u.toString());
      if (this.loopbackOnly && !isLoopback(u)) return fail('E_NOT_LOOPBACK', `${u.host} is not a loopback host, and only loopback may be contacted (SITREP_LOOPBACK_ONLY)`, false);
      let crawlDelayMs = 0;
      if (obeyRobots) {
        const verdict = await this.robots.check(u, ROBOTS_TOKEN, opts.signal);
        if (!verdict.allowed) return verdict.failure;
        crawlDelayMs = verdict.crawlDelayMs;
      }
      const host = hostKey(u);
      await this.gate.acquire(host, Math.min(crawlDelayMs, 60_000), opts.signal);
      let r: HttpResult | { redirect: string };
      try {
        r = await this.request(u, opts);
      } finally {
        this.gate.release(host);
      }
      if (!('redirect' in r)) return r;
      const next = parseHttpUrl(r.redirect, u.toString());
      if (!next) return fail('E_REDIRECTS', `${u} redirects to ${r.redirect.slice(0, 200)}, not an http(s) URL`, false);
      if (seen.has(next.toString())) return fail('E_REDIRECTS', `redirect loop: ${u} leads back to ${next}`, false);
      if (hop + 1 > this.o.maxRedirects) return fail('E_REDIRECTS', `more than ${this.o.maxRedirects} redirects from ${start}`, false);
      url = next.toString();
    }
  }

  private async request(u: URL, opts: GetOptions): Promise<HttpResult | { redirect: string }> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: opts.accept,
      // undici offers only gzip and deflate on plain http; brotli is decoded as well.
      'accept-encoding': 'gzip, deflate, br',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const timeout = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; timeout.abort(); }, this.o.timeoutMs);
    const signal = opts.signal ? AbortSignal.any([timeout.signal, opts.signal]) : timeout.signal;
    const failed = (err: unknown): HttpFailure => {
      if (timedOut) return fail('E_TIMEOUT', `no complete answer from ${u.host} within ${this.o.timeoutMs / 1000} s`, true);
      if (opts.signal?.aborted) return fail('E_STOPPED', 'stopped before the answer came', true);
      const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
      const code = cause?.code ?? '';
      if (/^Z_|ERR__?(?:ZLIB|BROTLI)/.test(code) || /zlib|brotli|incorrect header|invalid (?:block|distance|code)/i.test(cause?.message ?? '')) {
        return fail('E_BAD_BODY', `the compressed body from ${u.host} is corrupt (${code || cause?.message})`, false);
      }
      return fail('E_NETWORK', `cannot reach ${u.host}: ${code || cause?.message || (err as Error)?.message || err}`, true);
    };
    try {
      this.requests++;
      let res: Response;
      try {
        res = await this.fetch(u, { headers, redirect: 'manual', signal });
      } catch (err) {
        return failed(err);
      }
      const status = res.status;
      const drop = (): void => { res.body?.cancel().catch(() => undefined); };
      if (REDIRECT.has(status)) {
        drop();
        const location = res.headers.get('location');
        if (!location) return fail('E_HTTP_STATUS', `HTTP ${status} from ${u} without a Location`, false, { status });
        return { redirect: location };
      }
      const etag = res.headers.get('etag');
      const lastModified = res.headers.get('last-modified');
      if (status === 304) { drop(); return { ok: true, notModified: true, url: u.toString(), status: 304, etag, lastModified }; }
      if (status === 429 || status === 503) {
        drop();
        const retryAt = retryAfter(res.headers.get('retry-after'), this.clock.now());
        return fail(status === 429 ? 'E_RATE_LIMITED' : 'E_HTTP_STATUS', `HTTP ${status} from ${u.host}${retryAt !== undefined ? `; Retry-After ${Math.round((retryAt - this.clock.now()) / 1000)} s` : ''}`, true, { status, ...(retryAt !== undefined ? { retryAt } : {}) });
      }
      if (status < 200 || status > 299) {
        drop();
        return fail('E_HTTP_STATUS', `HTTP ${status} from ${u}`, status >= 500 || status === 408, { status });
      }
      const raw = res.headers.get('content-type');
      const type = (raw ?? '').split(';')[0].trim().toLowerCase();
      if (opts.types && !opts.types(type)) {
        drop();
        return fail('E_CONTENT_TYPE', `${u} is ${type || 'of no declared type'}, not ${opts.accept.split(',')[0]}`, false, { status });
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > opts.maxBytes && !opts.truncate) {
        drop();
        return fail('E_TOO_LARGE', `${u} is ${declared} bytes; the limit is ${opts.maxBytes}`, false, { status });
      }
      const body = await readLimited(res.body, opts.maxBytes, !!opts.truncate);
      if (body === 'too large') return fail('E_TOO_LARGE', `${u} is over the limit of ${opts.maxBytes} bytes (after decompression)`, false, { status });
      return { ok: true, notModified: false, url: u.toString(), status, contentType: type, contentTypeRaw: raw, contentLanguage: res.headers.get('content-language'), body, etag, lastModified };
    } catch (err) {
      return failed(err);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Reads a body up to `max` bytes: past it, the stream is cancelled (and 'too large', unless truncating). */
async function readLimited(body: ReadableStream<Uint8Array> | null, max: number, truncate: boolean): Promise<Uint8Array | 'too large'> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.length > max) {
      await reader.cancel().catch(() => undefined);
      if (!truncate) return 'too large';
      chunks.push(value.subarray(0, max - total));
      total = max;
      break;
    }
    chunks.push(value);
    total += value.length;
  }
  return Buffer.concat(chunks, total);
}

/** Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date → ms since the epoch; undefined when absent or unreadable. */
export function retryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return now + Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(now, at) : undefined;
}
