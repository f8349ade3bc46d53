// Option values to numbers and dates, or a usage error. No store here: `sitrep extract` imports this,
// and the store's module (with the native SQLite driver) would cost its cold start ~10-20 ms to load.
import { CliError } from './command.js';

export function parseDate(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) throw new CliError(`${name} must be a date YYYY-MM-DD, got "${s}"`, 'E_USAGE');
  return s;
}

export function parseNumbers(value: string, count: number, name: string): number[] {
  const parts = value.split(',').map((x) => Number(x.trim()));
  if (parts.length !== count || parts.some((x) => !Number.isFinite(x))) throw new CliError(`${name} needs ${count} comma-separated numbers, got "${value}"`, 'E_USAGE');
  return parts;
}

export function parseIntOption(value: unknown, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${name} must be a whole number ≥ ${min}, got "${value}"`, 'E_USAGE');
  return n;
}
