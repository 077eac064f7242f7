import { createUpcast, upcast } from './upcast';

const metadata = (schemaVersion: number) => ({ actor: { user: 'system', role: 'system' }, schemaVersion });

describe('upcast', () => {
  it('returns today\'s (version 1) events as they are', () => {
    const event = { type: 'DocumentReceived', data: { fileName: 'ke-hoach.pdf' }, metadata: metadata(1) };
    expect(upcast(event)).toBe(event);
  });

  describe('with a v0 -> v1 upcaster, as one would be added when a schema changes', () => {
    // Suppose version 0 of DocumentReceived named the field `filename` and had no media type.
    const upcastWithV0 = createUpcast({
      DocumentReceived: {
        0: ({ filename, ...rest }: { filename: string }) => ({ ...rest, fileName: filename, mediaType: 'application/octet-stream' }),
      },
    });

    it('lifts a version 0 event to version 1, keeping the rest of its metadata', () => {
      const old = { type: 'DocumentReceived', data: { filename: 'kh.pdf', size: 10 }, metadata: metadata(0) };
      expect(upcastWithV0(old)).toEqual({
        type: 'DocumentReceived',
        data: { fileName: 'kh.pdf', size: 10, mediaType: 'application/octet-stream' },
        metadata: metadata(1),
      });
      expect(old.data).toEqual({ filename: 'kh.pdf', size: 10 });
    });

    it('leaves version 1 events and other types alone', () => {
      const current = { type: 'DocumentReceived', data: { fileName: 'kh.pdf' }, metadata: metadata(1) };
      const other = { type: 'TextExtracted', data: { filename: 'kept' }, metadata: metadata(0) };
      expect(upcastWithV0(current)).toBe(current);
      expect(upcastWithV0(other)).toBe(other);
    });
  });

  it('chains upcasters across several versions', () => {
    const chained = createUpcast({ PlanParsed: { 1: (d: { n: number }) => ({ n: d.n + 1 }), 2: (d: { n: number }) => ({ n: d.n * 10 }) } });
    expect(chained({ type: 'PlanParsed', data: { n: 1 }, metadata: metadata(1) })).toMatchObject({ data: { n: 20 }, metadata: { schemaVersion: 3 } });
  });
});
