import type { SearchDirectiveDoc } from '../../search-index.port';
import { exactFirst, facetValues, filterOf, fromIndexedDirective, matchesExactly, quote, toIndexedDirective } from './meilisearch-documents';
import { DIRECTIVES_INDEX_SETTINGS } from './meilisearch-index-settings';
import { MeilisearchSearchIndex } from './meilisearch-search-index';

const directive: SearchDirectiveDoc = {
  id: '0190a3c2-7f00-7000-8000-000000000001',
  documentId: 'plan-a',
  ordinal: 3,
  text: 'Đẩy mạnh phong trào thi đua, khen thưởng kịp thời.',
  section: 'II. NHIỆM VỤ',
  units: ['Sở Nội vụ'],
  unitIds: ['so-noi-vu'],
  status: 'open',
  due: '2026-06-30',
  year: 2026,
  issuer: 'UBND tỉnh Hà Giang',
  plan: { number: '01/KH-UBND', title: 'Thi đua năm 2026', issuedOn: '2026-01-04', kind: 'KE_HOACH' },
};

describe('Meilisearch directive documents', () => {
  it('adds a folded copy of the text (đ and tones) and the due day as a number, and takes them off again', () => {
    const indexed = toIndexedDirective(directive);
    expect(indexed.textFolded.toLowerCase()).toBe('day manh phong trao thi dua, khen thuong kip thoi.');
    expect(indexed.textFolded).toHaveLength(directive.text.length);
    expect(indexed.dueDay).toBe(20260630);
    expect(toIndexedDirective({ ...directive, due: null }).dueDay).toBeNull();
    expect(fromIndexedDirective(indexed)).toEqual(directive);
  });

  it.each([
    [{}, null],
    [{ year: 2025 }, 'year = 2025'],
    [{ issuer: 'UBND "tỉnh"' }, 'issuer = "UBND \\"tỉnh\\""'],
    [{ status: 'done' as const }, 'status = "done"'],
    [{ unit: 'so-noi-vu' }, '(units = "so-noi-vu" OR unitIds = "so-noi-vu")'],
    [{ unit: ['so-noi-vu', 'so-noi-vu/van-phong'] }, '(units = "so-noi-vu" OR unitIds = "so-noi-vu" OR units = "so-noi-vu/van-phong" OR unitIds = "so-noi-vu/van-phong")'],
    [{ dueFrom: '2026-06-30', dueTo: '2026-12-31' }, 'dueDay >= 20260630 AND dueDay <= 20261231'],
    [{ q: 'khen', year: 2026, status: 'open' as const }, 'year = 2026 AND status = "open"'],
  ])('filters %j as %p', (query, expected) => {
    expect(filterOf(query)).toBe(expected);
  });

  it('quotes backslashes and double quotes', () => {
    expect(quote('a\\b"c')).toBe('"a\\\\b\\"c"');
  });

  it('lists facet values by count, then value, at most 50', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`unit ${String(i).padStart(2, '0')}`, 1]));
    expect(facetValues({ b: 2, a: 2, c: 5 }, String)).toEqual([
      { value: 'c', count: 5 },
      { value: 'a', count: 2 },
      { value: 'b', count: 2 },
    ]);
    expect(facetValues({ '2025': 1, '2026': 4 }, Number)).toEqual([
      { value: 2026, count: 4 },
      { value: 2025, count: 1 },
    ]);
    expect(facetValues(many, String)).toHaveLength(50);
    expect(facetValues(undefined, String)).toEqual([]);
  });

  it.each([
    ['thi đua khen thưởng', ['thi', 'đua'], true],
    ['Thi Đua yêu nước', ['thi', 'đua'], true],
    ['thì đưa vào', ['thi', 'đua'], false],
    ['khen thưởng', ['khen', 'thư'], true],
    ['khen thuở', ['khen', 'thư'], false],
  ])('%p matches %p exactly: %p', (text, words, expected) => {
    expect(matchesExactly(text, words)).toBe(expected);
  });

  it('puts exact matches first and keeps the server order within each group', () => {
    const hits = [{ text: 'thì đưa' }, { text: 'thi đua một' }, { text: 'thị đùa' }, { text: 'thi đua hai' }];
    expect(exactFirst(hits, ['thi', 'đua']).map((h) => h.text)).toEqual(['thi đua một', 'thi đua hai', 'thì đưa', 'thị đùa']);
    expect(exactFirst(hits, null)).toEqual(hits);
  });
});

describe('Meilisearch index settings', () => {
  it('searches only the folded text, so units and titles never make a text hit', () => {
    expect(DIRECTIVES_INDEX_SETTINGS.searchableAttributes).toEqual(['textFolded']);
  });

  it('can filter on every field the port filters on, and sort in the embedded order', () => {
    expect(DIRECTIVES_INDEX_SETTINGS.filterableAttributes).toEqual(
      expect.arrayContaining(['year', 'issuer', 'status', 'units', 'unitIds', 'dueDay', 'documentId', 'id']),
    );
    expect(DIRECTIVES_INDEX_SETTINGS.sortableAttributes).toEqual(expect.arrayContaining(['documentId', 'ordinal']));
  });

  it('turns typo tolerance off and returns facet values by count', () => {
    expect(DIRECTIVES_INDEX_SETTINGS.typoTolerance).toEqual({ enabled: false });
    expect(DIRECTIVES_INDEX_SETTINGS.faceting?.sortFacetValuesBy).toEqual({ '*': 'count' });
  });

  it('builds a client for the configured server without contacting it', () => {
    const index = new MeilisearchSearchIndex({ url: 'http://meilisearch:7700', masterKey: 'key', indexPrefix: 'x-' });
    expect(index.client.config).toMatchObject({ host: 'http://meilisearch:7700', apiKey: 'key' });
  });
});
