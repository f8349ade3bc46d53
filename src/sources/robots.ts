// robots.txt, as RFC 9309 (the Robots Exclusion Protocol) says a crawler reads it, parsed by
// `robots-parser` (groups, Allow/Disallow with * and $, longest match wins, Crawl-delay):
// - fetched once per origin (scheme, host, port) and kept for `ttlMs` (the RFC allows up to 24 h);
// - 2xx: its rules apply, matched against the product token "sitrep", else the "*" group;
// - 4xx (404 and the like: §2.3.1.3 "unavailable"): everything is allowed;
// - 5xx, 429, a network error or a timeout (§2.3.1.4 "unreachable"): everything is disallowed until it can
//   be read, which `sitrep sources` shows as E_ROBOTS_UNREACHABLE; it is asked again after ttlMs / 6;
// - more than five redirects (§2.3.1.2): unavailable, so allowed; only the first 512 KiB are read (§2.5).
import { createRequire } from 'node:module';
import type { Clock } from './host-gate.js';
import type { HttpFailure, HttpResult } from './http.js';

interface Robot { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined }
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robot;

export type Verdict = { allowed: true; crawlDelayMs: number } | { allowed: false; failure: HttpFailure };

type Rules = { kind: 'rules'; robot: Robot } | { kind: 'allow' } | { kind: 'unreachable'; failure: HttpFailure };

export class RobotsCache {
  private readonly cache = new Map<string, { until: number; rules: Promise<Rules> }>();

  constructor(
    private readonly fetchRobots: (url: string, signal?: AbortSignal) => Promise<HttpResult>,
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  async check(u: URL, token: string, signal?: AbortSignal): Promise<Verdict> {
    const origin = u.origin;
    let entry = this.cache.get(origin);
    if (!entry || entry.until <= this.clock.now()) {
      entry = { until: Infinity, rules: this.load(origin, signal) };
      this.cache.set(origin, entry);
      const e = entry;
      // Set once known: an unreachable robots.txt is asked again sooner than a read one.
      void e.rules.then((r) => {
        if (r.kind === 'unreachable' && r.failure.code === 'E_STOPPED') this.cache.delete(origin);
        else e.until = this.clock.now() + (r.kind === 'unreachable' ? this.ttlMs / 6 : this.ttlMs);
      });
    }
    const rules = await entry.rules;
    if (rules.kind === 'allow') return { allowed: true, crawlDelayMs: 0 };
    if (rules.kind === 'unreachable') return { allowed: false, failure: rules.failure };
    if (rules.robot.isAllowed(u.toString(), token) === false) {
      return { allowed: false, failure: { ok: false, code: 'E_ROBOTS', message: `${origin}/robots.txt disallows ${u.pathname}${u.search} for ${token}`, transient: false } };
    }
    return { allowed: true, crawlDelayMs: (rules.robot.getCrawlDelay(token) ?? 0) * 1000 };
  }

  private async load(origin: string, signal?: AbortSignal): Promise<Rules> {
    const url = `${origin}/robots.txt`;
    const r = await this.fetchRobots(url, signal);
    if (r.ok && !r.notModified) return { kind: 'rules', robot: robotsParser(url, new TextDecoder('utf-8').decode(r.body)) };
    if (r.ok) return { kind: 'allow' };
    if (r.code === 'E_STOPPED') return { kind: 'unreachable', failure: r };
    if (r.code === 'E_REDIRECTS' || (r.status !== undefined && r.status >= 400 && r.status < 500 && r.status !== 429)) return { kind: 'allow' };
    return { kind: 'unreachable', failure: { ok: false, code: 'E_ROBOTS_UNREACHABLE', message: `${url} cannot be read (${r.code}: ${r.message}); nothing is fetched from ${origin} until it can`, transient: true } };
  }
}
