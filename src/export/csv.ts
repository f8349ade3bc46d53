// An RFC 4180 CSV writer: CRLF line ends; a field holding a comma, a quote, CR or LF is quoted, with
// quotes doubled.
//
// Spreadsheets open these files (ACLED's own exports are read in Excel as often as not), and a
// spreadsheet runs a cell that starts with = + - @ as a formula: an outlet, title, actor or place name
// taken from an article could call HYPERLINK or DDE on the reader's machine. So, as OWASP's "CSV
// Injection" page recommends, a *text* cell starting with =, +, -, @, TAB or CR is written with a
// single quote in front ('=1+1), which spreadsheets show as text; and a field holding a semicolon is
// quoted as well, since spreadsheets in many locales split cells at semicolons. Numbers are never
// touched: a cell is neutralised only when it is a string, and the exporters pass latitude, longitude,
// figures and ids as numbers, so a longitude of -33.9 stays -33.9. `{ raw: true }` (--raw-csv,
// ?csv=raw) writes every text exactly as stored, for programs that read CSV as data.
export type Cell = string | number | null | undefined;

export interface CsvOptions {
  /** Write text cells as stored, without the formula guard (default false). */
  raw?: boolean;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(v: Cell, opts: CsvOptions = {}): string {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = !opts.raw && FORMULA_START.test(v) ? `'${v}` : v;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[], opts: CsvOptions = {}): string {
  return cells.map((c) => csvField(c, opts)).join(',') + '\r\n';
}

/** A minimal RFC 4180 reader (for tests and round trips): rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
