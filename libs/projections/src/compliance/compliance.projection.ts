import type { Database } from 'better-sqlite3';
import { DIRECTIVE_EVENT_TYPES, effectiveDateOf, planYear, type DirectiveContent, type DirectiveEvent, type EventMetadata } from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import { foldVietnamese } from '@plan-ledger/extraction';
import { ROLES } from '../directives/directives.projection';
import { cachedStatement, memoized, type Projection } from '../runner/projection';
import { COMPLIANCE_SCHEMA_SQL, COMPLIANCE_TABLES } from './compliance.schema';

/** Unit ids a content change names, in every role. */
function unitIdsOf(content: Partial<DirectiveContent>): string[] {
  return content.unitIds ? ROLES.flatMap((role) => content.unitIds![role]) : [];
}

function applyEvent(db: Database, stored: StoredEvent, issuerKeyOf: (issuer: string) => string): void {
  const event = { type: stored.type, data: stored.data } as DirectiveEvent;
  const directiveId = event.data.directiveId;
  cachedStatement(
    db,
    `INSERT OR REPLACE INTO compliance_events (directive_id, revision, type, data, recorded_at, effective_on)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(directiveId, stored.revision, event.type, JSON.stringify(event.data), (stored.metadata as EventMetadata).recordedAt, effectiveDateOf(event));
  let units: string[] = [];
  if (event.type === 'DirectiveAssigned') {
    const { plan, extracted } = event.data;
    cachedStatement(
      db,
      `INSERT OR REPLACE INTO compliance_directives (directive_id, document_id, issuer, issuer_key, year, plan_number, plan_title)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(directiveId, plan.documentId, plan.issuer, plan.issuer ? issuerKeyOf(plan.issuer) : null, planYear(plan), plan.number, plan.title);
    units = unitIdsOf(extracted);
  } else if (event.type === 'DirectiveCorrected') {
    units = unitIdsOf(event.data.after);
  }
  const insertUnit = cachedStatement(db, 'INSERT OR IGNORE INTO compliance_directive_units (unit_id, directive_id) VALUES (?, ?)');
  for (const unitId of units) insertUnit.run(unitId, directiveId);
}

/**
 * Keeps every directive event with its effective date and recorded time. Nothing here depends on the clock or on
 * "as of": the buckets are computed by the query from this history (libs/domain directiveAsOf), so one read model
 * answers every date, and a rebuild reproduces it row for row.
 */
export const complianceProjection: Projection = {
  name: 'compliance',
  schemaSql: COMPLIANCE_SCHEMA_SQL,
  drop: COMPLIANCE_TABLES,
  handles: DIRECTIVE_EVENT_TYPES,
  apply(db: Database, event: StoredEvent): void {
    applyEvent(db, event, foldVietnamese);
  },
  /** A batch's directives mostly share a few issuers: each is folded once. */
  applyBatch(db: Database, events: readonly StoredEvent[]): void {
    const issuerKeyOf = memoized(foldVietnamese);
    for (const event of events) applyEvent(db, event, issuerKeyOf);
  },
};
