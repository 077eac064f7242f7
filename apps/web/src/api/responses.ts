/**
 * Response bodies of the routes the app reads. The API's OpenAPI document declares parameters and request bodies
 * (see openapi.d.ts, generated) but not yet these bodies, so they are written here after the read models
 * (libs/projections); `client.ts` takes an OpenAPI-declared body over these wherever one exists.
 */
export type DocumentStatus = 'received' | 'text_extracted' | 'parsed' | 'rejected' | 'failed';
export type DirectiveStatus = 'open' | 'done';
export type TrackedStatus = 'onTime' | 'late' | 'open' | 'overdue' | 'noDeadline' | 'cancelled';
export type DeadlineKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'range' | 'relative';

export interface TextRange {
  start: number;
  end: number;
}

export interface DirectiveUnits {
  lead: string[];
  support: string[];
  direct: string[];
}

export interface DocumentView {
  id: string;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  status: DocumentStatus;
  rejection: { code: string; reason: string | null } | null;
  failure: { stage: string | null; error: string | null; attempts: number } | null;
  kind: string | null;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  title: string | null;
  year: number | null;
  signer: { name: string | null; position: string | null } | null;
  counts: { directives: number | null; references: number | null };
  receivedAt: string | null;
}

export interface DocumentPage {
  total: number;
  items: DocumentView[];
}

export interface DirectiveView {
  id: string;
  documentId: string;
  ordinal: number;
  text: string;
  section: string | null;
  units: DirectiveUnits;
  deadline: { kind: DeadlineKind; start: string | null; due: string | null; raw: string } | null;
  span: TextRange | null;
  status: DirectiveStatus;
  completedOn: string | null;
}

export interface DocumentDetail extends DocumentView {
  directives: DirectiveView[];
}

export interface DocumentText {
  documentId: string;
  text: { text: string };
  directives: { id: string; ordinal: number; span: TextRange | null }[];
}

export interface FacetValue<T = string> {
  value: T;
  count: number;
}

export interface DirectiveHit {
  id: string;
  documentId: string;
  ordinal: number;
  text: string;
  units: string[];
  status: DirectiveStatus;
  due: string | null;
  year: number | null;
  issuer: string | null;
  plan: { number: string | null; title: string | null; issuedOn: string | null; kind: string | null };
  /** HTML-escaped text around the first match, matched words in `<mark>`. */
  snippet: string;
}

export interface DirectiveSearchResult {
  total: number;
  items: DirectiveHit[];
  facets: { unit: FacetValue[]; year: FacetValue<number>[]; issuer: FacetValue[] };
}

export interface ComplianceItem {
  directiveId: string;
  occurrence: string;
  documentId: string;
  planNumber: string | null;
  text: string;
  due: string | null;
  dueInForce: string | null;
  completedOn: string | null;
  status: TrackedStatus;
}

export interface UnitRef {
  unitId: string | null;
  name: string | null;
}

export interface ComplianceRow extends UnitRef {
  issuer: string | null;
  year: number | null;
  counts: Record<TrackedStatus, number>;
}

export interface ComplianceReport {
  asOf: string;
  knownBefore: string;
  rows: ComplianceRow[];
  totals: Record<TrackedStatus, number>;
}

export interface DeadlineItem extends ComplianceItem {
  issuer: string | null;
  year: number | null;
  units: UnitRef[];
  daysLeft: number;
}

export interface DeadlineList {
  asOf: string;
  within: number;
  upcoming: DeadlineItem[];
  overdue: DeadlineItem[];
}

export interface CommandResult {
  stream: string;
  revision: number;
  appended: string[];
}

export interface ApiErrorBody {
  code: string;
  message: string;
}

export type UserRole = 'archivist' | 'officer' | 'analyst' | 'admin';

export interface Account {
  name: string;
  roles: UserRole[];
}
