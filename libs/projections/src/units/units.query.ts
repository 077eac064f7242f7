import type { Database } from 'better-sqlite3';
import { foldVietnamese } from '@plan-ledger/extraction';

export interface UnitEntry {
  unitId: string;
  issuer: string | null;
  name: string;
  /** Every spelling seen for the unit and for the units merged into it. */
  aliases: string[];
  /** Units merged into this one (directly or through others). */
  mergedIds: string[];
}

export interface ResolvedUnit {
  unitId: string;
  name: string;
  issuer: string | null;
}

interface UnitRow {
  unit_id: string;
  issuer: string | null;
  name: string;
  merged_into: string | null;
}

/**
 * Maps any unit id (merged or not) to the canonical unit it now belongs to, following merges; ids the directory
 * has not seen resolve to null. Loaded once per report: merges apply to every date (the directory names offices,
 * it does not date them).
 */
export function unitResolver(db: Database): (unitId: string) => ResolvedUnit | null {
  const rows = new Map((db.prepare('SELECT unit_id, issuer, name, merged_into FROM units').all() as UnitRow[]).map((r) => [r.unit_id, r]));
  const cache = new Map<string, ResolvedUnit | null>();
  return (unitId) => {
    if (cache.has(unitId)) return cache.get(unitId)!;
    let row = rows.get(unitId);
    const seen = new Set<string>();
    while (row?.merged_into && !seen.has(row.unit_id) && rows.has(row.merged_into)) {
      seen.add(row.unit_id);
      row = rows.get(row.merged_into);
    }
    const resolved = row ? { unitId: row.unit_id, name: row.name, issuer: row.issuer } : null;
    cache.set(unitId, resolved);
    return resolved;
  };
}

/**
 * What a unit filter matches: the value itself (a name as written, or an id) and, when it is a known unit id, every
 * id now one unit with it (its canonical unit and each unit merged into that), so directives read before a merge
 * are found under the surviving unit. Names stay as written: a facet's name filters to exactly its count.
 */
export function unitMatchValues(db: Database, unit: string): string[] {
  const entry = findUnit(db, unit);
  return entry ? [...new Set([unit, entry.unitId, ...entry.mergedIds])] : [unit];
}

/** Canonical units (merged ones folded into their survivors), optionally for one issuer (compared folded). */
export function unitDirectory(db: Database, filter: { issuer?: string } = {}): UnitEntry[] {
  const resolve = unitResolver(db);
  const aliases = db.prepare('SELECT unit_id, alias FROM unit_aliases ORDER BY unit_id, alias').all() as { unit_id: string; alias: string }[];
  const ids = (db.prepare('SELECT unit_id FROM units ORDER BY unit_id').all() as { unit_id: string }[]).map((r) => r.unit_id);
  const entries = new Map<string, UnitEntry>();
  for (const id of ids) {
    const canonical = resolve(id)!;
    let entry = entries.get(canonical.unitId);
    if (!entry) {
      entry = { ...canonical, aliases: [], mergedIds: [] };
      entries.set(canonical.unitId, entry);
    }
    if (id !== canonical.unitId) entry.mergedIds.push(id);
  }
  for (const { unit_id, alias } of aliases) {
    const entry = entries.get(resolve(unit_id)!.unitId)!;
    if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
  }
  const issuerKey = filter.issuer ? foldVietnamese(filter.issuer) : null;
  return [...entries.values()]
    .filter((e) => issuerKey === null || (e.issuer !== null && foldVietnamese(e.issuer) === issuerKey))
    .sort((a, b) => (a.issuer ?? '').localeCompare(b.issuer ?? '', 'vi') || a.name.localeCompare(b.name, 'vi'));
}

/** The canonical unit an id now belongs to, with its names; null when unknown. */
export function findUnit(db: Database, unitId: string): UnitEntry | null {
  const canonical = unitResolver(db)(unitId);
  if (!canonical) return null;
  return unitDirectory(db).find((e) => e.unitId === canonical.unitId) ?? null;
}
