import { READ_MODEL_PROJECTIONS } from '../runner/read-model-projections';
import {
  documentReceived,
  documentRejected,
  extractionFailed,
  openTestLedger,
  planParsed,
  textExtracted,
  type TestLedger,
} from '../runner/testing/plan-events';
import { getDocument, listDocuments, type ListDocumentsQuery } from './documents.query';

describe('documents read model', () => {
  let ledger: TestLedger;
  beforeEach(() => {
    ledger = openTestLedger(READ_MODEL_PROJECTIONS);
  });
  afterEach(() => ledger.close());

  const given = (...events: Parameters<TestLedger['given']>) => ledger.given(...events);
  const db = () => ledger.readModels.db;

  it('shows a received file with its name, hash, size and type', async () => {
    await given(documentReceived('doc-1', 'Kế hoạch 01.pdf', '2026-02-01T09:00:00.000Z'));
    expect(getDocument(db(), 'doc-1')).toMatchObject({
      fileName: 'Kế hoạch 01.pdf',
      sha256: 'sha-doc-1',
      size: 1234,
      mediaType: 'application/pdf',
      status: 'received',
      receivedAt: '2026-02-01T09:00:00.000Z',
      rejection: null,
      failure: null,
    });
  });

  it('carries the plan metadata, counts and extractor version once parsed', async () => {
    await given(
      documentReceived('doc-1', 'kh.pdf'),
      textExtracted('doc-1'),
      planParsed('doc-1', [{ id: 'a', text: 'Việc một' }, { id: 'b', text: 'Việc hai' }], { number: '15/KH-UBND', year: 2025 }, { extractorVersion: '2.0.0', recordedAt: '2026-02-02T00:00:00.000Z' }),
    );
    expect(getDocument(db(), 'doc-1')).toMatchObject({
      status: 'parsed',
      kind: 'KE_HOACH',
      number: '15/KH-UBND',
      symbol: 'KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Hà Giang',
      place: 'Hà Giang',
      issuedOn: '2026-01-04',
      title: 'Công tác thi đua, khen thưởng năm 2026',
      year: 2025,
      signer: { name: 'Nguyễn Văn A', position: 'Chủ tịch' },
      counts: { directives: 2, references: 1 },
      extractorVersion: '2.0.0',
      text: { source: 'pdf', characters: 5000, pages: 3 },
      parsedAt: '2026-02-02T00:00:00.000Z',
      updatedAt: '2026-02-02T00:00:00.000Z',
    });
  });

  it('keeps the rejection code and reason', async () => {
    await given(documentReceived('doc-1', 'scan.pdf'), documentRejected('doc-1', 'DOCUMENT.NEEDS_OCR', 'Tệp PDF chỉ có ảnh'));
    expect(getDocument(db(), 'doc-1')).toMatchObject({
      status: 'rejected',
      rejection: { code: 'DOCUMENT.NEEDS_OCR', reason: 'Tệp PDF chỉ có ảnh' },
    });
  });

  it('counts failures and clears the failure once text is read', async () => {
    await given(documentReceived('doc-1', 'kh.pdf'), extractionFailed('doc-1', 1), extractionFailed('doc-1', 2));
    expect(getDocument(db(), 'doc-1')!.failure).toEqual({ stage: 'text', error: 'timeout', attempts: 2 });
    await given(textExtracted('doc-1'));
    expect(getDocument(db(), 'doc-1')).toMatchObject({ status: 'text_extracted', failure: null });
  });

  it('returns null for an unknown id', () => {
    expect(getDocument(db(), 'nope')).toBeNull();
  });

  describe('list', () => {
    beforeEach(async () => {
      await given(
        documentReceived('a', 'a.pdf', '2026-01-01T00:00:00.000Z'),
        planParsed('a', [], { year: 2025, issuer: 'UBND tỉnh A' }),
        documentReceived('b', 'b.pdf', '2026-01-02T00:00:00.000Z'),
        planParsed('b', [], { year: 2026, issuer: 'UBND tỉnh A', kind: 'CHUONG_TRINH' }),
        documentReceived('c', 'c.pdf', '2026-01-03T00:00:00.000Z'),
        documentRejected('c', 'DOCUMENT.EMPTY', 'Tệp rỗng'),
      );
    });

    it.each<[ListDocumentsQuery, string[], number]>([
      [{}, ['c', 'b', 'a'], 3],
      [{ year: 2026 }, ['b'], 1],
      [{ issuer: 'UBND tỉnh A' }, ['b', 'a'], 2],
      [{ kind: 'KE_HOACH' }, ['a'], 1],
      [{ status: 'rejected' }, ['c'], 1],
      [{ limit: 1, offset: 1 }, ['b'], 3],
    ])('%j lists newest first', (query, expected, total) => {
      const page = listDocuments(db(), query);
      expect(page.items.map((d) => d.id)).toEqual(expected);
      expect(page.total).toBe(total);
    });
  });
});
