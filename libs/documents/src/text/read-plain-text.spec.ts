import { PlanLedgerError } from '@plan-ledger/domain';
import { readPlainText } from './read-plain-text';
import { expectConsistentPlanText } from '../testing/expect-consistent-plan-text';

const read = (text: string | Buffer) => readPlainText(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);

const shapeOf = (text: string | Buffer): Array<string | string[][]> => {
  const planText = read(text);
  expectConsistentPlanText(planText);
  return planText.blocks.map((block) =>
    block.kind === 'paragraph'
      ? planText.text.slice(block.start, block.end)
      : block.rows.map((row) => row.cells.map((cell) => planText.text.slice(cell.start, cell.end))),
  );
};

describe('readPlainText', () => {
  it.each([
    ['paragraphs split on blank lines', 'KẾ HOẠCH\n\n\nI. MỤC ĐÍCH\ndòng tiếp\n', ['KẾ HOẠCH', 'I. MỤC ĐÍCH\ndòng tiếp']],
    ['CRLF line ends', 'Một\r\n\r\nHai\r\n', ['Một', 'Hai']],
    ['a UTF-8 BOM', '\ufeffKẾ HOẠCH', ['KẾ HOẠCH']],
    ['NFD letters', 'Kế hoạch'.normalize('NFD'), ['Kế hoạch']],
    [
      'tab lines as one table, a blank line inside it kept',
      'Bảng:\nTT\tNội dung\tĐơn vị\nQUÝ I\t\t\n\n\t thành tích\t\nSau bảng',
      ['Bảng:', [['TT', 'Nội dung', 'Đơn vị'], ['QUÝ I', '', ''], ['', 'thành tích', '']], 'Sau bảng'],
    ],
    ['tables of different widths apart', 'a\tb\nc\td\te', [[['a', 'b']], [['c', 'd', 'e']]]],
    ['markup left for the extraction engine', '**KẾ HOẠCH**\n\n<i>ghi chú</i>', ['**KẾ HOẠCH**', '<i>ghi chú</i>']],
  ])('reads %s', (_what, input, expected) => {
    expect(shapeOf(input)).toEqual(expected);
  });

  it.each([
    ['invalid UTF-8', Buffer.from([0x4b, 0xe1, 0xba, 0x20, 0xff]), 'DOCUMENT.UNSUPPORTED_TYPE'],
    ['only whitespace', Buffer.from(' \n\n\t\n'), 'DOCUMENT.NO_TEXT'],
  ])('refuses %s', (_what, input, code) => {
    expect(() => read(input)).toThrow(PlanLedgerError);
    expect(() => read(input)).toThrow(expect.objectContaining({ code }));
  });
});
