import { createHash } from 'node:crypto';
import { directiveId, directiveIdsOf, documentIdFromSha256, withDirectiveIdsOf } from './ids';

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('documentIdFromSha256', () => {
  it('derives a UUID-shaped id that keeps the hash prefix', () => {
    const hash = sha256('Kế hoạch số 12/KH-UBND');
    const id = documentIdFromSha256(hash);
    expect(id).toMatch(UUID_V8);
    expect(id.replace(/-/g, '').slice(0, 12)).toBe(hash.slice(0, 12));
  });

  it('gives the same id for the same bytes, whatever the hex case, and different ids for different bytes', () => {
    const hash = sha256('a');
    expect(documentIdFromSha256(hash.toUpperCase())).toBe(documentIdFromSha256(hash));
    expect(documentIdFromSha256(sha256('b'))).not.toBe(documentIdFromSha256(hash));
  });

  it.each(['', 'abc', 'g'.repeat(64), `${'a'.repeat(64)}0`])('refuses %p, which is no SHA-256', (bad) => {
    expect(() => documentIdFromSha256(bad)).toThrow(expect.objectContaining({ code: 'COMMAND.INVALID' }));
  });
});

describe('directiveId', () => {
  const documentId = documentIdFromSha256(sha256('plan'));

  it('depends on the document and the place only, unless a tie-break text is given', () => {
    const id = directiveId(documentId, 'II/2/a#3');
    expect(id).toMatch(UUID_V8);
    expect(directiveId(documentId, 'II/2/a#3')).toBe(id);
    expect(directiveId(documentId, 'II/2/a#4')).not.toBe(id);
    expect(directiveId(documentIdFromSha256(sha256('other plan')), 'II/2/a#3')).not.toBe(id);
    expect(directiveId(documentId, 'II/2/a#3', 'Tổ chức hội nghị')).not.toBe(id);
  });

  it('reads the tie-break text in NFC with whitespace collapsed', () => {
    const composed = 'Tổng kết  công tác\nthi đua'.normalize('NFC');
    const decomposed = 'Tổng kết công tác thi đua'.normalize('NFD');
    expect(directiveId(documentId, 'table1/row7', composed)).toBe(directiveId(documentId, 'table1/row7', decomposed));
    expect(directiveId(documentId, 'table1/row7', 'Tong ket')).not.toBe(directiveId(documentId, 'table1/row7', composed));
  });

  it('keeps the parts apart, so moving text between document id and place changes the id', () => {
    expect(directiveId('ab', 'c')).not.toBe(directiveId('a', 'bc'));
  });
});

describe('directiveIdsOf', () => {
  const parse = [
    { id: 'a', place: 'II/1', text: 'Tổ chức hội nghị' },
    { id: 'b', place: 'table1/row2', text: 'Báo cáo' },
    { id: 'c', place: 'table1/row2', text: 'Báo cáo' },
    { id: 'd', place: 'table1/row2', text: 'Kiểm tra' },
  ];

  it('gives every directive of a parse its own id, even where place and text repeat', () => {
    expect(new Set(directiveIdsOf('doc-1', parse)).size).toBe(parse.length);
  });

  it('keys a directive alone at its place on the place only, so rewording keeps its id', () => {
    const [first] = directiveIdsOf('doc-1', parse);
    expect(first).toBe(directiveId('doc-1', 'II/1'));
    expect(directiveIdsOf('doc-1', [{ ...parse[0], text: 'Tổ chức hội nghị sơ kết' }])[0]).toBe(first);
  });

  it('never shares an id between two documents with the same layout', () => {
    const other = new Set(directiveIdsOf('doc-2', parse));
    expect(directiveIdsOf('doc-1', parse).some((id) => other.has(id))).toBe(false);
  });
});

describe('withDirectiveIdsOf', () => {
  it('replaces only the ids of a parse, with the ids directiveIdsOf gives', () => {
    const extraction = { schema: 'vn-plan/1', directives: [{ id: 'x1', place: 'II/1', text: 'Báo cáo' }] };
    expect(withDirectiveIdsOf('doc-1', extraction)).toEqual({
      schema: 'vn-plan/1',
      directives: [{ id: directiveIdsOf('doc-1', extraction.directives)[0], place: 'II/1', text: 'Báo cáo' }],
    });
  });
});
