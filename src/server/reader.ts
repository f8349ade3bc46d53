// How the server reads articles. `ThreadReader` (what `sitrep serve` uses) reads in worker threads, one
// article per thread at a time, so the event loop stays free for every other request (/healthz, pages,
// queries) however long an article takes; each article has a time budget, past which its thread is
// stopped and replaced and the article answered `E_TIMEOUT`, and a heap limit, past which the same
// happens with `E_MEMORY`. `inProcessReader` reads on the calling thread (tests, embedding): no budget.
import type { Worker } from 'node:worker_threads';
import type { ArticleInput, ExtractionResult, Outcome } from '../types.js';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { spawnExtractWorker } from '../ingest/extract-pool.js';

export type ReadResult = Outcome<ExtractionResult & { text?: string }>;

export interface Reader {
  /** Reads one article; never rejects. `signal`: the client went away, so an article still waiting is dropped. */
  read(input: ArticleInput, signal?: AbortSignal): Promise<ReadResult>;
  /** Articles one request may have in reading at once (the pool's threads). */
  readonly width: number;
  close(): Promise<void>;
}

export function inProcessReader(): Reader {
  return {
    width: 1,
    async read(input) {
      try {
        return extractArticle(input, getContext());
      } catch (err) {
        return { ok: false, code: 'E_INTERNAL', message: `the reader failed on this article: ${String((err as Error)?.message ?? err).slice(0, 200)}` };
      }
    },
    async close() {},
  };
}

export interface ThreadReaderOptions {
  /** Worker threads (default 2). */
  threads?: number;
  /** Milliseconds one article may take (default 5000, the README's promise: any text read or refused within 5 s). */
  budgetMs?: number;
  /** Heap of one thread, in MB (default 512: a 2 MiB article needs about 200 MB). */
  heapMb?: number;
}

interface Job {
  input: ArticleInput;
  signal?: AbortSignal;
  done: (r: ReadResult) => void;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set when the slot's thread is being replaced: its late messages and exit are ignored. */
  retired: boolean;
}

export const DEFAULT_BUDGET_MS = 5000;

export class ThreadReader implements Reader {
  readonly width: number;
  private readonly budgetMs: number;
  private readonly heapMb: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;
  private broken = false;
  /** Threads that died before they ever became ready (the code cannot load): then the reader gives up. */
  private stillborn = 0;

  constructor(opts: ThreadReaderOptions = {}) {
    this.width = Math.max(1, opts.threads ?? 2);
    this.budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
    this.heapMb = opts.heapMb ?? 512;
  }

  /**
   * Starts the threads (each loads the reader's tables: ~0.5 s and ~100 MB). The first read does it: a
   * server that is only queried never starts them.
   */
  start(): void {
    if (this.slots.length || this.closed) return;
    for (let i = 0; i < this.width; i++) this.slots.push(this.spawn());
  }

  /** Threads that have loaded their code and context. */
  get ready(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  read(input: ArticleInput, signal?: AbortSignal): Promise<ReadResult> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'E_BUSY', message: 'the server is stopping' });
    if (signal?.aborted) return Promise.resolve(aborted());
    if (this.broken) return Promise.resolve({ ok: false, code: 'E_INTERNAL', message: 'no reading thread could start' });
    this.start();
    return new Promise((resolve) => {
      const job: Job = { input, signal, done: resolve };
      if (signal) {
        job.onAbort = () => {
          const at = this.waiting.indexOf(job);
          if (at >= 0) {
            this.waiting.splice(at, 1);
            resolve(aborted());
          }
        };
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.waiting.push(job);
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const worker = spawnExtractWorker({ resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot: Slot = { worker, ready: false, job: null, timer: null, retired: false };
    worker.on('message', (m: { ready: true } | { id: number; result: ReadResult }) => {
      if (slot.retired) return;
      if ('ready' in m) {
        slot.ready = true;
        this.stillborn = 0;
        this.dispatch();
        return;
      }
      this.finish(slot, m.result);
      this.dispatch();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (slot.retired) return;
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(slot, oom
        ? { ok: false, code: 'E_MEMORY', message: `reading this article needed more than ${this.heapMb} MB, this server's per-article heap limit` }
        : { ok: false, code: 'E_INTERNAL', message: `the reading thread failed: ${String(err.message).slice(0, 200)}` });
    });
    worker.on('exit', () => {
      if (slot.retired || this.closed) return;
      this.replace(slot, { ok: false, code: 'E_INTERNAL', message: 'the reading thread stopped' });
    });
    this.holdOpen(slot);
    return slot;
  }

  /** An idle reader must not keep a finished process alive; one with articles to read must. */
  private holdOpen(slot: Slot): void {
    if (this.waiting.length || slot.job) slot.worker.ref();
    else slot.worker.unref();
  }

  private dispatch(): void {
    for (const slot of this.slots) this.holdOpen(slot);
    for (const slot of this.slots) {
      if (!this.waiting.length) return;
      if (!slot.ready || slot.job || slot.retired) continue;
      const job = this.waiting.shift()!;
      if (job.signal && job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
      slot.job = job;
      // The budget counts the reading only, not the wait in the queue nor the thread's start.
      slot.timer = setTimeout(() => this.replace(slot, {
        ok: false, code: 'E_TIMEOUT', message: `reading this article took over ${this.budgetMs} ms, this server's per-article time budget`,
      }), this.budgetMs);
      slot.worker.postMessage({ id: 0, input: job.input });
    }
  }

  private finish(slot: Slot, result: ReadResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    if (!slot.retired) this.holdOpen(slot);
    job?.done(result);
  }

  /** Stops a slot's thread (past its budget, out of memory, dead) and starts another in its place. */
  private replace(slot: Slot, result: ReadResult): void {
    if (slot.retired) return;
    slot.retired = true;
    if (!slot.ready) this.stillborn++;
    this.finish(slot, result);
    void slot.worker.terminate().catch(() => undefined);
    if (this.closed) return;
    const at = this.slots.indexOf(slot);
    if (this.stillborn > 3 * this.width) {
      // Threads die before loading: reading is impossible here, and saying so beats restarting forever.
      this.slots.splice(at, 1);
      if (!this.slots.length) {
        this.broken = true;
        for (const job of this.waiting.splice(0)) job.done({ ok: false, code: 'E_INTERNAL', message: 'no reading thread could start' });
      }
      return;
    }
    this.slots[at] = this.spawn();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.done({ ok: false, code: 'E_BUSY', message: 'the server is stopping' });
    await Promise.all(this.slots.map(async (s) => {
      s.retired = true;
      this.finish(s, { ok: false, code: 'E_BUSY', message: 'the server is stopping' });
      await s.worker.terminate().catch(() => undefined);
    }));
  }
}

function aborted(): ReadResult {
  return { ok: false, code: 'E_ABORTED', message: 'the client went away before the article was read' };
}
