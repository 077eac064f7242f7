import { toCsv } from './csv';

describe('CSV', () => {
  it('quotes what needs quoting, writes dates dd/mm/yyyy, CRLF and a BOM', () => {
    const csv = toCsv({
      name: 't',
      headers: ['Nhiệm vụ', 'Hạn', 'Số'],
      rows: [
        ['Tổng kết công tác thi đua, khen thưởng', { date: '2022-01-31' }, 3],
        ['Báo cáo "6 tháng"', null, 0],
        ['hai\ndòng', { date: '2023-12-01' }, null],
      ],
    });
    expect(csv).toBe(
      '\uFEFFNhiệm vụ,Hạn,Số\r\n"Tổng kết công tác thi đua, khen thưởng",31/01/2022,3\r\n"Báo cáo ""6 tháng""",,0\r\n"hai\ndòng",01/12/2023,\r\n',
    );
  });
});
