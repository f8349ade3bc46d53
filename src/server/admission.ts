// How much reading the server takes on at once. Requests that read articles (POST /api/extract and
// /api/articles) are admitted before their body is read: one client (one remote address) may have
// `perClient` of them in progress, the server `maxRequests` in all holding at most `maxBytes` of bodies.
// Past that the answer is 429 (this client) or 503 (the server), with Retry-After, instead of a queue
// that grows with what clients send (a red team's three 30 MB batches took 3 GB and minutes).
import { ApiError } from './errors.js';

export interface AdmissionOptions {
  /** Reading requests one client may have in progress (default 8). */
  perClient?: number;
  /** Reading requests in progress in all (default 16). */
  maxRequests?: number;
  /** Bytes of request bodies in progress in all (default 64 MiB: two full batches). */
  maxBytes?: number;
}

export const ADMISSION_DEFAULTS = { perClient: 8, maxRequests: 16, maxBytes: 64 * 1024 * 1024 } as const;

export class Admission {
  private readonly perClient: number;
  private readonly maxRequests: number;
  private readonly maxBytes: number;
  private readonly byClient = new Map<string, number>();
  private requests = 0;
  private bytes = 0;

  constructor(opts: AdmissionOptions = {}) {
    this.perClient = opts.perClient ?? ADMISSION_DEFAULTS.perClient;
    this.maxRequests = opts.maxRequests ?? ADMISSION_DEFAULTS.maxRequests;
    this.maxBytes = opts.maxBytes ?? ADMISSION_DEFAULTS.maxBytes;
  }

  /** Reading requests in progress now (for /healthz). */
  get load(): { requests: number; bytes: number } {
    return { requests: this.requests, bytes: this.bytes };
  }

  /**
   * Admits a request from `client`, or throws 429/503. Its body is counted as it arrives (`grow`), and a
   * body that would take the server past `maxBytes` is refused with 503 then. `leave` ends it (call it
   * once, whatever happens). Retry-After grows with the work ahead: a second per request in progress.
   */
  enter(client: string): Ticket {
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= this.perClient) {
      throw new ApiError(429, 'E_TOO_MANY_REQUESTS', `this client already has ${mine} requests being read (at most ${this.perClient}); retry later`, this.wait());
    }
    if (this.requests >= this.maxRequests) throw this.busy();
    this.byClient.set(client, mine + 1);
    this.requests++;
    let held = 0;
    let left = false;
    return {
      grow: (n) => {
        if (left) return;
        if (this.bytes + n > this.maxBytes && this.bytes > held) throw this.busy(); // one request alone may always use its route's limit
        this.bytes += n;
        held += n;
      },
      leave: () => {
        if (left) return;
        left = true;
        const k = (this.byClient.get(client) ?? 1) - 1;
        if (k > 0) this.byClient.set(client, k);
        else this.byClient.delete(client);
        this.requests--;
        this.bytes -= held;
      },
    };
  }

  private wait(): number {
    return Math.min(60, Math.max(1, this.requests));
  }

  private busy(): ApiError {
    return new ApiError(503, 'E_BUSY', `the server is reading ${this.requests} requests (${Math.round(this.bytes / 1048576)} MiB of bodies); retry later`, this.wait());
  }
}

export interface Ticket {
  /** Counts `n` more body bytes (throws 503 when the server's bodies would pass their limit). */
  grow(n: number): void;
  leave(): void;
}
