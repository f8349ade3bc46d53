// Golden files: compare a result with a stored expectation; UPDATE_GOLDEN=1 rewrites the file
// (review the diff like code). CI never writes them: a missing golden file fails there.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Rounds floats to 4 decimals (≈ 11 m) so tiny numeric drift does not churn the files. */
export function normalizeForGolden(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isInteger(value)) return Math.round(value * 1e4) / 1e4;
  if (Array.isArray(value)) return value.map(normalizeForGolden);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, normalizeForGolden((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export function assertGolden(path: string, actual: unknown): void {
  const normalized = normalizeForGolden(actual);
  const text = JSON.stringify(normalized, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  assert.ok(existsSync(path), `golden file ${path} is missing (run UPDATE_GOLDEN=1 npm test and review it)`);
  assert.deepEqual(normalized, JSON.parse(readFileSync(path, 'utf8')));
}
