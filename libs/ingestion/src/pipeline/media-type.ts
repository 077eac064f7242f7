import type { DocumentType } from '@plan-ledger/documents';
import type { DocumentReceivedData } from '@plan-ledger/domain';

export const MEDIA_TYPES: Record<DocumentType, DocumentReceivedData['mediaType']> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
};
