import { columnRoleOf, columnsOf } from './columns';

describe('columnRoleOf', () => {
  it.each([
    ['TT', 'ordinal'],
    ['STT', 'ordinal'],
    ['Nội dung', 'content'],
    ['Nội dung thực hiện', 'content'],
    ['Nhiệm vụ', 'content'],
    ['Nội dung công việc', 'content'],
    ['Chỉ đạo, chủ trì', 'direct'],
    ['Lãnh đạo phụ trách', 'direct'],
    ['Thực hiện', 'lead'],
    ['Đơn vị chủ trì', 'lead'],
    ['Cơ quan chủ trì thực hiện nhiệm vụ', 'lead'],
    ['Đơn vị thực hiện', 'lead'],
    ['Phối hợp', 'support'],
    ['Đơn vị phối hợp', 'support'],
    ['Đơn vị thực hiện và phối hợp', 'leadAndSupport'],
    ['Thời gian thực hiện', 'time'],
    ['Thời hạn hoàn thành', 'time'],
    ['Tiến độ', 'time'],
    ['Sản phẩm', 'product'],
    ['Ghi chú', 'note'],
    ['', null],
  ])('%s', (header, role) => expect(columnRoleOf(header)).toBe(role));
});

describe('columnsOf', () => {
  it('reads a task table header', () => {
    expect(columnsOf(['TT', 'Nội dung thực hiện', 'Chỉ đạo, chủ trì', 'Thực hiện', 'Phối hợp', 'Thời gian thực hiện'])).toEqual([
      'ordinal', 'content', 'direct', 'lead', 'support', 'time',
    ]);
  });

  it('takes "chỉ đạo, chủ trì" as the lead column when no other column carries the work', () => {
    expect(columnsOf(['STT', 'Nhiệm vụ', 'Chỉ đạo, chủ trì', 'Thời gian'])).toEqual(['ordinal', 'content', 'lead', 'time']);
  });

  it.each([
    [['ỦY BAN NHÂN DÂN XÃ AN PHÚ Số: 01/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    [['Nơi nhận: - Sở Nội vụ;', 'CHỦ TỊCH Nguyễn Văn An']],
    [['1', 'Xây dựng kế hoạch', 'Văn phòng']],
  ])('is null for a row that is no task-table header: %j', (cells) => expect(columnsOf(cells)).toBeNull());
});
