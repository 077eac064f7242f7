import type { Recurrence } from '../plan-extraction';
import { DeadlineContext } from './deadline-context';
import { findDeadline, periodOfHeading } from './find-deadline';

/** A plan for 2024 issued on Monday 15 January 2024. */
const PLAN: DeadlineContext = { year: 2024, issuedOn: '2024-01-15' };

interface Due {
  kind: string;
  due: string | null;
  start?: string | null;
}

const date = (due: string): Due => ({ kind: 'date', due, start: null });
const month = (start: string, due: string): Due => ({ kind: 'month', start, due });
const quarter = (start: string, due: string): Due => ({ kind: 'quarter', start, due });
const half = (start: string, due: string): Due => ({ kind: 'half', start, due });
const year = (y: number): Due => ({ kind: 'year', start: `${y}-01-01`, due: `${y}-12-31` });
const range = (start: string, due: string): Due => ({ kind: 'range', start, due });
const relative = (due: string | null): Due => ({ kind: 'relative', due });

const DEADLINES: Array<[string, Due, Recurrence | null, DeadlineContext?]> = [
  ['Bê tông hóa đường trục thôn, thực hiện Tháng 3 - 4/2024.', range('2024-03-01', '2024-04-30'), null],
  ['Sơ kết công tác, tổ chức tháng 6/2024.', month('2024-06-01', '2024-06-30'), null],
  ['2024 - 2025', range('2024-01-01', '2025-12-31'), null],
  ['2025', year(2025), null],
  ['Tổng kết năm học, báo cáo Phòng GD&ĐT cuối tháng 5/2024.', month('2024-05-01', '2024-05-31'), null],
  ['Hoàn thành trước ngày 31/3/2024.', date('2024-03-31'), null],
  ['Gửi báo cáo về Sở Nội vụ trước ngày 10/12/2024', date('2024-12-10'), null],
  ['chậm nhất ngày 15/3/2024', date('2024-03-15'), null],
  ['Các đơn vị gửi hồ sơ chậm nhất vào ngày 05/11/2024', date('2024-11-05'), null],
  ['chậm nhất là ngày 20/12/2024', date('2024-12-20'), null],
  ['trước 20/10', date('2024-10-20'), null],
  ['Thời hạn: trước ngày 30/6', date('2024-06-30'), null],
  ['ngày 15 tháng 3 năm 2024', date('2024-03-15'), null],
  ['Tổ chức hội nghị vào ngày 12 tháng 8', date('2024-08-12'), null],
  ['Trước ngày 15 tháng 11 năm 2024', date('2024-11-15'), null],
  ['15-3-2024', date('2024-03-15'), null],
  ['15.3.2024', date('2024-03-15'), null],
  ['Trước ngày 01/02/2025', date('2025-02-01'), null],
  ['xong trước 28/02/2024', date('2024-02-28'), null],
  ['Hoàn thành xong trước 29/02/2024', date('2024-02-29'), null],
  ['hạn chót ngày 05/4/2024', date('2024-04-05'), null],
  ['kết thúc ngày 31/10/2024', date('2024-10-31'), null],
  ['đến hết ngày 31/12/2024', date('2024-12-31'), null],
  ['Thời gian: 15/5/2024', date('2024-05-15'), null],
  ['Ngày 26/3/2024 ra quân đồng loạt tại các xã', date('2024-03-26'), null],
  ['Hoàn thành trước ngày 30/11/2024, báo cáo kết quả về Văn phòng', date('2024-11-30'), null],
  ['Tổng kết công tác thi đua năm 2024, hoàn thành trước ngày 15/01/2025', date('2025-01-15'), null],
  ['Gửi hồ sơ đề nghị khen thưởng năm 2024 trước ngày 05/12/2024', date('2024-12-05'), null],
  ['Trong tháng 4 năm 2024', month('2024-04-01', '2024-04-30'), null],
  ['trong tháng 9/2024', month('2024-09-01', '2024-09-30'), null],
  ['Tháng 01/2025', month('2025-01-01', '2025-01-31'), null],
  ['tháng 02 năm 2024', month('2024-02-01', '2024-02-29'), null],
  ['Hoàn thành trong tháng 11', month('2024-11-01', '2024-11-30'), null],
  ['Dự kiến: tháng 6/2024', month('2024-06-01', '2024-06-30'), null],
  ['Thời gian thực hiện: tháng 10 năm 2024', month('2024-10-01', '2024-10-31'), null],
  ['Tháng 3/2024', month('2024-03-01', '2024-03-31'), null],
  ['trong tháng 01 năm 2024', month('2024-01-01', '2024-01-31'), null],
  ['đến hết tháng 6/2024', month('2024-06-01', '2024-06-30'), null],
  ['Tổ chức Hội nghị sơ kết vào tháng 7', month('2024-07-01', '2024-07-31'), null],
  ['Sơ kết 6 tháng đầu năm 2024 trong tháng 7/2024', month('2024-07-01', '2024-07-31'), null],
  ['Trong tháng 7/2021', month('2021-07-01', '2021-07-31'), null, { year: 2021, issuedOn: '2021-04-23' }],
  ['trong quý III/2024', quarter('2024-07-01', '2024-09-30'), null],
  ['Quý I năm 2025', quarter('2025-01-01', '2025-03-31'), null],
  ['Thời gian: Quý II', quarter('2024-04-01', '2024-06-30'), null],
  ['Hoàn thành trong quý 4', quarter('2024-10-01', '2024-12-31'), null],
  ['quý IV/2024', quarter('2024-10-01', '2024-12-31'), null],
  ['Quý III', quarter('2024-07-01', '2024-09-30'), null],
  ['Đầu năm', quarter('2024-01-01', '2024-03-31'), null],
  ['6 tháng đầu năm', half('2024-01-01', '2024-06-30'), null],
  ['Trong 6 tháng cuối năm 2024', half('2024-07-01', '2024-12-31'), null],
  ['Thời gian: sáu tháng đầu năm', half('2024-01-01', '2024-06-30'), null],
  ['Thực hiện vào giữa năm', half('2024-01-01', '2024-06-30'), null],
  ['trong năm 2024', year(2024), null],
  ['Năm 2024', year(2024), null],
  ['Trong năm', year(2024), null],
  ['Cuối năm', year(2024), null],
  ['Tổ chức vào cuối năm 2024', year(2024), null],
  ['Tổ chức hội nghị tổng kết vào cuối năm', year(2024), null],
  ['Hoàn thành trong năm 2024 các thủ tục còn lại', year(2024), null],
  ['từ ngày 01/3 đến ngày 30/4/2024', range('2024-03-01', '2024-04-30'), null],
  ['Từ tháng 3 đến tháng 5/2024', range('2024-03-01', '2024-05-31'), null],
  ['từ 15/7/2024 đến 15/8/2024', range('2024-07-15', '2024-08-15'), null],
  ['Từ ngày 10/12/2024 đến ngày 15/01/2025', range('2024-12-10', '2025-01-15'), null],
  ['từ 20/12 đến 10/01/2025', range('2024-12-20', '2025-01-10'), null],
  ['01/6 - 30/6/2024', range('2024-06-01', '2024-06-30'), null],
  ['từ quý II đến quý III/2024', range('2024-04-01', '2024-09-30'), null],
  ['Tháng 3 - 4/2024', range('2024-03-01', '2024-04-30'), null],
  ['Thời gian: tháng 8, 9 năm 2024', range('2024-08-01', '2024-09-30'), null],
  ['Tháng 01 – 02/2024', range('2024-01-01', '2024-02-29'), null],
  ['Quý I, II/2024', range('2024-01-01', '2024-06-30'), null],
  ['Trong quý I và quý II năm 2024', range('2024-01-01', '2024-06-30'), null],
  ['Ngày 20-21/3/2024', range('2024-03-20', '2024-03-21'), null],
  ['từ ngày 20 - 25/3/2024', range('2024-03-20', '2024-03-25'), null],
  ['Trước 17h00 ngày 15/3/2024', date('2024-03-15'), null],
  ['Từ nay đến hết năm 2024', year(2024), null],
  ['Hoàn thành trong 15 ngày kể từ ngày ban hành Kế hoạch', relative('2024-01-30'), null],
  ['trong vòng 30 ngày kể từ ngày ký', relative('2024-02-14'), null],
  ['trong thời hạn 10 ngày làm việc kể từ ngày ban hành', relative('2024-01-29'), null],
  ['trong 15 ngày kể từ ngày ban hành kế hoạch', relative(null), null, { year: 2024, issuedOn: '2024-01' }],
  ['trước ngày 15/12 hằng năm', date('2024-12-15'), 'annual'],
  ['Tháng 12 hằng năm', month('2024-12-01', '2024-12-31'), 'annual'],
  ['Hoàn thành trong tháng 12/2024; báo cáo hằng tháng', month('2024-12-01', '2024-12-31'), 'monthly'],
  ['Báo cáo định kỳ trước ngày 25/11/2024', date('2024-11-25'), 'periodic'],
];

const NOT_DEADLINES: Array<[string, DeadlineContext?]> = [
  ['Báo cáo kết quả thực hiện tháng 3/2024 về Phòng Nội vụ.'],
  ['Rà soát văn bản quy phạm pháp luật kỳ 2019 - 2023.'],
  ['Cấp 2024 thẻ bảo hiểm y tế cho học sinh.'],
  ['Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', { year: 2016, issuedOn: null }],
  ['Căn cứ Nghị định 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ', { year: 2017, issuedOn: null }],
  ['Quyết định số 1520/QĐ-UBND ngày 12/6/2024 của UBND huyện'],
  ['Kế hoạch số 15/KH-UBND ngày 20/01/2024 của Ủy ban nhân dân thành phố'],
  ['Thông tư số 12/2019/TT-BNV ngày 04/11/2019', { year: 2019, issuedOn: null }],
  ['Nghị quyết số 09-NQ/TU, ngày 03/02/2024 của Tỉnh ủy'],
  ['Luật Thi đua, khen thưởng ngày 15/6/2022', { year: 2022, issuedOn: null }],
  ['Công văn số 456/UBND-NV ngày 02/3/2024 của UBND tỉnh'],
  ['Hướng dẫn số 35/HD-TĐKT ngày 10/01/2024'],
  ['Thông báo số 12/TB-VP ngày 05 tháng 02 năm 2024'],
  ['Chỉ thị 18-CT/TU 26/6/2023 của Ban Thường vụ Tỉnh ủy'],
  ['Quy chế số 02/QC-HĐTĐKT ngày 01/3/2024 của Hội đồng Thi đua - Khen thưởng'],
  ['Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021', { year: 2021, issuedOn: null }],
  ['theo Quyết định số 25/2024/QĐ-UBND ngày 05/4/2024'],
  ['Đề án số 06/ĐA-UBND ngày 12/02/2024 về chuyển đổi số'],
  ['Chương trình số 12-CTr/TU ngày 20/3/2024'],
  ['Báo cáo số 125/BC-UBND ngày 30/11/2023'],
  ['kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9'],
  ['chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)'],
  ['nhân dịp Tết Nguyên đán Giáp Thìn 2024'],
  ['Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)'],
  ['phấn đấu hoàn thành các mục tiêu giai đoạn 2021-2025'],
  ['năm học 2024-2025'],
  ['tiến tới Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030'],
  ['Kế hoạch phát triển kinh tế - xã hội 5 năm (2021 - 2025)'],
  ['Bắc Giang, ngày 10 tháng 01 năm 2024'],
  ['Hà Nội, ngày    tháng 12 năm 2023'],
  ['Năm 2023, toàn ngành đã đạt nhiều kết quả quan trọng'],
  ['Tổng kết công tác thi đua, khen thưởng năm 2023'],
  ['kết quả thực hiện nhiệm vụ năm 2024'],
  ['Phấn đấu 100% cơ quan, đơn vị đăng ký thi đua'],
  ['hỗ trợ 15 đơn vị với kinh phí 200 triệu đồng'],
  ['Báo cáo tổng kết 6 tháng cuối năm'],
  ['Dự Hội nghị sơ kết công tác 6 tháng đầu năm 2024'],
  ['xây dựng kế hoạch công tác năm 2025'],
  ['Ngày 15/3/2024, Ủy ban nhân dân huyện đã tổ chức hội nghị'],
  ['khen thưởng thành tích xuất sắc năm 2023'],
  ['tăng 5% so với năm 2023'],
  ['nhiệm vụ trọng tâm tháng 3'],
  ['các ngày lễ lớn trong năm'],
  ['mức thưởng bằng 1,5 lần mức lương cơ sở'],
  ['Trước ngày 31/02/2024'],
  ['trong 6 tháng qua, các đơn vị đã triển khai'],
  ['báo cáo số liệu tháng 6, 12 đơn vị chưa gửi'],
  ['Tuần đầu tháng 3/2024'],
  ['Báo cáo số liệu tính đến ngày 15/11/2024'],
  ['số liệu tính từ ngày 01/01/2024 đến ngày 30/6/2024'],
  ['phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội trong năm 2024'],
  ['Đánh giá kết quả các chỉ tiêu đã đăng ký từ đầu năm'],
  ['từ tháng 3/2024'],
];

const RECURRENCES: Array<[string, Recurrence | null]> = [
  ['Thường xuyên', 'continuous'],
  ['Hằng năm', 'annual'],
  ['hàng năm', 'annual'],
  ['định kỳ 6 tháng, hằng năm', 'semiannual'],
  ['6 tháng một lần', 'semiannual'],
  ['hàng tháng, hàng quý', 'monthly'],
  ['báo cáo định kỳ hằng quý', 'quarterly'],
  ['Định kỳ', 'periodic'],
  ['thực hiện liên tục trong năm', 'continuous'],
  ['Báo cáo hằng tháng trước ngày 25 của tháng', 'monthly'],
  ['phát động phong trào thi đua thường xuyên và thi đua theo đợt', null],
  ['bảo đảm tính thường xuyên, liên tục', null],
  ['tổ chức hội nghị', null],
  ['thực hiện đúng mọi quy định hiện hành', null],
  ['rà soát từng quy trình, thủ tục', null],
  ['Báo cáo theo quý', 'quarterly'],
  ['thực hiện theo quy chế của Hội đồng', null],
  ['báo cáo mỗi quý một lần', 'quarterly'],
];

describe('findDeadline', () => {
  it.each(DEADLINES)('%s', (sentence, expected, recurrence, ctx = PLAN) => {
    const { deadline, recurrence: actual } = findDeadline(sentence, ctx);
    expect(deadline).not.toBeNull();
    expect(deadline!.kind).toBe(expected.kind);
    expect(deadline!.due).toBe(expected.due);
    if (expected.start !== undefined) expect(deadline!.start).toBe(expected.start);
    expect(actual).toBe(recurrence);
    expect(sentence.slice(deadline!.span!.start, deadline!.span!.end)).toBe(deadline!.raw);
  });

  it.each(NOT_DEADLINES)('is no deadline: %s', (sentence, ctx = PLAN) => {
    expect(findDeadline(sentence, ctx).deadline).toBeNull();
  });

  it.each(RECURRENCES)('recurrence of %s', (sentence, recurrence) => {
    expect(findDeadline(sentence, PLAN).recurrence).toBe(recurrence);
  });

  it('keeps the phrase as written, cue words included', () => {
    const sentence = 'Các phòng gửi kết quả Hoàn thành trước ngày 22/01/2024 về Văn phòng.';
    expect(findDeadline(sentence, PLAN).deadline?.raw).toBe('Hoàn thành trước ngày 22/01/2024');
  });

  it('reads the due date, not the cut-off of the figures', () => {
    const sentence = 'Báo cáo kết quả (số liệu tính đến ngày 15/11/2024) gửi về Phòng Nội vụ trước ngày 20/11/2024';
    expect(findDeadline(sentence, PLAN).deadline?.due).toBe('2024-11-20');
  });

  it('prefers the stated deadline over a date that only names an event', () => {
    const sentence = 'Hội nghị ngày 10/12/2024; gửi báo cáo chậm nhất ngày 05/12/2024';
    expect(findDeadline(sentence, PLAN).deadline?.due).toBe('2024-12-05');
  });

  it('puts a day of every month in the month of issue', () => {
    const { deadline, recurrence } = findDeadline('trước ngày 20 hằng tháng', { year: 2024, issuedOn: '2024-03-04' });
    expect([deadline?.kind, deadline?.due, recurrence]).toEqual(['date', '2024-03-20', 'monthly']);
  });

  it('reads a bare day of monthly work as that day of the month of issue', () => {
    const { deadline, recurrence } = findDeadline('Hằng tháng, gửi báo cáo trước ngày 25', { year: 2024, issuedOn: '2024-03-04' });
    expect([deadline?.kind, deadline?.due, recurrence]).toEqual(['date', '2024-03-25', 'monthly']);
  });

  it('reads a bare day of work that is not monthly as no date', () => {
    expect(findDeadline('Gửi báo cáo trước ngày 25', PLAN).deadline).toBeNull();
  });

  it('reads a date with no year in the year of issue when the plan year is unknown', () => {
    expect(findDeadline('trước ngày 15/11', { year: null, issuedOn: '2023-02-01' }).deadline?.due).toBe('2023-11-15');
  });

  it('keeps a yearless date without a due when no year is known at all', () => {
    const { deadline } = findDeadline('trước ngày 15/11', { year: null, issuedOn: null });
    expect([deadline?.kind, deadline?.due, deadline?.raw]).toEqual(['date', null, 'trước ngày 15/11']);
  });

  it('reads decomposed (NFD) input the same as composed', () => {
    const nfd = 'Hoàn thành trong tháng 5 năm 2024'.normalize('NFD');
    expect(findDeadline(nfd.normalize('NFC'), PLAN).deadline?.due).toBe('2024-05-31');
  });
});

describe('periodOfHeading', () => {
  const HEADINGS: Array<[string, Due | null]> = [
    ['QUÝ I', quarter('2024-01-01', '2024-03-31')],
    ['Quý II', quarter('2024-04-01', '2024-06-30')],
    ['QUÝ III/2024', quarter('2024-07-01', '2024-09-30')],
    ['QUÝ IV:', quarter('2024-10-01', '2024-12-31')],
    ['6 THÁNG ĐẦU NĂM', half('2024-01-01', '2024-06-30')],
    ['6 tháng cuối năm', half('2024-07-01', '2024-12-31')],
    ['THÁNG 3', month('2024-03-01', '2024-03-31')],
    ['Năm 2024', year(2024)],
    ['II. QUÝ II NĂM 2024', quarter('2024-04-01', '2024-06-30')],
    ['Tuyên truyền trong quý I', null],
    ['I. MỤC ĐÍCH, YÊU CẦU', null],
    ['Quy chế', null],
    ['Ngày 15/3/2024', null],
    ['Nhiệm vụ năm 2024', null],
  ];
  it.each(HEADINGS)('%s', (heading, expected) => {
    const period = periodOfHeading(heading, PLAN);
    if (expected === null) expect(period).toBeNull();
    else expect(period && { kind: period.kind, start: period.start, due: period.due }).toEqual(expected);
  });
});
