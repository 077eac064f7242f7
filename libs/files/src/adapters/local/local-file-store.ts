import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PlanLedgerError } from '@plan-ledger/domain';
import type { PlanText } from '@plan-ledger/extraction';
import type { FileStore, StoredFile } from '../../file-store.port';

const KEY = /^[0-9a-f]{64}$/;

/** Files under `<root>/ab/cdef…` (the first two hex digits as a folder keep directories small). */
export class LocalFileStore implements FileStore {
  private readonly tmpDir: string;

  constructor(private readonly root: string) {
    this.tmpDir = path.join(root, 'tmp');
  }

  async put(bytes: Uint8Array): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    if (!(await this.touch(target))) {
      await fs.mkdir(this.tmpDir, { recursive: true });
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Write aside, flush, then rename: a crash leaves a stray temp file, never a half-written address.
      const temp = path.join(this.tmpDir, `${sha256}.${randomUUID()}`);
      const handle = await fs.open(temp, 'wx');
      try {
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(temp, target);
      } catch (error) {
        // A full disk fails the write part-way: leave no partial temporary behind.
        await fs.rm(temp, { force: true });
        throw error;
      }
    }
    return { sha256, key: sha256, size: bytes.byteLength };
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PlanLedgerError('DOCUMENT.NOT_FOUND', `No stored file ${key}`);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  putText(text: PlanText): Promise<StoredFile> {
    return this.put(Buffer.from(JSON.stringify(text), 'utf8'));
  }

  async getText(key: string): Promise<PlanText> {
    return JSON.parse((await this.get(key)).toString('utf8')) as PlanText;
  }

  async sweep(isReferenced: (key: string) => boolean, writtenBefore: Date): Promise<string[]> {
    const removed: string[] = [];
    const entries = await fs.readdir(this.root, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const inTemp = entry.parentPath === this.tmpDir;
      const key = inTemp ? null : `${path.basename(entry.parentPath)}${entry.name}`;
      if (key !== null && (!KEY.test(key) || isReferenced(key))) continue;
      const { mtime } = await fs.stat(file).catch(() => ({ mtime: writtenBefore }));
      if (mtime >= writtenBefore) continue;
      await fs.rm(file, { force: true });
      if (key !== null) removed.push(key);
    }
    return removed;
  }

  /**
   * Marks an already stored file as just written (false when there is none): a start-up sweep running now then
   * keeps it for the event about to refer to it.
   */
  private async touch(file: string): Promise<boolean> {
    try {
      const now = new Date();
      await fs.utimes(file, now, now);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new PlanLedgerError('DOCUMENT.NOT_FOUND', `Not a file key: ${JSON.stringify(key).slice(0, 80)}`);
    return path.join(this.root, key.slice(0, 2), key.slice(2));
  }
}
