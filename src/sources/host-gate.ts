// Politeness per host: at most `concurrency` requests in flight to one host, and request starts spaced
// by at least `delayMs` (raised by the host's robots.txt Crawl-delay). The clock and the wait are
// injected, so tests run without real delays.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` (early when `signal` aborts). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) { resolve(); return; }
    const done = (): void => { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  }),
};

interface HostState { active: number; nextStart: number; waiters: (() => void)[] }

export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly concurrency: number, private readonly delayMs: number, private readonly clock: Clock) {}

  /** Waits for a slot on `host`; `extraDelayMs` is the host's own Crawl-delay, when longer than ours. */
  async acquire(host: string, extraDelayMs = 0, signal?: AbortSignal): Promise<void> {
    let h = this.hosts.get(host);
    if (!h) { h = { active: 0, nextStart: 0, waiters: [] }; this.hosts.set(host, h); }
    while (h.active >= this.concurrency) await new Promise<void>((r) => h!.waiters.push(r));
    h.active++;
    // The slot's start time is reserved before waiting, so concurrent callers queue one delay apart.
    const now = this.clock.now();
    const start = Math.max(now, h.nextStart);
    h.nextStart = start + Math.max(this.delayMs, extraDelayMs);
    if (start > now) await this.clock.sleep(start - now, signal);
  }

  release(host: string): void {
    const h = this.hosts.get(host);
    if (!h) return;
    h.active--;
    h.waiters.shift()?.();
  }
}
