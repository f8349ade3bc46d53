// What the tests that read the pipeline's own source share.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every module of the reader under `dir`: its .ts files, without tests, test helpers and fixtures. */
export const pipelineModules = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  if (statSync(p).isDirectory()) return n === 'fixtures' ? [] : pipelineModules(p);
  return n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'test-helpers.ts' ? [p] : [];
});
