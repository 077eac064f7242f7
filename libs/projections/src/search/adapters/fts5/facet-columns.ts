import type { Database } from 'better-sqlite3';

/**
 * The facet columns of every indexed directive (year, issuer, unit names as written), held per connection in
 * typed arrays indexed by seq. Counting facets over a hit list here costs an array read per hit; in SQL it costs a
 * B-tree lookup per hit, which at tens of thousands of hits is most of a search's time.
 * The copy is dropped by this module's writes (`forgetFacetColumns`) and reloaded when another connection has
 * committed since (PRAGMA data_version), so it is never stale.
 */
export interface FacetColumns {
  dataVersion: number;
  year: Int32Array;
  issuer: Int32Array;
  issuers: string[];
  unitStart: Int32Array;
  unitIndex: Int32Array;
  units: string[];
}

const NONE = -1;
const loaded = new WeakMap<Database, FacetColumns>();

export function forgetFacetColumns(db: Database): void {
  loaded.delete(db);
}

export function facetColumns(db: Database): FacetColumns {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const cached = loaded.get(db);
  if (cached && cached.dataVersion === dataVersion) return cached;
  const size = ((db.prepare('SELECT MAX(seq) FROM search_directives').pluck().get() as number | null) ?? 0) + 1;
  const year = new Int32Array(size).fill(NONE);
  const issuer = new Int32Array(size).fill(NONE);
  const issuers = new Interner();
  for (const [seq, y, i] of db.prepare('SELECT seq, year, issuer FROM search_directives').raw().iterate() as Iterable<[number, number | null, string | null]>) {
    if (y !== null) year[seq] = y;
    if (i !== null) issuer[seq] = issuers.id(i);
  }
  const unitStart = new Int32Array(size + 1);
  const rows = db.prepare('SELECT seq, unit FROM search_directive_units WHERE is_id = 0 ORDER BY seq').raw().all() as [number, string][];
  const unitIndex = new Int32Array(rows.length);
  const units = new Interner();
  rows.forEach(([seq, unit], n) => {
    unitStart[seq + 1]++;
    unitIndex[n] = units.id(unit);
  });
  for (let seq = 0; seq < size; seq++) unitStart[seq + 1] += unitStart[seq];
  const columns = { dataVersion, year, issuer, issuers: issuers.values, unitStart, unitIndex, units: units.values };
  loaded.set(db, columns);
  return columns;
}

class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}
