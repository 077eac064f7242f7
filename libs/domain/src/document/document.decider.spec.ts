import { createHash } from 'node:crypto';
import { PlanLedgerError } from '../errors';
import { documentIdFromSha256 } from '../ids';
import type { CommandContext } from '../metadata';
import { DeciderSpecification } from '../testing/decider-spec';
import { documentDecider, type DocumentCommand, type DocumentEvent } from './document.decider';

const ctx: CommandContext = {
  now: '2026-03-02T09:00:00.000Z',
  actor: { user: 'system', role: 'system' },
  correlationId: 'corr-1',
};
const spec = DeciderSpecification.for(documentDecider, ctx);
const rejectedBecause = (fragment: RegExp) => (e: PlanLedgerError) => e.code === 'COMMAND.REJECTED' && fragment.test(e.message);

const sha256 = createHash('sha256').update('Kế hoạch tổ chức hội nghị').digest('hex');
const documentId = documentIdFromSha256(sha256);
const file = { documentId, sha256, fileName: 'Kế hoạch 12.pdf', size: 48213, mediaType: 'application/pdf' as const };
const text = { documentId, textKey: `text/${sha256}`, textSha256: 'f'.repeat(64), source: 'pdf' as const, characters: 5120, pages: 4 };
const extraction = { schema: 'vn-plan/1', document: { kind: 'KE_HOACH', number: '12' }, directives: [{ place: 'I/1', text: 'Tổ chức' }] };

const received: DocumentEvent = { type: 'DocumentReceived', data: { ...file, receivedAt: ctx.now } };
const textExtracted: DocumentEvent = { type: 'TextExtracted', data: text };
const parsed = (extractorVersion: string, result: unknown = extraction): DocumentEvent => ({
  type: 'PlanParsed',
  data: { documentId, extractorVersion, extraction: result },
});
const rejected: DocumentEvent = { type: 'DocumentRejected', data: { documentId, code: 'DOCUMENT.ENCRYPTED', reason: 'password-protected PDF' } };
const failed = (stage: 'text' | 'parse', attempt: number): DocumentEvent => ({
  type: 'ExtractionFailed',
  data: { documentId, stage, error: 'Error: timeout', attempt },
});

const receive: DocumentCommand = { type: 'ReceiveDocument', data: file };
const recordText: DocumentCommand = { type: 'RecordTextExtracted', data: text };
const recordParse = (extractorVersion: string, result: unknown = extraction): DocumentCommand => ({
  type: 'RecordPlanParsed',
  data: { extractorVersion, extraction: result },
});
const reject: DocumentCommand = { type: 'RejectDocument', data: { code: 'DOCUMENT.ENCRYPTED', reason: 'password-protected PDF' } };
const fail = (stage: 'text' | 'parse', attempt?: number): DocumentCommand => ({
  type: 'RecordExtractionFailure',
  data: { stage, error: 'Error: timeout', attempt },
});

describe('document decider', () => {
  describe('when nothing was received', () => {
    it('records the receipt at the time of the command', () => {
      spec.given([]).when(receive).then([received]);
    });

    it('keeps the time the file arrived when the command gives it', () => {
      const receivedAt = '2026-03-02T08:59:58.000Z';
      spec
        .given([])
        .when({ type: 'ReceiveDocument', data: { ...file, receivedAt } })
        .then([{ type: 'DocumentReceived', data: { ...file, receivedAt } }]);
    });

    it('refuses a document id that is not derived from the SHA-256', () => {
      spec
        .given([])
        .when({ type: 'ReceiveDocument', data: { ...file, documentId: documentIdFromSha256('0'.repeat(64)) } })
        .thenThrows(PlanLedgerError, rejectedBecause(/SHA-256/));
    });

    it.each<[string, DocumentCommand]>([
      ['text', recordText],
      ['a rejection', reject],
      ['a failure', fail('text')],
      ['a parse', recordParse('1.0.0')],
    ])('refuses %s', (_, command) => {
      spec.given([]).when(command).thenThrows(PlanLedgerError, rejectedBecause(/not been received/));
    });
  });

  describe('when received', () => {
    it('treats the same file again as the same document: nothing happens', () => {
      spec.given([received]).when(receive).thenNothingHappens();
    });

    it('records the extracted text', () => {
      spec.given([received]).when(recordText).then([textExtracted]);
    });

    it('refuses text for another document', () => {
      const other = documentIdFromSha256('1'.repeat(64));
      spec
        .given([received])
        .when({ type: 'RecordTextExtracted', data: { ...text, documentId: other } })
        .thenThrows(PlanLedgerError, rejectedBecause(/another document/));
    });

    it('records a rejection for a reason that lies in the file itself', () => {
      spec.given([received]).when(reject).then([rejected]);
    });

    it('refuses to reject for a reason worth retrying', () => {
      spec
        .given([received])
        .when({ type: 'RejectDocument', data: { code: 'DOCUMENT.TIMEOUT', reason: 'took too long' } })
        .thenThrows(PlanLedgerError, rejectedBecause(/retry/));
    });

    it('numbers failed attempts by stage', () => {
      spec.given([received]).when(fail('text')).then([failed('text', 1)]);
      spec.given([received, failed('text', 1)]).when(fail('text')).then([failed('text', 2)]);
    });

    it('records the attempt number the job queue gives, once', () => {
      spec.given([received, failed('text', 1)]).when(fail('text', 3)).then([failed('text', 3)]);
      spec.given([received, failed('text', 3)]).when(fail('text', 3)).thenNothingHappens();
    });

    it('refuses a parse before the text is extracted', () => {
      spec.given([received]).when(recordParse('1.0.0')).thenThrows(PlanLedgerError, rejectedBecause(/extracted text/));
    });
  });

  describe('when the text was extracted', () => {
    const history = [received, textExtracted];

    it('treats the same text again as a no-op', () => {
      spec.given(history).when({ type: 'RecordTextExtracted', data: { ...text } }).thenNothingHappens();
    });

    it('refuses different text', () => {
      spec
        .given(history)
        .when({ type: 'RecordTextExtracted', data: { ...text, characters: 5121 } })
        .thenThrows(PlanLedgerError, rejectedBecause(/already extracted/));
    });

    it('records the parsed plan', () => {
      spec.given(history).when(recordParse('1.0.0')).then([parsed('1.0.0')]);
    });

    it('records a parse failure, but no more text failures', () => {
      spec.given(history).when(fail('parse')).then([failed('parse', 1)]);
      spec.given(history).when(fail('text')).thenThrows(PlanLedgerError, rejectedBecause(/already extracted/));
    });

    it('may still reject the document (not a plan after all)', () => {
      const notAPlan = { code: 'DOCUMENT.NOT_A_PLAN' as const, reason: 'no directives' };
      spec
        .given(history)
        .when({ type: 'RejectDocument', data: notAPlan })
        .then([{ type: 'DocumentRejected', data: { documentId, ...notAPlan } }]);
    });
  });

  describe('when parsed', () => {
    const history = [received, textExtracted, parsed('1.2.0')];

    it('treats the same extraction by the same extractor version as a no-op, whatever its key order', () => {
      const reordered = { directives: extraction.directives, document: { number: '12', kind: 'KE_HOACH' }, schema: 'vn-plan/1' };
      spec.given(history).when(recordParse('1.2.0', reordered)).thenNothingHappens();
    });

    it('appends a new PlanParsed for a newer extractor version', () => {
      const reworded = { ...extraction, directives: [{ place: 'I/1', text: 'Tổ chức hội nghị' }] };
      spec.given(history).when(recordParse('1.10.0', reworded)).then([parsed('1.10.0', reworded)]);
    });

    it('compares against the latest parse', () => {
      spec.given([...history, parsed('1.3.0')]).when(recordParse('1.3.0')).thenNothingHappens();
      spec.given([...history, parsed('1.3.0')]).when(recordParse('1.2.0')).thenThrows(PlanLedgerError, rejectedBecause(/older/));
    });

    it('refuses a different extraction from the same extractor version', () => {
      spec
        .given(history)
        .when(recordParse('1.2.0', { ...extraction, directives: [] }))
        .thenThrows(PlanLedgerError, rejectedBecause(/differently/));
    });

    it('refuses failures and rejections', () => {
      spec.given(history).when(fail('parse')).thenThrows(PlanLedgerError, rejectedBecause(/already parsed/));
      spec.given(history).when(reject).thenThrows(PlanLedgerError, rejectedBecause(/parsed plan/));
    });

    it('treats receiving the file again as a no-op', () => {
      spec.given(history).when(receive).thenNothingHappens();
    });
  });

  describe('when rejected', () => {
    const history = [received, rejected];

    it.each<[string, DocumentCommand]>([
      ['text', recordText],
      ['a failure', fail('text')],
      ['a parse', recordParse('1.0.0')],
      ['another rejection', { type: 'RejectDocument', data: { code: 'DOCUMENT.CORRUPT', reason: 'damaged' } }],
    ])('accepts no %s', (_, command) => {
      spec.given(history).when(command).thenThrows(PlanLedgerError, rejectedBecause(/rejected/));
    });

    it('treats the same rejection again, or the same file again, as a no-op', () => {
      spec.given(history).when(reject).thenNothingHappens();
      spec.given(history).when(receive).thenNothingHappens();
    });
  });

  it('folds a whole history into the state handlers and projections read', () => {
    const state = [received, failed('text', 1), textExtracted, failed('parse', 2), parsed('1.0.0'), parsed('1.1.0')].reduce(
      documentDecider.evolve,
      documentDecider.initialState,
    );
    expect(state).toEqual({
      status: 'parsed',
      received: received.data,
      text,
      parsed: { extractorVersion: '1.1.0', extraction },
      rejection: null,
      failures: { text: 1, parse: 2 },
    });
  });
});
