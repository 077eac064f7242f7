import type { Database } from 'better-sqlite3';

const FTS5_SHADOW_SUFFIXES = ['_data', '_idx', '_content', '_docsize', '_config'];

/**
 * Every read-model table (FTS5 tables by their rows, not their index pages) as JSON, each ordered by all its
 * columns: two dumps are equal exactly when the read models hold the same rows, e.g. before and after a rebuild.
 */
export function dumpReadModels(db: Database): string {
  const objects = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  const virtual = objects.filter((o) => /^CREATE VIRTUAL TABLE/i.test(o.sql)).map((o) => o.name);
  const shadow = new Set(virtual.flatMap((name) => FTS5_SHADOW_SUFFIXES.map((suffix) => name + suffix)));
  const dump: Record<string, unknown[]> = {};
  for (const { name } of objects) {
    if (shadow.has(name)) continue;
    const columns = (db.prepare(`SELECT * FROM "${name}" LIMIT 0`).columns()).map((_, i) => i + 1);
    const rowid = virtual.includes(name) ? 'rowid, ' : '';
    dump[name] = db.prepare(`SELECT ${rowid}* FROM "${name}" ORDER BY ${rowid}${columns.join(', ')}`).all();
  }
  return JSON.stringify(dump);
}
