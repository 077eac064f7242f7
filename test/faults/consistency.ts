import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';

/** What the event log, the read models and the file store hold, read directly from the data directory. */
export interface DataDirState {
  /** Stored files (by key) with their last write time; temporaries are not stored files. */
  files: Map<string, Date>;
  /** Document ids with a DocumentReceived, and the files the log refers to. */
  received: Set<string>;
  finished: Set<string>;
  referencedFiles: Set<string>;
  /** (stream, type) pairs written more than once, ExtractionFailed and unit streams aside (each is its own fact there). */
  repeated: { stream_id: string; type: string; n: number }[];
  /** Document ids in the documents read model. */
  readModelDocuments: Set<string>;
}

async function storedFiles(dataDir: string): Promise<Map<string, Date>> {
  const root = path.join(dataDir, 'files');
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Map<string, Date>();
  for (const entry of entries) {
    if (!entry.isFile() || path.basename(entry.parentPath) === 'tmp') continue;
    const stat = await fs.stat(path.join(entry.parentPath, entry.name)).catch(() => null);
    if (stat) files.set(path.basename(entry.parentPath) + entry.name, stat.mtime);
  }
  return files;
}

function readOnly<T>(file: string, read: (db: Database.Database) => T, empty: T): T {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return empty;
  }
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/**
 * Reads against the order of writing (a file is stored, then its event appended, then projected), so with a live
 * server on the directory each thing read was already behind what is read after it: a read-model row's events and
 * an event's file are there to be found.
 */
export async function readDataDir(dataDir: string): Promise<DataDirState> {
  const readModelDocuments = readOnly(
    path.join(dataDir, 'read-models.sqlite'),
    (db) => {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get();
      return new Set(exists ? (db.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id) : []);
    },
    new Set<string>(),
  );
  const log = readOnly(
    path.join(dataDir, 'events.sqlite'),
    (db) => {
      const rows = db.prepare("SELECT stream_id, type, data FROM events WHERE stream_id LIKE 'document-%'").all() as { stream_id: string; type: string; data: string }[];
      const repeated = db
        .prepare("SELECT stream_id, type, COUNT(*) AS n FROM events WHERE type <> 'ExtractionFailed' AND stream_id NOT LIKE 'unit-%' GROUP BY stream_id, type HAVING n > 1")
        .all() as DataDirState['repeated'];
      return { rows, repeated };
    },
    { rows: [], repeated: [] },
  );
  const received = new Set<string>();
  const finished = new Set<string>();
  const referencedFiles = new Set<string>();
  for (const { type, data } of log.rows) {
    const parsed = JSON.parse(data) as { documentId: string; sha256?: string; textKey?: string };
    if (type === 'DocumentReceived') {
      received.add(parsed.documentId);
      referencedFiles.add(parsed.sha256!);
    }
    if (type === 'TextExtracted') referencedFiles.add(parsed.textKey!);
    if (type === 'PlanParsed' || type === 'DocumentRejected') finished.add(parsed.documentId);
  }
  const files = await storedFiles(dataDir);
  return { files, received, finished, referencedFiles, repeated: log.repeated, readModelDocuments };
}
