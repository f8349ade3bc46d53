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
