// A worker thread that reads articles (extractArticle) for `sitrep ingest --workers N`: extraction is the
// CPU-heavy part and needs no database, so it runs beside the thread that stores and fuses.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../pipeline/index.js';
import { getContext } from '../pipeline/context.js';
import type { ArticleInput } from '../types.js';

const ctx = getContext();
parentPort?.on('message', (msg: { id: number; input: ArticleInput }) => {
  let result;
  try {
    result = extractArticle(msg.input, ctx);
  } catch (err) {
    result = { ok: false, code: 'E_INTERNAL', message: String((err as Error)?.message ?? err).slice(0, 300) };
  }
  parentPort!.postMessage({ id: msg.id, result });
});
