// Checks a --basemap file before serving it: a readable PMTiles archive (version 3, by its magic bytes).
import { open } from 'node:fs/promises';

/** Why the file cannot be the basemap, or null when it can. */
export async function basemapProblem(path: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    return `cannot be read (${(err as NodeJS.ErrnoException).code ?? err})`;
  }
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    // PMTiles v3: "PMTiles" then the spec version byte (github.com/protomaps/PMTiles spec/v3).
    if (bytesRead < 8 || head.toString('latin1', 0, 7) !== 'PMTiles') return 'is not a PMTiles archive';
    if (head[7] !== 3) return `is PMTiles version ${head[7]}; convert it to version 3 (pmtiles convert)`;
    return null;
  } finally {
    await handle.close();
  }
}
