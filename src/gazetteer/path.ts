// Where the prebuilt gazetteer lives: <package root>/data/gazetteer.bin (SITREP_GAZETTEER overrides).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** <package root>/data, where the build writes its files. */
export function dataDir(): string {
  // dist/gazetteer/, src/gazetteer/ or dist/bundle/ (this module's code bundled) → two levels up is the package root.
  return join(fileURLToPath(new URL('../..', import.meta.url)), 'data');
}

export function defaultGazetteerPath(): string {
  return process.env.SITREP_GAZETTEER || join(dataDir(), 'gazetteer.bin');
}
