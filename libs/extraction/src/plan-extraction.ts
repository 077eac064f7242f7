/** The typed result of extraction; serialises to the spec's `vn-plan/1` object (shared/spec/plan-extraction.md). */
import type { TextRange } from './plan-text';

export type DocumentKind =
  | 'KE_HOACH' | 'QUYET_DINH' | 'CHI_THI' | 'NGHI_QUYET' | 'NGHI_DINH' | 'THONG_TU' | 'LUAT' | 'QUY_CHE'
  | 'KET_LUAN' | 'CONG_VAN' | 'THONG_BAO' | 'BAO_CAO' | 'HUONG_DAN' | 'CHUONG_TRINH' | 'OTHER';

export type DeadlineKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'range' | 'relative';

export type Recurrence = 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'continuous' | 'periodic';

export interface Deadline {
  kind: DeadlineKind;
  start: string | null;
  due: string | null;
  raw: string;
  span?: TextRange;
}

export interface Reference {
  kind: DocumentKind;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title?: string;
  span?: TextRange;
}

export interface Signer {
  name: string | null;
  position: string | null;
}

export interface DocumentFields {
  kind: DocumentKind;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  title: string | null;
  year: number | null;
  signer: Signer | null;
  recipients: string[];
  references: Reference[];
  /** Where each field was read, by field name. */
  spans?: Record<string, TextRange>;
}

export interface DirectiveUnits {
  lead: string[];
  support: string[];
  direct: string[];
}

export interface Directive {
  id: string;
  text: string;
  section: string | null;
  units: DirectiveUnits;
  /** Canonical unit ids (folded, aliases expanded, qualified by issuer) for the same names, by role. */
  unitIds: DirectiveUnits;
  deadline: Deadline | null;
  recurrence: Recurrence | null;
  span: TextRange;
  /** Structural place, e.g. "II/2/a#3" or "table1/row7": the basis of the stable directive id. */
  place: string;
}

export interface PlanExtraction {
  schema: 'vn-plan/1';
  source: string;
  extractorVersion: string;
  document: DocumentFields;
  directives: Directive[];
}
