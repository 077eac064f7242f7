import type { CommandBus } from '@nestjs/cqrs';
import type { Limits } from '@plan-ledger/config';
import { sniffDocumentType } from '@plan-ledger/documents';
import { documentIdFromSha256, PlanLedgerError, type Actor, type DocumentStatus } from '@plan-ledger/domain';
import type { EventStore } from '@plan-ledger/event-store';
import type { FileStore } from '@plan-ledger/files';
import type { JobQueue } from '@plan-ledger/jobs';
import { loadDocumentStream, ReceiveDocument } from '../commands';
import { EXTRACT_TEXT_JOB, type DocumentJobPayload } from './ingestion-jobs';
import { MEDIA_TYPES } from './media-type';

export interface IncomingFile {
  bytes: Uint8Array;
  /** As the client sent it: data only, never used as a path. */
  fileName: string;
}

export interface Receipt {
  id: string;
  fileName: string;
  /** 'received' for a new document; a duplicate's current status. */
  status: Exclude<DocumentStatus, 'absent'>;
  /** True when the same bytes were already received: the existing document's id is returned. */
  duplicate: boolean;
}

/**
 * The front door of the pipeline (DESIGN, Flow): refuses what is plainly not a plan before anything is written
 * (empty, too large, not PDF/DOCX/text by its bytes), stores the file content-addressed, records DocumentReceived
 * and queues text extraction. Deeper problems (damaged, encrypted, zip bomb, scanned) surface in the job as
 * DocumentRejected, because finding them means reading the whole file.
 */
export class DocumentIntake {
  constructor(
    private readonly commands: CommandBus,
    private readonly events: EventStore,
    private readonly files: FileStore,
    private readonly jobs: JobQueue,
    private readonly limits: Limits,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** All files are checked before any is stored, so a refused upload writes nothing. */
  async receive(incoming: readonly IncomingFile[], actor: Actor): Promise<Receipt[]> {
    if (incoming.length === 0) throw new PlanLedgerError('COMMAND.INVALID', 'no file was sent (multipart field "files")');
    const checked = incoming.map((file) => ({ ...file, type: this.check(file) }));
    const receipts: Receipt[] = [];
    for (const file of checked) receipts.push(await this.store(file, MEDIA_TYPES[file.type], actor));
    return receipts;
  }

  private check({ bytes, fileName }: IncomingFile) {
    try {
      if (bytes.byteLength > this.limits.maxUploadBytes) {
        throw new PlanLedgerError('DOCUMENT.TOO_LARGE', `file too large (${bytes.byteLength} bytes, limit ${this.limits.maxUploadBytes})`);
      }
      return sniffDocumentType(bytes);
    } catch (error) {
      if (error instanceof PlanLedgerError) {
        throw new PlanLedgerError(error.code, `${fileName}: ${error.message}`, { ...error.details, fileName });
      }
      throw error;
    }
  }

  private async store(file: IncomingFile, mediaType: (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES], actor: Actor): Promise<Receipt> {
    const { sha256 } = await this.files.put(file.bytes);
    const documentId = documentIdFromSha256(sha256);
    const { duplicate } = await this.commands.execute(
      new ReceiveDocument(
        { documentId, sha256, fileName: file.fileName, size: file.bytes.byteLength, mediaType },
        { now: this.now().toISOString(), actor, correlationId: documentId },
      ),
    );
    const status = duplicate ? (await loadDocumentStream(this.events, documentId)).state.status : 'received';
    // Queued even for a duplicate: if the first upload's job was lost in a crash, this resumes it; a finished
    // document's job returns at once.
    await this.jobs.enqueue<DocumentJobPayload>({ name: EXTRACT_TEXT_JOB, id: documentId, payload: { documentId } });
    return { id: documentId, fileName: file.fileName, status: status === 'absent' ? 'received' : status, duplicate };
  }
}
