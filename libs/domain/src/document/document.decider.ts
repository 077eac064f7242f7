/**
 * The document stream's decider (STYLE 1): received -> text extracted -> parsed (again with each newer extractor),
 * or rejected for good; failed attempts are recorded along the way. Retried jobs send the same commands again, so
 * a command that repeats what the stream already says decides nothing instead of failing.
 */
import { PlanLedgerError, REJECTION_CODES, type ErrorCode } from '../errors';
import { documentIdFromSha256 } from '../ids';
import type { CommandContext } from '../metadata';
import type {
  DocumentEvent,
  DocumentReceivedData,
  DocumentRejectedData,
  ExtractionFailedData,
  PlanParsedData,
  TextExtractedData,
} from './document.events';
import { compareExtractorVersions } from './extractor-version';
import { sameJson } from './same-json';

export type { DocumentEvent };

export type DocumentCommand =
  /** `receivedAt` is when the file arrived, if that was before the command (defaults to the context's `now`). */
  | { type: 'ReceiveDocument'; data: ReceiveDocumentData }
  | { type: 'RecordTextExtracted'; data: TextExtractedData }
  | { type: 'RejectDocument'; data: { code: ErrorCode; reason: string } }
  /** `attempt` is the job queue's attempt number when it has one; otherwise the next after those recorded. */
  | { type: 'RecordExtractionFailure'; data: RecordExtractionFailureData }
  | { type: 'RecordPlanParsed'; data: { extractorVersion: string; extraction: unknown } };

export type ReceiveDocumentData = Omit<DocumentReceivedData, 'receivedAt'> & { receivedAt?: string };

export interface RecordExtractionFailureData {
  stage: ExtractionFailedData['stage'];
  error: string;
  attempt?: number;
}

export type DocumentStatus = 'absent' | 'received' | 'text_extracted' | 'parsed' | 'rejected';

export interface DocumentState {
  status: DocumentStatus;
  received: DocumentReceivedData | null;
  text: TextExtractedData | null;
  /** The latest parse; projections use it too. */
  parsed: Pick<PlanParsedData, 'extractorVersion' | 'extraction'> | null;
  rejection: Pick<DocumentRejectedData, 'code' | 'reason'> | null;
  /** The highest failed attempt recorded, by stage. */
  failures: Record<ExtractionFailedData['stage'], number>;
}

export const initialState: DocumentState = {
  status: 'absent',
  received: null,
  text: null,
  parsed: null,
  rejection: null,
  failures: { text: 0, parse: 0 },
};

export function evolve(state: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'DocumentReceived':
      return { ...state, status: 'received', received: event.data };
    case 'TextExtracted':
      return { ...state, status: 'text_extracted', text: event.data };
    case 'DocumentRejected':
      return { ...state, status: 'rejected', rejection: { code: event.data.code, reason: event.data.reason } };
    case 'ExtractionFailed':
      return {
        ...state,
        failures: { ...state.failures, [event.data.stage]: Math.max(state.failures[event.data.stage], event.data.attempt) },
      };
    case 'PlanParsed':
      return {
        ...state,
        status: 'parsed',
        parsed: { extractorVersion: event.data.extractorVersion, extraction: event.data.extraction },
      };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export function decide(command: DocumentCommand, state: DocumentState, ctx: CommandContext): DocumentEvent[] {
  switch (command.type) {
    case 'ReceiveDocument':
      return receive(command.data, state, ctx);
    case 'RecordTextExtracted':
      return recordText(command.data, state);
    case 'RejectDocument':
      return reject(command.data, state);
    case 'RecordExtractionFailure':
      return recordFailure(command.data, state);
    case 'RecordPlanParsed':
      return recordParse(command.data, state);
    default: {
      const unknown: never = command;
      throw refused(`unknown command ${(unknown as { type: string }).type}`, state);
    }
  }
}

function receive({ receivedAt, ...data }: ReceiveDocumentData, state: DocumentState, ctx: CommandContext): DocumentEvent[] {
  if (data.documentId !== documentIdFromSha256(data.sha256)) {
    throw refused('the document id is not the one its SHA-256 gives', state, { documentId: data.documentId });
  }
  // The same bytes again are the same document, whatever has happened to it since.
  if (state.status !== 'absent') return [];
  return [{ type: 'DocumentReceived', data: { ...data, receivedAt: receivedAt ?? ctx.now } }];
}

function recordText(data: TextExtractedData, state: DocumentState): DocumentEvent[] {
  const received = requireReceived(state, data.documentId);
  if (state.text) {
    if (sameJson(state.text, data)) return [];
    throw refused('the text was already extracted, differently', state);
  }
  requireNotRejected(state);
  return [{ type: 'TextExtracted', data: { ...data, documentId: received.documentId } }];
}

function reject(data: { code: ErrorCode; reason: string }, state: DocumentState): DocumentEvent[] {
  const received = requireReceived(state);
  if (!REJECTION_CODES.has(data.code)) {
    throw refused(`${data.code} describes a failure to retry, not a rejection of the document`, state);
  }
  if (state.rejection) {
    if (state.rejection.code === data.code && state.rejection.reason === data.reason) return [];
    requireNotRejected(state);
  }
  if (state.status === 'parsed') throw refused('a parsed plan cannot be rejected', state);
  return [{ type: 'DocumentRejected', data: { documentId: received.documentId, ...data } }];
}

function recordFailure({ stage, error, attempt }: RecordExtractionFailureData, state: DocumentState): DocumentEvent[] {
  const received = requireReceived(state);
  requireNotRejected(state);
  if (state.status === 'parsed') throw refused('the plan is already parsed', state);
  if (stage === 'text' && state.text) throw refused('the text is already extracted', state);
  // A retried job reporting an attempt already on record adds nothing.
  if (attempt !== undefined && attempt <= state.failures[stage]) return [];
  const data = { documentId: received.documentId, stage, error, attempt: attempt ?? state.failures[stage] + 1 };
  return [{ type: 'ExtractionFailed', data }];
}

function recordParse(data: { extractorVersion: string; extraction: unknown }, state: DocumentState): DocumentEvent[] {
  const received = requireReceived(state);
  requireNotRejected(state);
  if (!state.text) throw refused('a plan is parsed only from extracted text', state);
  if (state.parsed) {
    const order = compareExtractorVersions(data.extractorVersion, state.parsed.extractorVersion);
    if (order < 0) throw refused(`extractor ${data.extractorVersion} is older than ${state.parsed.extractorVersion}`, state);
    if (order === 0) {
      if (sameJson(state.parsed.extraction, data.extraction)) return [];
      throw refused(`extractor ${data.extractorVersion} already parsed this plan differently`, state);
    }
  }
  return [{ type: 'PlanParsed', data: { documentId: received.documentId, ...data } }];
}

function requireReceived(state: DocumentState, documentId?: string): DocumentReceivedData {
  if (!state.received) throw refused('the document has not been received', state);
  if (documentId !== undefined && documentId !== state.received.documentId) {
    throw refused('the command names another document', state, { documentId });
  }
  return state.received;
}

function requireNotRejected(state: DocumentState): void {
  if (state.rejection) throw refused(`the document was rejected (${state.rejection.code})`, state);
}

/** The three together, for handlers and specifications; the index exports this rather than bare `decide`. */
export const documentDecider = { decide, evolve, initialState };

const refused = (why: string, state: DocumentState, details: Record<string, unknown> = {}): PlanLedgerError =>
  new PlanLedgerError('COMMAND.REJECTED', why, {
    documentId: state.received?.documentId ?? null,
    status: state.status,
    ...details,
  });
