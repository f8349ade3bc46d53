// A pool of extraction worker threads. Articles go to whichever worker is free; answers come back in
// the order asked, so fusion sees articles in input order whatever the number of workers.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ArticleInput, ExtractionResult, Failure, Outcome } from '../types.js';
import type { Reduced } from './reduce.js';

type Result = Outcome<ExtractionResult & { text?: string }>;

/**
 * One extraction worker thread (extract-worker.ts). Once built, the worker is the .js beside this file.
 * Under tsx (tests, benches) it is the .ts source, which a worker can only load after registering tsx
 * itself (the parent's --import does not carry over). `resourceLimits` bounds its heap (the server's reader).
 */
export function spawnExtractWorker(opts: { resourceLimits?: ResourceLimits } = {}): Worker {
  const source = import.meta.url.endsWith('.ts');
  const url = new URL(`./extract-worker${source ? '.ts' : '.js'}`, import.meta.url);
  return source
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, ...opts })
    : new Worker(url, opts);
}

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, (r: any) => void>();
  private readonly load: number[] = [];
  private next = 0;
  private broken: string | null = null;
  private started = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = spawnExtractWorker();
      w.on('message', (m: { id: number; result: Result | string } | { ready: true }) => {
        if ('ready' in m) { this.started++; return; }
        this.load[i]--;
        const done = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        done?.(m.result);
      });
      // A dead worker must not leave articles waiting forever: everything in flight and after fails.
      w.on('error', (err) => this.failAll(`extraction worker failed: ${err.message}`));
      w.on('exit', (code) => { if (code !== 0) this.failAll(`extraction worker exited with code ${code}`); });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Workers that have loaded their code and context (each says so once): those not yet ready would leave work waiting. */
  get ready(): number {
    return this.started;
  }

  extract(input: ArticleInput): Promise<Result> {
    if (this.broken) return Promise.resolve({ ok: false, code: 'E_INTERNAL', message: this.broken });
    return this.send({ input });
  }

  /** An input's duplicate key and what to read (reduce.ts), worked out in a worker. */
  reduce(input: ArticleInput): Promise<Reduced | Failure> {
    if (this.broken) return Promise.resolve({ ok: false, code: 'E_INTERNAL', message: this.broken });
    return this.send({ reduce: input });
  }

  /**
   * `extract --jsonl`: a batch of raw input lines (line k is bytes[ends[k-1]..ends[k]), numbered
   * numbers[k]) answered with their output lines, each ending in a newline. The bytes are moved, not
   * copied; the worker does all the work and only a string comes back. A broken pool answers with the
   * failure.
   */
  answerLines(bytes: Uint8Array, ends: number[], numbers: number[]): Promise<string | Result> {
    if (this.broken) return Promise.resolve({ ok: false, code: 'E_INTERNAL', message: this.broken });
    return this.send({ bytes, ends, numbers }, [bytes.buffer as ArrayBuffer]);
  }

  private send(body: object, transfer?: ArrayBuffer[]): Promise<any> {
    const id = this.next++;
    let i = 0;
    for (let k = 1; k < this.workers.length; k++) if (this.load[k] < this.load[i]) i = k;
    this.load[i]++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.workers[i].postMessage({ id, ...body }, transfer);
    });
  }

  private failAll(message: string): void {
    this.broken ??= message;
    for (const [id, done] of this.waiting) {
      this.waiting.delete(id);
      done({ ok: false, code: 'E_INTERNAL', message });
    }
  }

  async close(): Promise<void> {
    this.broken ??= 'the pool is closed';
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
