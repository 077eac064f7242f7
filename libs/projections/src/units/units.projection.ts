import type { Database } from 'better-sqlite3';
import { UNIT_EVENT_TYPES, type UnitEvent } from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import { cachedStatement, type Projection } from '../runner/projection';
import { UNITS_SCHEMA_SQL, UNITS_TABLES } from './units.schema';

/** The units directory: each unit stream's names, display name and, once merged, the unit that absorbed it. */
export const unitsProjection: Projection = {
  name: 'units',
  schemaSql: UNITS_SCHEMA_SQL,
  drop: UNITS_TABLES,
  handles: UNIT_EVENT_TYPES,
  apply(db: Database, stored: StoredEvent): void {
    const event = { type: stored.type, data: stored.data } as UnitEvent;
    switch (event.type) {
      case 'UnitRecognised': {
        const { unitId, issuer, name, documentId } = event.data;
        cachedStatement(db, 'INSERT OR IGNORE INTO units (unit_id, issuer, name, merged_into) VALUES (?, ?, ?, NULL)').run(unitId, issuer, name);
        cachedStatement(db, 'INSERT OR IGNORE INTO unit_aliases (unit_id, alias, first_document_id) VALUES (?, ?, ?)').run(unitId, name, documentId);
        return;
      }
      case 'UnitsMerged':
        cachedStatement(db, 'UPDATE units SET merged_into = ? WHERE unit_id = ?').run(event.data.into, event.data.unitId);
        return;
      case 'UnitRenamed':
        cachedStatement(db, 'UPDATE units SET name = ? WHERE unit_id = ?').run(event.data.name, event.data.unitId);
        return;
      default: {
        const unknown: never = event;
        throw new Error(`unknown unit event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
