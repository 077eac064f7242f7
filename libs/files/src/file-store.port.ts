import type { PlanText } from '@plan-ledger/extraction';

/**
 * Content-addressed storage (DESIGN, Flow): a file's key is its sha256, so storing the same bytes twice is one
 * file and a key can never be a path a user chose. PlanText is stored the same way, as JSON.
 */
export interface StoredFile {
  sha256: string;
  key: string;
  size: number;
}

export interface FileStore {
  /** Stores the bytes atomically (a reader sees the whole file or none) and returns their address. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** Throws PlanLedgerError DOCUMENT.NOT_FOUND for an unknown key. */
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  putText(text: PlanText): Promise<StoredFile>;
  getText(key: string): Promise<PlanText>;
  /**
   * Removes what a crash can leave behind: stored files that `isReferenced` rejects and unfinished temporaries,
   * both only if last written before `writtenBefore` (a writer still between storing a file and recording it keeps
   * its file). Returns the keys removed.
   */
  sweep(isReferenced: (key: string) => boolean, writtenBefore: Date): Promise<string[]>;
}

export const FILE_STORE = Symbol('FILE_STORE');
