import { extractPlan } from './engine';
import type { PlanBlock, PlanText } from './plan-text';

/** Plain text as the text reader sees it: blank lines part paragraphs, tab-separated lines are table rows. */
function planOf(source: string): PlanText {
  let text = '';
  const blocks: PlanBlock[] = [];
  for (const chunk of source.trim().split(/\n\s*\n/)) {
    if (text) text += '\n\n';
    const start = text.length;
    if (chunk.includes('\t')) {
      const rows = chunk.split('\n').map((line, r) => {
        if (r > 0) text += '\n';
        const rowStart = text.length;
        const cells = line.split('\t').map((cell, c) => {
          if (c > 0) text += '\t';
          const cellStart = text.length;
          text += cell;
          return { start: cellStart, end: text.length };
        });
        return { start: rowStart, end: text.length, cells };
      });
      blocks.push({ kind: 'table', start, end: text.length, rows });
    } else {
      text += chunk;
      blocks.push({ kind: 'paragraph', start, end: text.length });
    }
  }
  return { text, blocks, source: 'text' };
}

const PLAN = `
ỦY BAN NHÂN DÂN
HUYỆN AN LÃO

Số: 25/KH-UBND

An Lão, ngày 12 tháng 02 năm 2024

KẾ HOẠCH
Phòng, chống thiên tai năm 2024

Căn cứ Luật Phòng, chống thiên tai năm 2013, UBND huyện ban hành kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

Chủ động phòng ngừa, hoàn thành trước ngày 30/5/2024.

II. NỘI DUNG

1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai trước ngày 15/3/2024.

2. Tăng cường tuyên truyền cho nhân dân.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Nông nghiệp và Phát triển nông thôn

- Tham mưu kiện toàn Ban Chỉ huy.

- Tổng hợp, báo cáo kết quả.

- Thời gian thực hiện: Trong tháng 11/2024.

2. Các xã, thị trấn có trách nhiệm xây dựng phương án ứng phó, gửi về Phòng Nông nghiệp và Phát triển nông thôn trước ngày 30/4/2024.

Trên đây là Kế hoạch phòng, chống thiên tai năm 2024./.

Nơi nhận:
- UBND tỉnh;
- Các xã, thị trấn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Tâm

STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian
QUÝ II\t\t\t\t
1\tDiễn tập ứng phó bão\tBan Chỉ huy huyện\tCác xã; Công an huyện\t
2\tKiểm tra đê điều\tPhòng Nông nghiệp\t\tTrước 15/5/2024
CẢ NĂM\t\t\t\t
3\tTuần tra, canh gác đê\tCác xã\t\tThường xuyên
`;

describe('extractPlan', () => {
  const extraction = extractPlan(planOf(PLAN), { source: 'plan.txt' });
  const byText = (start: string) => extraction.directives.find((d) => d.text.startsWith(start));

  it('reads the document fields of a Decree 30 header', () => {
    expect(extraction.document).toMatchObject({
      kind: 'KE_HOACH',
      number: '25/KH-UBND',
      symbol: 'KH-UBND',
      issuer: 'Ủy ban nhân dân huyện An Lão',
      place: 'An Lão',
      issuedOn: '2024-02-12',
      title: 'Phòng, chống thiên tai năm 2024',
      year: 2024,
      signer: { name: 'Lê Văn Tâm', position: 'Chủ tịch' },
      recipients: ['UBND tỉnh', 'Các xã, thị trấn'],
    });
  });

  it('takes no directive from the purposes, even one with a date', () => {
    expect(byText('Chủ động phòng ngừa')).toBeUndefined();
  });

  it('takes a content item only when it carries a deadline', () => {
    expect(byText('Kiện toàn Ban Chỉ huy')?.deadline).toMatchObject({ kind: 'date', due: '2024-03-15' });
    expect(byText('Tăng cường tuyên truyền')).toBeUndefined();
  });

  it('gives the unit of an implementation heading to each bullet under it, and the block time line to each', () => {
    for (const start of ['Tham mưu kiện toàn', 'Tổng hợp, báo cáo']) {
      expect(byText(start)).toMatchObject({
        units: { lead: ['Phòng Nông nghiệp và Phát triển nông thôn'] },
        deadline: { kind: 'month', due: '2024-11-30' },
      });
    }
    expect(byText('Thời gian thực hiện')).toBeUndefined();
    expect(byText('Phòng Nông nghiệp và Phát triển nông thôn')).toBeUndefined();
  });

  it('takes an item that names its own unit as that unit\'s directive', () => {
    expect(byText('Các xã, thị trấn có trách nhiệm')).toMatchObject({
      units: { lead: ['Các xã, thị trấn'] },
      deadline: { due: '2024-04-30' },
    });
  });

  it('reads a task table: group periods, first unit lead, partners support, the time column', () => {
    expect(byText('Diễn tập ứng phó bão')).toMatchObject({
      units: { lead: ['Ban Chỉ huy huyện'], support: ['Các xã', 'Công an huyện'] },
      deadline: { kind: 'quarter', due: '2024-06-30' },
      place: 'table1/row1',
    });
    expect(byText('Kiểm tra đê điều')?.deadline).toMatchObject({ kind: 'date', due: '2024-05-15' });
    expect(byText('QUÝ II')).toBeUndefined();
  });

  it('takes a row\'s own "Thường xuyên" over the period of its group: recurring, no deadline', () => {
    expect(byText('Tuần tra, canh gác đê')).toMatchObject({ deadline: null, recurrence: 'continuous' });
  });

  it('gives each directive a span in the text and an id from its place that survives rewording', () => {
    const text = planOf(PLAN).text;
    for (const d of extraction.directives) expect(text.slice(d.span.start, d.span.end)).toContain(d.text.slice(0, 12));
    const reworded = extractPlan(planOf(PLAN.replace('Tổng hợp, báo cáo kết quả.', 'Tổng hợp và báo cáo kết quả thực hiện.')), { source: 'x' });
    expect(reworded.directives.map((d) => d.id)).toEqual(extraction.directives.map((d) => d.id));
  });
});

describe('extractPlan on Word lists', () => {
  /** A DOCX reader gives Word's numbered and bulleted paragraphs a style and no printed mark. */
  function listPlan(paragraphs: Array<[string, string?]>): PlanText {
    let text = '';
    const blocks: PlanBlock[] = paragraphs.map(([content, style]) => {
      if (text) text += '\n\n';
      const start = text.length;
      text += content;
      return { kind: 'paragraph', start, end: text.length, ...(style ? { style } : {}) };
    });
    return { text, blocks, source: 'docx' };
  }

  it('reads the outline from list styles: unit headings lead the bullets under them', () => {
    const extraction = extractPlan(
      listPlan([
        ['KẾ HOẠCH'],
        ['Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024'],
        ['MỤC ĐÍCH, YÊU CẦU', 'ol:1'],
        ['Nâng cao nhận thức của người dân.', 'ul'],
        ['TỔ CHỨC THỰC HIỆN', 'ol:2'],
        ['Phòng Y tế', 'ol:1;level:2'],
        ['Tham mưu thành lập đoàn kiểm tra liên ngành.', 'ul;level:3'],
        ['Tổng hợp kết quả, báo cáo trước ngày 30/5/2024.', 'ul;level:3'],
      ]),
      { source: 'lists.docx' },
    );
    expect(extraction.directives.map((d) => [d.text, d.units.lead, d.deadline?.due ?? null])).toEqual([
      ['Tham mưu thành lập đoàn kiểm tra liên ngành.', ['Phòng Y tế'], null],
      ['Tổng hợp kết quả, báo cáo trước ngày 30/5/2024.', ['Phòng Y tế'], '2024-05-30'],
    ]);
  });
});

describe('extractPlan closing formulas', () => {
  it('takes no directive from the usual "report difficulties" closing line', () => {
    const plan = planOf(`
KẾ HOẠCH
Công tác dân vận năm 2024

I. TỔ CHỨC THỰC HIỆN

1. Phòng Nội vụ tham mưu tổ chức sơ kết.

2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về UBND huyện để xem xét, giải quyết./.
`);
    expect(extractPlan(plan, { source: 'x' }).directives.map((d) => d.text)).toEqual(['Phòng Nội vụ tham mưu tổ chức sơ kết.']);
  });
});

describe('extractPlan unit labels without numbers', () => {
  it('gives the unit of a "Phòng X:" line to the paragraphs below it', () => {
    const plan = planOf(`
KẾ HOẠCH
Công tác cải cách hành chính năm 2024

I. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ:

Tham mưu kiểm tra công tác cải cách hành chính.

Các xã, thị trấn có trách nhiệm:

Niêm yết công khai thủ tục hành chính.
`);
    expect(extractPlan(plan, { source: 'x' }).directives.map((d) => [d.text, d.units.lead])).toEqual([
      ['Tham mưu kiểm tra công tác cải cách hành chính.', ['Phòng Nội vụ']],
      ['Niêm yết công khai thủ tục hành chính.', ['Các xã, thị trấn']],
    ]);
  });
});

describe('extractPlan sections numbered 1., 2., 3.', () => {
  it('reads "1. Mục đích" … "3. Tổ chức thực hiện" as the sections when no Roman numeral is used', () => {
    const plan = planOf(`
KẾ HOẠCH
Phòng chống dịch bệnh năm 2024

1. Mục đích, yêu cầu

Hoàn thành tiêm chủng trước ngày 30/6/2024.

2. Nội dung

Tổ chức ra quân vệ sinh môi trường.

3. Tổ chức thực hiện

Trạm Y tế xã chủ trì tổ chức tiêm chủng.
`);
    expect(extractPlan(plan, { source: 'x' }).directives.map((d) => [d.text, d.units.lead])).toEqual([
      ['Trạm Y tế xã chủ trì tổ chức tiêm chủng.', ['Trạm Y tế xã']],
    ]);
  });
});

describe('extractPlan appendix lists', () => {
  it('takes the dated items of an appendix written as a list, not its title lines', () => {
    const plan = planOf(`
KẾ HOẠCH
Công tác văn thư năm 2024

I. TỔ CHỨC THỰC HIỆN

1. Văn phòng tham mưu triển khai kế hoạch.

Nơi nhận:
- Lưu: VT.

CHÁNH VĂN PHÒNG

Trần Văn Minh

PHỤ LỤC

Lịch triển khai năm 2024 (Kèm theo Kế hoạch số 3/KH-VP ngày 02/01/2024)

1. Chỉnh lý hồ sơ tồn đọng, hoàn thành trước ngày 30/9/2024.

2. Số hóa tài liệu lưu trữ.
`);
    expect(extractPlan(plan, { source: 'x' }).directives.map((d) => [d.text, d.deadline?.due ?? null, d.place])).toEqual([
      ['Văn phòng tham mưu triển khai kế hoạch.', null, 'I/1'],
      ['Chỉnh lý hồ sơ tồn đọng, hoàn thành trước ngày 30/9/2024.', '2024-09-30', 'appendix/1'],
    ]);
  });
});

describe('extractPlan inspection plans of Party committees', () => {
  it('reads an item described by "Đối tượng / Thời gian / Lực lượng" lines as one task of that force, due then', () => {
    const plan = planOf(`
KẾ HOẠCH
kiểm tra, giám sát năm 2026

I. NỘI DUNG KIỂM TRA

1. Kiểm tra việc thực hiện quy chế làm việc

- Đối tượng: Chi bộ thôn Đông.

- Thời gian: Quý II/2026.

- Lực lượng: Ủy ban Kiểm tra Đảng ủy.
`);
    expect(extractPlan(plan, { source: 'x' }).directives.map((d) => [d.text, d.units.lead, d.deadline?.due ?? null])).toEqual([
      ['Kiểm tra việc thực hiện quy chế làm việc', ['Ủy ban Kiểm tra Đảng ủy'], '2026-06-30'],
    ]);
  });
});

describe('extractPlan sections lettered A., B., C. and bulleted unit labels', () => {
  it('reads "C. TỔ CHỨC THỰC HIỆN" as the implementation section and "* Hiệu trưởng:" as the unit of the bullets below', () => {
    const plan = planOf(`
KẾ HOẠCH
Bảo đảm an toàn thực phẩm năm học 2023 - 2024

A. MỤC ĐÍCH, YÊU CẦU

Không để xảy ra ngộ độc thực phẩm, hoàn thành trước 05/9/2023.

C. TỔ CHỨC THỰC HIỆN

* Hiệu trưởng:

- Thành lập Ban chỉ đạo y tế trường học.

* Nhân viên y tế:

- Kiểm tra thực phẩm đầu vào.
`);
    expect(extractPlan(plan, { source: 'x' }).directives.map((d) => [d.text, d.units.lead])).toEqual([
      ['Thành lập Ban chỉ đạo y tế trường học.', ['Hiệu trưởng']],
      ['Kiểm tra thực phẩm đầu vào.', ['Nhân viên y tế']],
    ]);
  });
});
