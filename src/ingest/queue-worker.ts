// One queue worker (`sitrep worker`): lease a few pending articles, read them (outside any transaction:
// reading is the slow part; each charged an attempt only while it is read), then store, fuse and mark
// each done in one transaction of its own. Many
// workers run at once on one PostgreSQL store; see src/store/postgres/queue.ts for the queue's rules.
import { hostname } from 'node:os';
import type { PgStore } from '../store/postgres/index.js';
import type { PgQueue, QueueEntry } from '../store/postgres/queue.js';
import type { Extract } from './index.js';
import { storeArticle, textHash, toNewArticle } from './store-article.js';

export interface WorkerOptions {
  extract: Extract;
  /** Entries leased at a time (default 8). */
  batch?: number;
  /** How long a lease lasts before another worker may take the entry (default 60 s). */
  leaseMs?: number;
  /** Attempts before an entry is parked (default 3). */
  maxAttempts?: number;
  /** Articles read at once (default 1; `extract` on a pool of N threads: N). Each is charged an attempt while read. */
  readers?: number;
  /** Wait before a failed entry is tried again (default 1 s). */
  retryMs?: number;
  /** Exit once nothing is pending or leased (default: keep polling). */
  untilEmpty?: boolean;
  /** Idle wait between polls (default 1 s). */
  pollMs?: number;
  worker?: string;
  shouldStop?: () => boolean;
  onProgress?: (s: WorkerSummary) => void;
}

export interface WorkerSummary { taken: number; new: number; duplicate: number; retried: number; parked: number }

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** PostgreSQL's "try again" errors (deadlock detected, serialization failure): not the article's fault. */
const TRANSIENT = new Set(['40P01', '40001']);

export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

export async function runWorker(store: PgStore, queue: PgQueue, opts: WorkerOptions): Promise<WorkerSummary> {
  const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as WorkerOptions;
  const o = { batch: 8, leaseMs: 60_000, maxAttempts: 3, retryMs: 1000, pollMs: 1000, readers: 1, worker: workerName(), ...given };
  const s: WorkerSummary = { taken: 0, new: 0, duplicate: 0, retried: 0, parked: 0 };
  await store.ready();
  while (!o.shouldStop?.()) {
    // Entries whose reading killed their worker once too often are parked, and counted by whoever parks them.
    s.parked += await queue.parkAbandoned(o.maxAttempts);
    const entries = await queue.take(o.worker, o.batch, o.leaseMs, o.maxAttempts);
    if (!entries.length) {
      const c = await queue.counts();
      if (o.untilEmpty && c.pending === 0 && c.leased === 0) break;
      // Leases held by others: wake when the first one may run out (its worker may have died).
      const next = await queue.nextLeaseEndsIn();
      await sleep(Math.max(20, Math.min(o.pollMs, next == null ? o.pollMs : next + 10)));
      continue;
    }
    s.taken += entries.length;
    const lease = { renewed: Date.now() };
    const read = await readEntries(queue, entries, o, lease);
    let renewed = lease.renewed;
    for (let i = 0; i < entries.length; i++) {
      if (o.shouldStop?.()) {
        // Stopping (SIGTERM, Ctrl-C): the article in hand is finished; the rest go back to the queue now.
        await queue.release(o.worker, entries.slice(i).map((e) => e.id));
        break;
      }
      if (Date.now() - renewed > o.leaseMs / 3) {
        await queue.renew(o.worker, entries.slice(i).map((e) => e.id), o.leaseMs);
        renewed = Date.now();
      }
      await finish(store, queue, entries[i], read[i], o, s);
    }
    o.onProgress?.(s);
  }
  return s;
}

type Read = Awaited<ReturnType<typeof readEntry>>;

/**
 * Reads a leased batch, `readers` entries at a time, each charged an attempt while it is read (and
 * given it back when the reading ends well): a worker killed now has charged only what it was reading.
 * The lease is renewed as reading goes on.
 */
async function readEntries(queue: PgQueue, entries: QueueEntry[], o: Required<Pick<WorkerOptions, 'extract' | 'readers' | 'leaseMs'>> & { worker: string },
  lease: { renewed: number }): Promise<Read[]> {
  const out: Read[] = new Array(entries.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next++;
      if (Date.now() - lease.renewed > o.leaseMs / 3) {
        lease.renewed = Date.now();
        await queue.renew(o.worker, entries.map((e) => e.id), o.leaseMs); // all of them: none is stored yet
      }
      await queue.charge(o.worker, entries[i].id);
      out[i] = await readEntry(entries[i], o.extract);
      if (out[i].ok) await queue.refund(o.worker, entries[i].id);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.readers, entries.length)) }, lane));
  return out;
}

async function readEntry(e: QueueEntry, extract: Extract) {
  try {
    const out = await extract(e.input);
    if (!out.ok) return { ok: false as const, final: true, message: `${out.code}: ${out.message}` };
    const { text, ...result } = out.value;
    const input = e.input;
    const article = toNewArticle({ ...input, title: input.title ?? result.title, published: result.published ?? input.published }, text ?? input.text, e.origin);
    return { ok: true as const, article, result };
  } catch (err) {
    return { ok: false as const, final: false, message: `E_INTERNAL: ${String((err as Error)?.message ?? err).slice(0, 300)}` };
  }
}

async function finish(store: PgStore, queue: PgQueue, e: QueueEntry, r: Read, o: Required<Pick<WorkerOptions, 'maxAttempts' | 'retryMs'>> & { worker: string }, s: WorkerSummary): Promise<void> {
  if (!r.ok) {
    if (await queue.fail(e.id, r.message, { final: r.final, maxAttempts: o.maxAttempts, retryMs: o.retryMs })) s.parked++;
    else s.retried++;
    return;
  }
  for (let tries = 0; ; tries++) {
    try {
      const outcome = await store.transaction(async () => {
        if (!(await queue.claim(e.id))) return null; // another worker finished it after this one's lease ran out
        const raw = textHash(e.input.text); // the queue's key, before HTML was reduced to text
        const found = (await store.findArticle({ url: r.article.url, textHash: r.article.textHash }))
          ?? (raw !== r.article.textHash ? await store.findArticle({ textHash: raw }) : null);
        if (found) {
          await queue.done(e.id, o.worker, 'duplicate', found.id);
          return 'duplicate' as const;
        }
        const stored = await storeArticle(store, r.article, r.result);
        await queue.done(e.id, o.worker, 'new', stored.articleId);
        return 'new' as const;
      });
      if (outcome) s[outcome]++;
      return;
    } catch (err) {
      const code = String((err as { code?: unknown })?.code ?? '');
      if (TRANSIENT.has(code) && tries < 5) continue; // a deadlock between two fusions: PostgreSQL chose this one; again
      const parked = await queue.fail(e.id, `E_STORE: ${String((err as Error)?.message ?? err).slice(0, 300)}`, { final: false, maxAttempts: o.maxAttempts, retryMs: o.retryMs, charge: true });
      if (parked) s.parked++;
      else s.retried++;
      return;
    }
  }
}
