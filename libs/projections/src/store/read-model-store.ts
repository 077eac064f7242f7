import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { cachedStatement, type Projection } from '../runner/projection';

const CHECKPOINTS_SQL = 'CREATE TABLE IF NOT EXISTS checkpoints (projection TEXT PRIMARY KEY, position TEXT NOT NULL)';

/**
 * One SQLite file holding every read model and their checkpoints, so a batch's rows and its checkpoint commit
 * in one transaction (exactly-once). Positions are stored as decimal text: they are bigints in the port.
 */
export class ReadModelStore {
  readonly db: Database.Database;

  constructor(readonly filePath: string) {
    mkdirSync(dirname(filePath), { recursive: true });
    this.db = new Database(filePath, { timeout: 10_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Rebuilds touch several indexes per directive, which the default 2 MB page cache re-reads; beyond 16 MB a
    // larger cache measured no faster rebuild or search here, and it is held for the process's whole life.
    this.db.pragma('cache_size = -16384');
    this.db.exec(CHECKPOINTS_SQL);
  }

  /** Creates the projections' tables when missing. */
  ensureSchema(projections: readonly Projection[]): void {
    this.db.transaction(() => {
      for (const projection of projections) for (const sql of projection.schemaSql) this.db.exec(sql);
    })();
  }

  checkpoint(projection: string): bigint {
    const row = cachedStatement(this.db, 'SELECT position FROM checkpoints WHERE projection = ?').get(projection) as
      | { position: string }
      | undefined;
    return row ? BigInt(row.position) : 0n;
  }

  /** Must run inside the transaction that wrote the rows up to `position`. */
  saveCheckpoint(projection: string, position: bigint): void {
    cachedStatement(
      this.db,
      'INSERT INTO checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position',
    ).run(projection, position.toString());
  }

  /** Drops the projections' tables and checkpoints and creates empty tables again, in one transaction. */
  reset(projections: readonly Projection[]): void {
    this.db.transaction(() => {
      for (const projection of projections) {
        for (const table of projection.drop ?? []) this.db.exec(`DROP TABLE IF EXISTS "${table}"`);
        this.db.prepare('DELETE FROM checkpoints WHERE projection = ?').run(projection.name);
        for (const sql of projection.schemaSql) this.db.exec(sql);
      }
    })();
  }

  close(): void {
    this.db.close();
  }
}
