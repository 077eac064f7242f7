import type { SearchDirectiveDoc, SearchIndex } from '../search-index.port';

export interface SearchIndexUnderTest {
  index: SearchIndex;
  close(): Promise<void>;
}

const doc = (id: string, text: string, fields: Partial<SearchDirectiveDoc> = {}): SearchDirectiveDoc => ({
  id,
  documentId: 'plan-a',
  ordinal: Number(id.replace(/\D/g, '')) || 0,
  text,
  section: 'III. TỔ CHỨC THỰC HIỆN',
  units: ['Sở Nội vụ'],
  unitIds: ['so-noi-vu'],
  status: 'open',
  due: '2026-06-30',
  year: 2026,
  issuer: 'UBND tỉnh Hà Giang',
  plan: { number: '01/KH-UBND', title: 'Công tác thi đua, khen thưởng năm 2026', issuedOn: '2026-01-04', kind: 'KE_HOACH' },
  ...fields,
});

/** Directives from two plans, two years, three units; texts chosen so folding and exact ranking can be told apart. */
const CORPUS: SearchDirectiveDoc[] = [
  // Short, so bm25 alone would put it first for "thi đua": it only folds to the same words.
  doc('d1', 'Khi có ý kiến thì đưa vào báo cáo.', { units: ['Văn phòng UBND tỉnh'], unitIds: ['van-phong-ubnd'] }),
  doc('d2', 'Phát động phong trào thi đua yêu nước trong toàn tỉnh, gắn với các nhiệm vụ chính trị của địa phương.', {
    units: ['Sở Nội vụ', 'Ban Thi đua - Khen thưởng'],
    unitIds: ['so-noi-vu', 'ban-tdkt'],
  }),
  doc('d3', 'Tổ chức khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.', { due: '2026-12-31' }),
  doc('d4', 'Hướng dẫn các đơn vị đăng ký danh hiệu thi đua năm 2026.', { status: 'done', due: '2026-03-15' }),
  doc('d5', 'Tổng kết công tác khen thưởng năm 2025.', {
    documentId: 'plan-b',
    year: 2025,
    issuer: 'UBND huyện Bắc Mê',
    due: '2025-12-20',
    units: ['Phòng Nội vụ'],
    unitIds: ['phong-noi-vu'],
  }),
];

/**
 * Every SearchIndex adapter passes this (STYLE 5): FTS5 always; Meilisearch when MEILI_URL is set. A null `open`
 * (the adapter's server is not configured) reports the suite as skipped, with the reason in its name.
 */
export function describeSearchIndexContract(
  name: string,
  open: (() => Promise<SearchIndexUnderTest>) | null,
  options: { skipReason?: string } = {},
): void {
  if (!open) {
    describe.skip(`SearchIndex contract: ${name} (skipped: ${options.skipReason ?? 'no index available here'})`, () => {
      it('runs the search index contract', () => undefined);
    });
    return;
  }
  describe(`SearchIndex contract: ${name}`, () => {
    let subject: SearchIndexUnderTest;
    const search = (query: Parameters<SearchIndex['search']>[0]) => subject.index.search(query);
    const ids = async (query: Parameters<SearchIndex['search']>[0]) => (await search(query)).items.map((item) => item.id);

    beforeEach(async () => {
      subject = await open();
      await subject.index.clear();
      await subject.index.upsertDirectives(CORPUS);
    });
    afterEach(() => subject.close());

    describe('matching folds Vietnamese', () => {
      it('finds "khen thưởng" for "khen thuong"', async () => {
        expect((await ids({ q: 'khen thuong' })).sort()).toEqual(['d3', 'd5']);
      });

      it('folds đ: "dang ky" finds "đăng ký"', async () => {
        expect(await ids({ q: 'dang ky' })).toEqual(['d4']);
      });

      it('matches the last word as a prefix', async () => {
        expect((await ids({ q: 'khen thuo' })).sort()).toEqual(['d3', 'd5']);
      });

      it('finds nothing for a word no directive contains', async () => {
        const result = await search({ q: 'xqzvk' });
        expect(result).toEqual({ total: 0, items: [], facets: { unit: [], year: [], issuer: [] } });
      });
    });

    describe('ranking', () => {
      it('puts exact-diacritic matches of an accented query before folded-equal ones', async () => {
        const found = await ids({ q: 'thi đua' });
        expect(found).toContain('d1');
        expect(found.indexOf('d2')).toBeLessThan(found.indexOf('d1'));
        expect(found.indexOf('d4')).toBeLessThan(found.indexOf('d1'));
      });

      it('puts the words side by side (a phrase) before the same words apart, also across pages', async () => {
        await subject.index.upsertDirectives([
          // Short, so bm25 alone would put it first: "tổng" and "kết" only stand apart in it.
          doc('p1', 'Tổng hợp kết quả.'),
          doc('p2', 'Chuẩn bị nội dung hội nghị tổng kết công tác năm của toàn ngành và các đơn vị trực thuộc.'),
        ]);
        expect(await ids({ q: 'tong ket' })).toEqual(['d5', 'p2', 'p1']);
        expect(await ids({ q: 'tong ket', limit: 1, offset: 2 })).toEqual(['p1']);
      });

      it('marks the matched words as written in the snippet', async () => {
        const [hit] = (await search({ q: 'dang ky' })).items;
        expect(hit.snippet).toContain('<mark>đăng</mark> <mark>ký</mark>');
      });
    });

    describe('filters', () => {
      it.each([
        [{ year: 2025 }, ['d5']],
        [{ issuer: 'UBND huyện Bắc Mê' }, ['d5']],
        [{ unit: 'Ban Thi đua - Khen thưởng' }, ['d2']],
        [{ unit: 'phong-noi-vu' }, ['d5']],
        [{ unit: ['Ban Thi đua - Khen thưởng', 'phong-noi-vu'] }, ['d2', 'd5']],
        [{ status: 'done' as const }, ['d4']],
        [{ dueFrom: '2026-06-30', dueTo: '2026-12-31' }, ['d1', 'd2', 'd3']],
        [{ q: 'khen thuong', year: 2026 }, ['d3']],
      ])('%j keeps only the matching directives', async (query, expected) => {
        const result = await search(query);
        expect(result.items.map((item) => item.id).sort()).toEqual(expected);
        expect(result.total).toBe(expected.length);
      });

      it('pages with limit and offset while total counts every hit', async () => {
        const all = await ids({ limit: 100 });
        const page = await search({ limit: 2, offset: 2 });
        expect(page.total).toBe(CORPUS.length);
        expect(page.items.map((item) => item.id)).toEqual(all.slice(2, 4));
      });
    });

    describe('facets', () => {
      it.each([{}, { q: 'thi dua' }, { q: 'khen' }, { year: 2026 }])('count, for %j, the rows a filter on that value returns', async (query) => {
        const { facets, total } = await search(query);
        expect(facets.year.reduce((sum, f) => sum + f.count, 0)).toBe(total);
        expect(facets.unit.length).toBeGreaterThan(0);
        for (const { value, count } of facets.unit) expect((await search({ ...query, unit: value })).total).toBe(count);
        for (const { value, count } of facets.year) expect((await search({ ...query, year: value })).total).toBe(count);
        for (const { value, count } of facets.issuer) expect((await search({ ...query, issuer: value })).total).toBe(count);
      });
    });

    describe('writes', () => {
      it('upserts by id: the same directive twice is one hit, and a new text replaces the old', async () => {
        await subject.index.upsertDirectives([CORPUS[2]]);
        expect(await ids({ q: 'kịp thời' })).toEqual(['d3']);
        await subject.index.upsertDirectives([{ ...CORPUS[2], text: 'Tổ chức hội nghị tổng kết.' }]);
        expect(await ids({ q: 'kịp thời' })).toEqual([]);
        expect(await ids({ q: 'hoi nghi' })).toEqual(['d3']);
        expect((await search({})).total).toBe(CORPUS.length);
      });

      it("deletes a document's directives and nothing else", async () => {
        await subject.index.deleteDocument('plan-b');
        expect(await ids({ q: 'khen thuong' })).toEqual(['d3']);
        expect((await search({})).total).toBe(CORPUS.length - 1);
        expect((await search({ q: 'khen' })).facets.year).toEqual([{ value: 2026, count: 1 }]);
      });

      it('clear empties the index', async () => {
        await subject.index.clear();
        expect((await search({})).total).toBe(0);
      });
    });
  });
}
