import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PlanText } from '@plan-ledger/extraction';
import { LocalFileStore } from './local-file-store';

describe('LocalFileStore', () => {
  let root: string;
  let store: LocalFileStore;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'pl-files-'));
    store = new LocalFileStore(root);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('stores bytes under their sha256, in a two-digit folder, and reads them back', async () => {
    const bytes = Buffer.from('KẾ HOẠCH thi đua', 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = await store.put(bytes);
    expect(stored).toEqual({ sha256, key: sha256, size: bytes.length });
    expect(await fs.readFile(path.join(root, sha256.slice(0, 2), sha256.slice(2)))).toEqual(bytes);
    expect(await store.get(stored.key)).toEqual(bytes);
    expect(await store.exists(stored.key)).toBe(true);
  });

  it('stores the same bytes once and leaves no temp file behind', async () => {
    const bytes = Buffer.from([1, 2, 3]);
    const [a, b] = await Promise.all([store.put(bytes), store.put(bytes)]);
    expect(a.key).toBe(b.key);
    expect(await fs.readdir(path.join(root, 'tmp'))).toEqual([]);
    expect(await fs.readdir(path.join(root, a.key.slice(0, 2)))).toEqual([a.key.slice(2)]);
  });

  it('round-trips a PlanText with its Vietnamese text intact', async () => {
    const text: PlanText = { text: 'Khen thưởng', blocks: [{ kind: 'paragraph', start: 0, end: 11 }], source: 'text' };
    const stored = await store.putText(text);
    expect(await store.getText(stored.key)).toEqual(text);
  });

  it.each([['unknown', 'f'.repeat(64)], ['path-like', '../../etc/passwd'], ['empty', '']])('refuses a %s key with DOCUMENT.NOT_FOUND', async (_label, key) => {
    await expect(store.get(key)).rejects.toMatchObject({ code: 'DOCUMENT.NOT_FOUND' });
    expect(await store.exists(key)).toBe(false);
  });
});
