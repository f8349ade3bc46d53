// Reads a stream line by line without ever holding more than `maxLine` bytes of one line:
// an oversize line is reported as such (its bytes are dropped as they stream past).
export type Line = { ok: true; bytes: Buffer; number: number } | { ok: false; number: number; bytes: number };

export async function* readLines(stream: AsyncIterable<Buffer | string>, maxLine: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    const line: Line = overflow ? { ok: false, number, bytes: size } : { ok: true, bytes: Buffer.concat(parts), number };
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    while (buf.length) {
      const nl = buf.indexOf(10);
      const piece = nl < 0 ? buf : buf.subarray(0, nl);
      size += piece.length;
      if (!overflow && size > maxLine) {
        overflow = true;
        parts = [];
      }
      if (!overflow) parts.push(Buffer.from(piece));
      if (nl < 0) break;
      yield finish();
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || parts.length) yield finish();
}

/**
 * The items of `source` in batches of at most `max`: a batch holds the items already read and ends when the next one is
 * not at hand yet (it would wait on input), so a slow feed is answered line by line, never held back to fill a batch.
 */
export async function* batchesOf<T>(source: AsyncIterable<T>, max: number): AsyncGenerator<T[]> {
  const it = source[Symbol.asyncIterator]();
  let next = it.next();
  for (;;) {
    const first = await next;
    if (first.done) return;
    const batch = [first.value];
    next = it.next();
    // An item at hand arrives before a macrotask turn; one that waits on input does not.
    const turn = new Promise<typeof NOT_YET>((resolve) => setImmediate(resolve, NOT_YET));
    while (batch.length < max) {
      const r = await Promise.race([next, turn]);
      if (r === NOT_YET) break;
      if (r.done) {
        yield batch;
        return;
      }
      batch.push(r.value);
      next = it.next();
    }
    yield batch;
  }
}

const NOT_YET = Symbol('not yet');
