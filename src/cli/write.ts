// Writing many lines to stdout without buffering them all, waiting when the pipe is full.
export async function writeOut(out: NodeJS.WritableStream, s: string): Promise<void> {
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
