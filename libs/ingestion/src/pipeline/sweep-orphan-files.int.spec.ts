import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SqliteEventStore, uuidV7 } from '@plan-ledger/event-store';
import { LocalFileStore } from '@plan-ledger/files';
import { sweepOrphanFiles } from './sweep-orphan-files';

describe('sweepOrphanFiles (real SQLite log and file store)', () => {
  let dir: string;
  let events: SqliteEventStore;
  let files: LocalFileStore;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pl-sweep-'));
    events = new SqliteEventStore(path.join(dir, 'events.sqlite'));
    files = new LocalFileStore(path.join(dir, 'files'));
  });
  afterEach(async () => {
    await events.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const append = (stream: string, type: string, data: object) => events.appendToStream(stream, [{ id: uuidV7(), type, data, metadata: {} }]);
  const tmpFiles = async () => fs.readdir(path.join(dir, 'files', 'tmp')).catch(() => []);

  it('removes files no event refers to and stray temporaries, keeping recorded and younger ones', async () => {
    const received = await files.put(Buffer.from('kế hoạch 1'));
    const text = await files.put(Buffer.from('{"text":"kế hoạch 1"}'));
    const orphan = await files.put(Buffer.from('upload interrupted before DocumentReceived'));
    await fs.writeFile(path.join(dir, 'files', 'tmp', 'half-written'), 'x');
    await append('document-1', 'DocumentReceived', { documentId: '1', sha256: received.sha256 });
    await append('document-1', 'TextExtracted', { documentId: '1', textKey: text.key });
    const startedAt = new Date(Date.now() + 1000);
    const young = await files.put(Buffer.from('stored by another process a moment ago'));
    const future = new Date(Date.now() + 60_000);
    await fs.utimes(path.join(dir, 'files', young.key.slice(0, 2), young.key.slice(2)), future, future);

    expect(await sweepOrphanFiles(events, files, startedAt)).toEqual([orphan.key]);
    expect(await Promise.all([received.key, text.key, orphan.key, young.key].map((k) => files.exists(k)))).toEqual([true, true, false, true]);
    expect(await tmpFiles()).toEqual([]);
  });

  it('keeps an old unrecorded file that is being uploaded again right now', async () => {
    const bytes = Buffer.from('left by a crash long ago, sent again today');
    const { key } = await files.put(bytes);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await fs.utimes(path.join(dir, 'files', key.slice(0, 2), key.slice(2)), longAgo, longAgo);
    const startedAt = new Date();
    await files.put(bytes);
    expect(await sweepOrphanFiles(events, files, startedAt)).toEqual([]);
    expect(await files.exists(key)).toBe(true);
  });
});
