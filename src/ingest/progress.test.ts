// The progress display: a redrawn bar with rate and ETA on a terminal, plain lines on a pipe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createProgress } from './progress.js';
import type { IngestSummary } from './index.js';

function sink(tty: boolean) {
  let text = '';
  const w = new Writable({ write(c, _e, cb) { text += String(c); cb(); } }) as Writable & { isTTY?: boolean; columns?: number };
  w.isTTY = tty;
  w.columns = 200;
  return { w, text: () => text };
}

const at = (read: number, bytesDone: number): IngestSummary => ({ read, new: read, duplicate: 0, failed: 0, reasons: {}, failures: [], incidents: 0, interrupted: false, bytesDone });

test('progress on a terminal: a bar redrawn in place, with rate and ETA from the bytes read', () => {
  let now = 0;
  const s = sink(true);
  const p = createProgress(s.w, 1000, () => now);
  now = 2000;
  p.update(at(100, 250));
  assert.match(s.text(), /^\r\[#{6}\.{18}\]  25% 100 read, 100 new, 0 dup, 0 failed, 50\/s ETA 6s\x1b\[K$/);
  now = 2050;
  p.update(at(110, 260)); // redraws at most every 100 ms
  assert.equal(s.text().split('\r').length, 2);
  p.done();
  assert.ok(s.text().endsWith('\r\x1b[K'));
});

test('progress on a pipe: a plain line every few seconds, no control characters', () => {
  let now = 0;
  const s = sink(false);
  const p = createProgress(s.w, null, () => now);
  for (now = 6000; now < 20000; now += 1000) p.update(at(now / 100, 0));
  assert.equal(s.text().split('\n').filter(Boolean).length, 3);
  assert.doesNotMatch(s.text(), /[\r\x1b]/);
});
