// The options of the commands that fetch from the web (sitrep watch, sitrep ingest URL): who we say we
// are (the User-Agent's contact) and how politely we ask (per-host spacing and concurrency, timeouts).
import type { OptionDef } from './command.js';
import { CliError } from './command.js';
import { HttpClient, userAgent } from '../sources/http.js';

export const HTTP_OPTIONS: Record<string, OptionDef> = {
  contact: { type: 'string', arg: 'URL', help: `a URL or e-mail address where site owners can reach you, sent in the User-Agent ("${userAgent('URL')}"; default $SITREP_CONTACT, else "${userAgent()}")` },
  delay: { type: 'string', arg: 'S', help: 'seconds between two requests to one host (default 1; a longer Crawl-delay in its robots.txt wins)' },
  'per-host': { type: 'string', arg: 'N', help: 'requests in flight to one host at most (default 2)' },
  timeout: { type: 'string', arg: 'S', help: 'seconds a request may take, headers and body (default 30)' },
};

function seconds(v: unknown, name: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > 86_400) throw new CliError(`${name} must be a number of seconds ≥ ${min}, got "${v}"`, 'E_USAGE');
  return n * 1000;
}

export function httpClientFor(values: Record<string, unknown>): HttpClient {
  const perHost = values['per-host'] === undefined ? undefined : Number(values['per-host']);
  if (perHost !== undefined && (!Number.isInteger(perHost) || perHost < 1 || perHost > 64)) throw new CliError(`--per-host must be a whole number from 1 to 64, got "${values['per-host']}"`, 'E_USAGE');
  const contact = (values.contact as string | undefined) ?? (process.env.SITREP_CONTACT || null);
  if (contact && /[\r\n]/.test(contact)) throw new CliError('--contact must be one line', 'E_USAGE');
  return new HttpClient({ contact, delayMs: seconds(values.delay, '--delay', 0), perHost, timeoutMs: seconds(values.timeout, '--timeout', 0.01) });
}

/** "15m", "90s", "1h", "2h30m", or a bare number of minutes → milliseconds. */
export function parseDuration(value: unknown, name: string): number {
  const v = String(value).trim();
  if (/^\d+(?:\.\d+)?$/.test(v)) return Number(v) * 60_000;
  const m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/i.exec(v);
  const ms = m && v ? (Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 1000 : NaN;
  if (!Number.isFinite(ms) || ms < 1000 || ms > 7 * 86_400_000) throw new CliError(`${name} must be a duration from 1s to 7 days, like 15m, 90s or 1h, got "${value}"`, 'E_USAGE');
  return ms;
}
