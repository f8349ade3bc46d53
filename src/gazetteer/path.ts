// Where the prebuilt gazetteer lives: <package root>/data/gazetteer.bin (SITREP_GAZETTEER overrides).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export function defaultGazetteerPath(): string {
  // dist/gazetteer/ or src/gazetteer/ → two levels up is the package root.
  return process.env.SITREP_GAZETTEER || join(fileURLToPath(new URL('../..', import.meta.url)), 'data', 'gazetteer.bin');
}
