import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchDirectiveDoc } from '../../search-index.port';
import { ReadModelStore } from '../../../store/read-model-store';
import { Fts5SearchIndex } from './fts5-search-index';

const doc = (id: string, year: number, units: string[]): SearchDirectiveDoc => ({
  id,
  documentId: `plan-${year}`,
  ordinal: Number(id.slice(1)),
  text: 'Tổ chức phong trào thi đua.',
  section: null,
  units,
  unitIds: units,
  status: 'open',
  due: null,
  year,
  issuer: 'UBND tỉnh Hà Giang',
  plan: { number: null, title: null, issuedOn: null, kind: null },
});

/** The facet columns are a copy held in memory: every way the rows change must show in the next search's facets. */
describe('FTS5 facets follow every write', () => {
  let dir: string;
  let stores: ReadModelStore[];
  const open = () => {
    const store = new ReadModelStore(join(dir, 'read-models.sqlite'));
    stores.push(store);
    return new Fts5SearchIndex(store.db);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-ledger-facets-'));
    stores = [];
  });
  afterEach(() => {
    for (const store of stores) store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after upserts, replacements and deletes on the same connection', async () => {
    const index = open();
    await index.upsertDirectives([doc('d1', 2024, ['Sở Nội vụ']), doc('d2', 2025, ['Sở Nội vụ', 'Công an tỉnh'])]);
    expect((await index.search({ q: 'thi dua' })).facets.year).toEqual([{ value: 2024, count: 1 }, { value: 2025, count: 1 }]);

    await index.upsertDirectives([doc('d1', 2025, ['Công an tỉnh'])]);
    expect((await index.search({ q: 'thi dua' })).facets).toMatchObject({
      year: [{ value: 2025, count: 2 }],
      unit: [{ value: 'Công an tỉnh', count: 2 }, { value: 'Sở Nội vụ', count: 1 }],
    });

    await index.deleteDocument('plan-2025');
    expect(await index.search({ q: 'thi dua' })).toMatchObject({ total: 0, facets: { year: [], unit: [] } });
  });

  it('after another connection wrote to the same file', async () => {
    const reader = open();
    const writer = open();
    await writer.upsertDirectives([doc('d1', 2024, ['Sở Nội vụ'])]);
    expect((await reader.search({ q: 'thi dua' })).facets.year).toEqual([{ value: 2024, count: 1 }]);
    await writer.upsertDirectives([doc('d2', 2026, ['Sở Nội vụ']), doc('d3', 2026, ['Sở Nội vụ'])]);
    expect((await reader.search({ q: 'thi dua' })).facets).toMatchObject({
      year: [{ value: 2026, count: 2 }, { value: 2024, count: 1 }],
      unit: [{ value: 'Sở Nội vụ', count: 3 }],
    });
  });
});
