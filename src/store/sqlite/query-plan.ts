// How an incident query reaches its rows, chosen per query from cheap capped counts. Two filters can be
// served two ways: a small set is best read whole and sorted (the few incidents in a town's box, or those
// whose articles hold a rare word), a large one by walking the sort order's index until a page is full
// (most rows match, so a page comes quickly). SQLite's planner cannot tell the two apart without
// statistics, so the choice is made here, from a capped count read in an index.
import type { Db } from './open.js';

/** The thresholds between the two ways (tests lower them to take either way on a small store). */
export const PLAN = {
  /**
   * Up to this many incidents a box is read whole from the grid index (coordinates and sort keys are in
   * it); beyond, the box holds at least 1 in 50 of a million incidents and a page comes within a few
   * thousand rows of the sort order.
   */
  smallBox: 20_000,
  /** Up to this many matching articles (a few incidents each) their incidents are looked up by id and sorted. */
  rareText: 5000,
};

/** A box over more grid cells than this is large whatever it holds (and the IN list stays short). */
const MAX_CELLS = 1500;

export type Box = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/** The one-degree cells (grid.ts) that cover a box, or null when there are too many to list. */
export function cellsInBox(b: Box): number[] | null {
  const lons: number[] = [];
  const from = Math.floor(b.minLon);
  const to = Math.floor(b.minLon <= b.maxLon ? b.maxLon : b.maxLon + 360); // across the antimeridian
  for (let x = from; x <= to; x++) lons.push(((x + 180) % 360 + 360) % 360);
  const lats: number[] = [];
  for (let y = Math.max(-90, Math.floor(b.minLat)); y <= Math.min(89, Math.floor(b.maxLat)); y++) lats.push(y + 90);
  if (lons.length * lats.length > MAX_CELLS) return null;
  const cells: number[] = [];
  for (const y of lats) for (const x of new Set(lons)) cells.push(y * 360 + x);
  return cells;
}

const counters = new WeakMap<Db, Map<string, any>>();

function capped(db: Db, sql: string, params: unknown[], cap: number): number {
  let stmts = counters.get(db);
  if (!stmts) counters.set(db, (stmts = new Map()));
  let stmt = stmts.get(sql);
  if (!stmt) stmts.set(sql, (stmt = db.prepare(`SELECT count(*) AS n FROM (${sql} LIMIT ${cap + 1})`)));
  return (stmt.get(...params) as { n: number }).n;
}

/** The cells of a box when the box holds few incidents (read them whole), else null (walk the sort index). */
export function smallBox(db: Db, box: Box): number[] | null {
  const cells = cellsInBox(box);
  if (!cells || !cells.length) return cells;
  const lon = box.minLon <= box.maxLon ? 'lon BETWEEN ? AND ?' : '(lon >= ? OR lon <= ?)';
  const n = capped(db, `SELECT 1 FROM incidents INDEXED BY incidents_geo WHERE cell IN (${cells.map(() => '?').join(',')})
    AND lat BETWEEN ? AND ? AND ${lon}`, [...cells, box.minLat, box.maxLat, box.minLon, box.maxLon], PLAN.smallBox);
  return n <= PLAN.smallBox ? cells : null;
}

/** Whether few articles match a full-text query (then its incidents are read whole). */
export function rareText(db: Db, fts: string): boolean {
  return capped(db, 'SELECT 1 FROM articles_fts WHERE articles_fts MATCH ?', [fts], PLAN.rareText) <= PLAN.rareText;
}
