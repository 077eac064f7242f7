import type { PlanText, TableBlock, TableRow } from '../plan-text';
import { readTaskRows, taskTableOf } from './task-table';

/** A PlanText holding one table, rows as tab-separated cells (the plain-text layout). */
function tablePlan(rows: string[][]): { plan: PlanText; block: TableBlock } {
  let text = '';
  const built: TableRow[] = rows.map((cells, r) => {
    if (r > 0) text += '\n';
    const rowStart = text.length;
    const builtCells = cells.map((cell, c) => {
      if (c > 0) text += '\t';
      const start = text.length;
      text += cell;
      return { start, end: text.length };
    });
    return { start: rowStart, end: text.length, cells: builtCells };
  });
  const block: TableBlock = { kind: 'table', start: 0, end: text.length, rows: built };
  return { plan: { text, blocks: [block], source: 'text' }, block };
}

const ctx = { year: 2024, issuedOn: '2024-01' };

describe('taskTableOf', () => {
  it('finds the header row and the role of each column', () => {
    const { plan, block } = tablePlan([['TT', 'Nội dung', 'Đơn vị thực hiện và phối hợp'], ['1', 'Xây dựng kế hoạch', 'Văn phòng']]);
    expect(taskTableOf(plan, block)).toEqual({ columns: ['ordinal', 'content', 'leadAndSupport'], headerRow: 0 });
  });

  it('is null for a layout table', () => {
    const { plan, block } = tablePlan([['Nơi nhận: - Sở Nội vụ;', 'GIÁM ĐỐC Nguyễn Văn An']]);
    expect(taskTableOf(plan, block)).toBeNull();
  });
});

describe('readTaskRows', () => {
  const read = (rows: string[][]) => {
    const { plan, block } = tablePlan(rows);
    return readTaskRows(plan, [block], taskTableOf(plan, block)!, ctx);
  };

  it('gives the period of a group row to the rows below it, and group rows are no tasks', () => {
    const rows = read([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['QUÝ I', '', ''],
      ['1', 'Xây dựng kế hoạch năm', 'Văn phòng'],
      ['QUÝ III', '', ''],
      ['2', 'Sơ kết 6 tháng đầu năm', 'Văn phòng'],
    ]);
    expect(rows.map((r) => [r.cells.content?.text, r.period?.due, r.group])).toEqual([
      ['Xây dựng kế hoạch năm', '2024-03-31', 'QUÝ I'],
      ['Sơ kết 6 tháng đầu năm', '2024-09-30', 'QUÝ III'],
    ]);
  });

  it('merges a row cut by a page break into the row it continues', () => {
    const rows = read([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['1', 'Hướng dẫn tổng kết các phong trào thi đua của', 'Hội đồng TĐKT; Văn phòng.'],
      ['', 'Ngành và các đơn vị trực thuộc.', ''],
      ['2', 'Tổng kết công tác năm', 'Văn phòng'],
    ]);
    expect(rows.map((r) => r.cells.content?.text)).toEqual([
      'Hướng dẫn tổng kết các phong trào thi đua của Ngành và các đơn vị trực thuộc.',
      'Tổng kết công tác năm',
    ]);
    expect(rows.map((r) => r.ordinal)).toEqual([1, 2]);
  });

  it('cleans markup left in cells and restores the space between list items', () => {
    const rows = read([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['1', '<ul><li>Lập hồ sơ khen thưởng.</li><li>Trình khen thưởng</li></ul>', '<ul><li>Hội đồng;Văn phòng.</li></ul>'],
    ]);
    expect(rows[0].cells.content?.text).toBe('Lập hồ sơ khen thưởng. Trình khen thưởng');
    expect(rows[0].cells.leadAndSupport ?? rows[0].cells.lead).toMatchObject({ text: 'Hội đồng; Văn phòng.' });
  });

  it('skips the header when a page repeats it', () => {
    const rows = read([
      ['TT', 'Nội dung', 'Thời gian'],
      ['1', 'Xây dựng kế hoạch', 'Tháng 01'],
      ['TT', 'Nội dung', 'Thời gian'],
      ['2', 'Tổng kết', 'Tháng 12'],
    ]);
    expect(rows.map((r) => r.cells.content?.text)).toEqual(['Xây dựng kế hoạch', 'Tổng kết']);
  });

  it('keeps a numbered task whose words happen to name columns ("… Chương trình …", "Theo tiến độ")', () => {
    const rows = read([
      ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'],
      ['1', 'Tham mưu ban hành văn bản theo Chương trình năm 2024', 'Văn phòng', 'Theo tiến độ được giao'],
    ]);
    expect(rows.map((r) => r.cells.content?.text)).toEqual(['Tham mưu ban hành văn bản theo Chương trình năm 2024']);
  });
});

describe('a two-row header', () => {
  it('takes the roles the second row gives to the merged cell above it', () => {
    const { plan, block } = tablePlan([
      ['STT', 'Nội dung công việc', 'Đơn vị', '', 'Thời gian hoàn thành'],
      ['', '', 'Chủ trì', 'Phối hợp', ''],
      ['1', 'Tổng hợp báo cáo', 'Phòng Nội vụ', 'Các xã', 'Tháng 6'],
    ]);
    const table = taskTableOf(plan, block)!;
    expect(table).toEqual({ columns: ['ordinal', 'content', 'lead', 'support', 'time'], headerRow: 1 });
    const rows = readTaskRows(plan, [block], table, ctx);
    expect(rows.map((r) => [r.cells.content?.text, r.cells.lead?.text, r.cells.support?.text])).toEqual([
      ['Tổng hợp báo cáo', 'Phòng Nội vụ', 'Các xã'],
    ]);
  });
});

describe('an unnumbered row of a DOCX table', () => {
  it('is a task of its own, since Word keeps rows whole', () => {
    const { plan, block } = tablePlan([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['1', 'Xây dựng kế hoạch.', 'Văn phòng'],
      ['', 'Tổ chức hội nghị sơ kết.', 'Văn phòng'],
    ]);
    const docx = { ...plan, source: 'docx' as const };
    expect(readTaskRows(docx, [block], taskTableOf(docx, block)!, ctx).map((r) => r.cells.content?.text)).toEqual([
      'Xây dựng kế hoạch.',
      'Tổ chức hội nghị sơ kết.',
    ]);
  });
});

describe('a table rebuilt from a scan', () => {
  const readOcr = (rows: string[][]) => {
    const { plan, block } = tablePlan(rows);
    const ocr = { ...plan, source: 'ocr' as const };
    return readTaskRows(ocr, [block], taskTableOf(ocr, block)!, ctx);
  };

  it.each([
    ['the row number OCR missed', ''],
    ['a misread row number', 'TÍ'],
  ])('keeps a row whole despite %s, as its rows come from ruling lines', (_, number) => {
    const rows = readOcr([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['1', 'Xây dựng kế hoạch.', 'Văn phòng'],
      [number, 'Tổ chức hội nghị sơ kết.', 'Văn phòng'],
    ]);
    expect(rows.map((r) => r.cells.content?.text)).toEqual(['Xây dựng kế hoạch.', 'Tổ chức hội nghị sơ kết.']);
  });

  it('still merges a row that goes on mid-sentence with the row above', () => {
    const rows = readOcr([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['1', 'Hướng dẫn tổng kết các phong trào thi đua của', 'Văn phòng'],
      ['', 'các đơn vị trực thuộc.', ''],
    ]);
    expect(rows.map((r) => r.cells.content?.text)).toEqual(['Hướng dẫn tổng kết các phong trào thi đua của các đơn vị trực thuộc.']);
  });

  it('reads a quarter group that repeats the one before it as the next quarter (a stroke of "III" lost)', () => {
    const rows = readOcr([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['QUÝ II', '', ''],
      ['1', 'Sơ kết 6 tháng đầu năm', 'Văn phòng'],
      ['QUÝ II', '', ''],
      ['2', 'Báo cáo chuyên đề', 'Văn phòng'],
      ['QUÝ IV', '', ''],
      ['3', 'Tổng kết năm', 'Văn phòng'],
    ]);
    expect(rows.map((r) => [r.period?.start, r.period?.due])).toEqual([
      ['2024-04-01', '2024-06-30'],
      ['2024-07-01', '2024-09-30'],
      ['2024-10-01', '2024-12-31'],
    ]);
  });
});
