/** The units directory's events (DESIGN's table): one stream per canonical unit, `unit-<unitId>`. */

export interface UnitRecognisedData {
  /** Canonical id: the folded name qualified by its issuing body (libs/extraction canonicalUnitId). */
  unitId: string;
  issuer: string | null;
  /** The name as a plan wrote it (NFC); each new spelling is recognised once, as an alias. */
  name: string;
  documentId: string;
}

export interface UnitsMergedData {
  /** The unit absorbed: this stream's unit. */
  unitId: string;
  /** The unit that takes over its names and its directives. */
  into: string;
  reason: string | null;
}

export interface UnitRenamedData {
  unitId: string;
  previous: string;
  name: string;
}

export type UnitEvent =
  | { type: 'UnitRecognised'; data: UnitRecognisedData }
  | { type: 'UnitsMerged'; data: UnitsMergedData }
  | { type: 'UnitRenamed'; data: UnitRenamedData };

export type UnitEventType = UnitEvent['type'];

export const UNIT_EVENT_TYPES: ReadonlySet<string> = new Set<UnitEventType>(['UnitRecognised', 'UnitsMerged', 'UnitRenamed']);

export const UNIT_EVENT_SCHEMA_VERSION = 1;

export const unitStream = (unitId: string): string => `unit-${unitId}`;
