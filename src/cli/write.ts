// Writing many lines to stdout without buffering them all, waiting when the pipe is full.
// A reader that stops early (`sitrep events | head`) closes the pipe: that ends the output, not in a crash.
const guarded = new WeakSet<object>();
function guard(out: NodeJS.WritableStream): void {
  if (guarded.has(out)) return;
  guarded.add(out);
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

export async function writeOut(out: NodeJS.WritableStream, s: string | Uint8Array): Promise<void> {
  guard(out);
  if (!out.write(s)) await new Promise((r) => out.once('drain', r));
}

/** A GeoJSON FeatureCollection written feature by feature. */
export async function writeFeatureCollection(out: NodeJS.WritableStream, features: AsyncIterable<unknown> | Iterable<unknown>): Promise<void> {
  await writeOut(out, '{"type":"FeatureCollection","features":[');
  let first = true;
  for await (const f of features) {
    await writeOut(out, (first ? '\n' : ',\n') + JSON.stringify(f));
    first = false;
  }
  await writeOut(out, '\n]}\n');
}
