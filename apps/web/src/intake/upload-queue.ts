import type { DocumentStatus } from '../api/responses';

/** One file's way from the drop to its final status. */
export interface QueuedFile {
  key: string;
  name: string;
  progress: number;
  status: 'uploading' | DocumentStatus;
  duplicate: boolean;
  documentId: string | null;
  rejection: { code: string; reason: string | null } | null;
}

export type QueueAction =
  | { type: 'added'; files: { key: string; name: string }[] }
  | { type: 'progressed'; key: string; progress: number }
  | { type: 'received'; key: string; documentId: string; status: DocumentStatus; duplicate: boolean }
  | { type: 'refused'; key: string; code: string; reason: string }
  | { type: 'settled'; key: string; status: DocumentStatus; rejection: QueuedFile['rejection'] }
  | { type: 'cleared' };

const FINAL: ReadonlySet<QueuedFile['status']> = new Set(['parsed', 'rejected', 'failed']);
export const isFinal = (file: QueuedFile): boolean => FINAL.has(file.status);

const update = (queue: QueuedFile[], key: string, change: Partial<QueuedFile>) => queue.map((f) => (f.key === key ? { ...f, ...change } : f));

/** Pure: the queue after an action. */
export function uploadQueue(queue: QueuedFile[], action: QueueAction): QueuedFile[] {
  switch (action.type) {
    case 'added':
      return [...queue, ...action.files.map((f) => ({ ...f, progress: 0, status: 'uploading' as const, duplicate: false, documentId: null, rejection: null }))];
    case 'progressed':
      return update(queue, action.key, { progress: action.progress });
    case 'received':
      return update(queue, action.key, { progress: 1, documentId: action.documentId, status: action.status, duplicate: action.duplicate });
    case 'refused':
      return update(queue, action.key, { progress: 1, status: 'rejected', rejection: { code: action.code, reason: action.reason } });
    case 'settled':
      return update(queue, action.key, { status: action.status, rejection: action.rejection });
    case 'cleared':
      return queue.filter((f) => !isFinal(f));
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}
