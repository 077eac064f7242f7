import type { StoredEvent } from '@plan-ledger/event-store';
import { documentReceived, documentRejected, extractionFailed, planParsed, textExtracted } from '../runner/testing/plan-events';
import { evolveDocument, type DocumentRow } from './documents.projection';

const stored = (event: Omit<StoredEvent, 'streamId' | 'revision' | 'position'>, position: number): StoredEvent => ({
  ...event,
  streamId: 'document-doc-1',
  revision: position - 1,
  position: BigInt(position),
});

const fold = (...events: Omit<StoredEvent, 'streamId' | 'revision' | 'position'>[]): DocumentRow =>
  events.reduce<DocumentRow | null>((row, event, i) => evolveDocument(row, stored(event, i + 1)), null)!;

describe('evolveDocument', () => {
  describe('given nothing', () => {
    it('DocumentReceived starts a received row timed by the event', () => {
      expect(fold(documentReceived('doc-1', 'kh.pdf', '2026-01-01T00:00:00.000Z'))).toMatchObject({
        id: 'doc-1',
        status: 'received',
        file_name: 'kh.pdf',
        received_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      });
    });
  });

  describe('given a received document', () => {
    const received = documentReceived('doc-1', 'kh.pdf');

    it.each([
      [textExtracted('doc-1'), { status: 'text_extracted', text_source: 'pdf' }],
      [documentRejected('doc-1', 'DOCUMENT.EMPTY', 'Tệp rỗng'), { status: 'rejected', rejection_code: 'DOCUMENT.EMPTY' }],
      [extractionFailed('doc-1', 1), { status: 'failed', failed_attempts: 1, failure_stage: 'text' }],
      [planParsed('doc-1', [{ id: 'x', text: 'Việc' }]), { status: 'parsed', directive_count: 1, reference_count: 1, year: 2026 }],
    ])('%# then %j', (event, expected) => {
      expect(fold(received, event)).toMatchObject(expected);
    });

    it('is deterministic: the same events give equal rows', () => {
      const events = [received, textExtracted('doc-1'), planParsed('doc-1', [])];
      expect(fold(...events)).toEqual(fold(...events));
    });
  });
});
