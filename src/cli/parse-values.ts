// Option values to numbers and dates, or a usage error. No store here: `sitrep extract` imports this,
// and the store's module (with the native SQLite driver) would cost its cold start ~10-20 ms to load.
import { CliError } from './command.js';
import { checkDay } from '../io/dates.js';

/** A date option, checked as every date entering sitrep is (src/io/dates.ts): a day of the calendar,
 * never rolled over (2026-02-30 is refused, not read as 2 March). */
export function parseDate(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  const day = checkDay(String(value), name);
  if (!day.ok) throw new CliError(day.message, 'E_USAGE');
  return day.value;
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
