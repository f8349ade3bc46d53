// `sitrep extract --jsonl --workers N`: the input lines read by worker threads and, from N = 2 on, by the
// main thread too (it is one of the N: that spares a thread its own copy of the model, gazetteer and
// compiled code, ~0.7 CPU-s to start and ~70 MB). The output is written in input order, byte for byte
// what one thread writes (every thread answers a line with jsonl-answer.ts).
//
// Raw lines go to a worker in small batches (one message per few articles), and only the output text
// comes back. Who reads a batch is decided when it is formed, by load: a worker while it has fewer than
// AHEAD batches to do, else the main thread, at once (and all of them until a worker has started: it
// takes ~0.5 s to load). A fixed share (every Nth batch to the main thread) left the worker idle a
// quarter of the time whenever the main thread, which also reads and writes, was the slower of the two,
// and the main thread idle while a worker started; now the workers are never starved and the main
// thread takes the rest. A short input never starts a worker at all (START_AFTER).
import type { Context } from '../pipeline/context.js';
import { getContext } from '../pipeline/context.js';
import { ExtractPool } from '../ingest/extract-pool.js';
import { LIMITS } from '../io/limits.js';
import { answerLines, tooLargeLine, toError } from './jsonl-answer.js';
import type { Line } from './lines.js';

// Articles per batch: enough that messaging costs nothing beside extraction (~5 ms an article), few
// enough that a batch of the main thread's keeps it from the worker answers only ~20 ms at a time.
const BATCH = 4;
const BATCH_BYTES = 256 * 1024;
/**
 * Batches a worker may have to do: the one it reads and the next ones, so that it does not wait while
 * the main thread is off the CPU (on a busy machine, stalls of a few hundred ms left a worker with 3
 * idle a tenth of the time). The cost is at the end: the main thread may wait for that many batches.
 */
const AHEAD = 4;
/**
 * When the main thread reads too, the workers start only once the input has this many lines: a worker
 * costs ~0.7 CPU-s to start and as much again to warm up, more than a few articles take to read.
 */
const START_AFTER = 16;

/** A batch's output text, or a worker's answer to come. */
type Entry = { text?: string; answer?: Promise<string> };

export async function extractParallel(lines: AsyncIterable<Line>, workers: number, write: (text: string) => Promise<void>): Promise<void> {
  const ctx: Context | null = workers >= 2 ? getContext() : null;
  const threads = ctx ? workers - 1 : workers;
  let pool: ExtractPool | null = ctx ? null : new ExtractPool(threads);
  let seen = 0;
  // The window of batches formed and not yet written; bounded, so memory stays flat whatever the input.
  const window: Entry[] = [];
  const limit = Math.max(32, workers * 16);
  let inFlight = 0;
  let batch: Buffer[] = [];
  let numbers: number[] = [];
  let size = 0;

  const flush = (): boolean => {
    if (!batch.length) return false;
    const lines = batch, nums = numbers;
    const bytes = size;
    batch = []; numbers = []; size = 0;
    if (!pool && seen > START_AFTER) pool = new ExtractPool(threads);
    if (!pool || (ctx && inFlight >= pool.ready * AHEAD)) {
      window.push({ text: answerBatch(lines, nums, ctx!) });
      return true;
    }
    inFlight++;
    const entry: Entry = {};
    entry.answer = pool.answerLines(join(lines, bytes), ends(lines), nums).then((r) => {
      inFlight--;
      return (entry.text = typeof r === 'string' ? r : failed(r, nums.length));
    });
    window.push(entry);
    return false;
  };
  // Writes what is ready at the head of the window; waits for the head only when the window is full.
  const drain = async (all: boolean): Promise<void> => {
    while (window.length && (window[0].text !== undefined || all || window.length >= limit)) {
      const head = window.shift()!;
      await write(head.text ?? (await head.answer!));
    }
  };
  try {
    for await (const line of lines) {
      let ranHere = false;
      seen++;
      if (line.ok) {
        batch.push(line.bytes); numbers.push(line.number); size += line.bytes.length;
        if (batch.length >= BATCH || size >= BATCH_BYTES) ranHere = flush();
      } else {
        ranHere = flush();
        window.push({ text: tooLargeLine(line.number, line.bytes, LIMITS.maxLineBytes) + '\n' });
      }
      if (ranHere || window.length >= limit) {
        await drain(false);
        // A turn of the event loop: the workers' answers come in, so the next batch goes to a free one.
        if (ranHere) await new Promise(setImmediate);
      }
    }
    flush();
    await drain(true);
  } finally {
    await pool?.close();
  }
}

function answerBatch(lines: Buffer[], nums: number[], ctx: Context): string {
  let text = '';
  for (const out of answerLines(lines.map((bytes, i) => ({ bytes, number: nums[i] })), ctx)) text += out + '\n';
  return text;
}

/** The batch's lines end to end in one buffer, which is moved to the worker, not copied. */
function join(lines: Buffer[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const b of lines) { bytes.set(b, at); at += b.length; }
  return bytes;
}

function ends(lines: Buffer[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const b of lines) out.push((at += b.length));
  return out;
}

/** The lines of a batch a broken pool could not answer (their ids were never parsed). */
function failed(r: { ok: boolean } | { code: string; message: string }, count: number): string {
  const f = r as { code: string; message: string };
  return (JSON.stringify(toError(null, f)) + '\n').repeat(count);
}
