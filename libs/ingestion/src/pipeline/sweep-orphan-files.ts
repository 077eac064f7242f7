import type { EventStore } from '@plan-ledger/event-store';
import type { FileStore } from '@plan-ledger/files';

const PAGE = 1000;

/**
 * At start-up: removes stored files the log does not reference (DocumentReceived's file, TextExtracted's text).
 * A file is stored before its event is appended, so a process killed in between leaves one behind; its upload
 * was never acknowledged. Only files written before this process started are considered: another process
 * (the CLI on the same data directory) may be between storing a file and recording it right now.
 */
export async function sweepOrphanFiles(events: EventStore, files: FileStore, startedAt: Date): Promise<string[]> {
  const referenced = new Set<string>();
  for (let after = 0n; ; ) {
    const page = await events.readAll({ after, maxCount: PAGE });
    for (const event of page) {
      if (event.type === 'DocumentReceived') referenced.add((event.data as { sha256: string }).sha256);
      if (event.type === 'TextExtracted') referenced.add((event.data as { textKey: string }).textKey);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].position;
  }
  return files.sweep((key) => referenced.has(key), startedAt);
}
