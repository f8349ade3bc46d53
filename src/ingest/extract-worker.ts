// A worker thread that reads articles (extractArticle) for `sitrep ingest --workers N`: extraction is the
// CPU-heavy part and needs no database, so it runs beside the thread that stores and fuses; so does the
// reduction of an HTML page to the text whose hash tells a stored article (reduce.ts). For
// `sitrep extract --jsonl --workers N` it answers whole batches of raw input lines with their output
// text, so the main thread neither parses, clones results nor serialises them.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import { answerLines } from '../cli/jsonl-answer.js';
import { reduceInput } from './reduce.js';
import type { ArticleInput } from '../types.js';

type Message = { id: number; input: ArticleInput } | { id: number; reduce: ArticleInput } | { id: number; bytes: Uint8Array; ends: number[]; numbers: number[] };

const ctx = getContext();
// One short article first, so that what every first reading pays (lazily built tables, cold code) is
// not charged to a real article: the server's reader times each article against a budget.
extractArticle({ id: 'warm-up', text: 'On Monday, an air strike killed 3 people in Aleppo, the army said.', published: '2024-01-02' }, ctx);
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (msg: Message) => {
  if ('bytes' in msg) {
    // The batch's lines read together (answerLines, stage by stage: less CPU than one at a time).
    const lines = msg.ends.map((end, i) => ({ bytes: msg.bytes.subarray(i ? msg.ends[i - 1] : 0, end), number: msg.numbers[i] }));
    let text = '';
    for (const line of answerLines(lines, ctx)) text += line + '\n';
    parentPort!.postMessage({ id: msg.id, result: text });
    return;
  }
  if ('reduce' in msg) {
    let reduced;
    try {
      reduced = reduceInput(msg.reduce);
    } catch (err) {
      reduced = { ok: false, code: 'E_INTERNAL', message: String((err as Error)?.message ?? err).slice(0, 300) };
    }
    parentPort!.postMessage({ id: msg.id, result: reduced });
    return;
  }
  let result;
  try {
    result = extractArticle(msg.input, ctx);
  } catch (err) {
    result = { ok: false, code: 'E_INTERNAL', message: String((err as Error)?.message ?? err).slice(0, 300) };
  }
  parentPort!.postMessage({ id: msg.id, result });
});
