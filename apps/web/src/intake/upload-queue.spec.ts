import { isFinal, uploadQueue, type QueuedFile } from './upload-queue';

describe('uploadQueue', () => {
  const added = uploadQueue([], { type: 'added', files: [{ key: 'a', name: 'a.docx' }, { key: 'b', name: 'b.pdf' }] });

  it('given dropped files, then each waits uploading at 0%', () => {
    expect(added.map((f) => [f.name, f.status, f.progress])).toEqual([['a.docx', 'uploading', 0], ['b.pdf', 'uploading', 0]]);
  });

  it('given a receipt, then only that file carries its id and the duplicate flag', () => {
    const queue = uploadQueue(added, { type: 'received', key: 'b', documentId: 'id-b', status: 'parsed', duplicate: true });
    expect(queue.find((f) => f.key === 'b')).toMatchObject({ documentId: 'id-b', duplicate: true, status: 'parsed', progress: 1 });
    expect(queue.find((f) => f.key === 'a')).toMatchObject({ documentId: null, duplicate: false, status: 'uploading' });
  });

  it('given a refusal at upload, then the file is rejected with its reason and final', () => {
    const [a] = uploadQueue(added, { type: 'refused', key: 'a', code: 'DOCUMENT.LEGACY_DOC', reason: 'legacy' });
    expect(a.rejection).toEqual({ code: 'DOCUMENT.LEGACY_DOC', reason: 'legacy' });
    expect(isFinal(a)).toBe(true);
  });

  it('when cleared, then only unfinished files stay', () => {
    let queue: QueuedFile[] = uploadQueue(added, { type: 'received', key: 'a', documentId: 'id-a', status: 'received', duplicate: false });
    queue = uploadQueue(queue, { type: 'settled', key: 'a', status: 'parsed', rejection: null });
    expect(uploadQueue(queue, { type: 'cleared' }).map((f) => f.key)).toEqual(['b']);
  });
});
