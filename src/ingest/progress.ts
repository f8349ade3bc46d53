// Progress while ingesting: a one-line bar with rate and ETA redrawn in place on a terminal; on a pipe
// or a file, a plain line now and then so logs stay readable.
import type { IngestSummary } from './index.js';

export interface Progress { update(s: IngestSummary): void; done(): void }

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const m = Math.floor(seconds / 60);
  const sec = Math.round(seconds % 60);
  return m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, totalBytes: number | null, now = () => Date.now()): Progress {
  const start = now();
  let last = 0;
  let drawn = false;
  const tty = !!stream.isTTY;
  return {
    update(s) {
      const t = now();
      if (t - last < (tty ? 100 : 5000)) return;
      last = t;
      const secs = Math.max(0.001, (t - start) / 1000);
      const rate = s.read / secs;
      const counts = `${s.read} read, ${s.new} new, ${s.duplicate} dup, ${s.failed} failed, ${rate.toFixed(0)}/s`;
      if (!tty) {
        stream.write(`ingest: ${counts}\n`);
        return;
      }
      let bar = '';
      let eta = '';
      if (totalBytes && totalBytes > 0) {
        const frac = Math.min(1, s.bytesDone / totalBytes);
        const width = 24;
        bar = `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ${(frac * 100).toFixed(0).padStart(3)}% `;
        eta = frac > 0 ? ` ETA ${duration((secs / frac) * (1 - frac))}` : '';
      }
      const line = `${bar}${counts}${eta}`;
      stream.write(`\r${line.slice(0, (stream.columns ?? 120) - 1)}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
