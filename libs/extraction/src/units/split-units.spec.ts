import { splitUnitCell, splitUnitList } from './split-units';

const CELLS: Array<[string, string[]]> = [
  ['Hội đồng TĐKT huyện; Phòng Nội vụ.', ['Hội đồng TĐKT huyện', 'Phòng Nội vụ']],
  ['- Văn phòng Sở; các đơn vị trực thuộc', ['Văn phòng Sở', 'các đơn vị trực thuộc']],
  ['Văn phòng Sở, các phòng chuyên môn', ['Văn phòng Sở', 'các phòng chuyên môn']],
  ['<ul><li>Phòng Nội vụ;</li><li>Các xã, thị trấn.</li></ul>', ['Phòng Nội vụ', 'Các xã, thị trấn']],
  ['**Ban Giám hiệu**; Công đoàn trường', ['Ban Giám hiệu', 'Công đoàn trường']],
  ['Phòng Nội vụ\n- Phòng Tài chính - Kế hoạch\n- Các xã', ['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Các xã']],
  ['Phòng Nội vụ.Phòng Tư pháp', ['Phòng Nội vụ', 'Phòng Tư pháp']],
  ['Cán bộ, công chức', ['Cán bộ, công chức']],
  ['Cán bộ, công chức, viên chức', ['Cán bộ, công chức, viên chức']],
  ['Các ban, ngành, đoàn thể', ['Các ban, ngành, đoàn thể']],
  ['Thôn, tổ dân phố', ['Thôn, tổ dân phố']],
  ['Trưởng các Phòng, Trung tâm trực thuộc', ['Trưởng các Phòng, Trung tâm trực thuộc']],
  ['Sở Lao động, Thương binh và Xã hội', ['Sở Lao động, Thương binh và Xã hội']],
  ['Sở Văn hóa, Thể thao và Du lịch; Sở Thông tin và Truyền thông', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Thông tin và Truyền thông']],
  ['Ban Chỉ huy Quân sự, Công an xã', ['Ban Chỉ huy Quân sự', 'Công an xã']],
  ['UBND huyện, MTTQ, các đoàn thể, các cơ quan chuyên môn, thôn, bản', ['UBND huyện', 'MTTQ', 'các đoàn thể', 'các cơ quan chuyên môn', 'thôn, bản']],
  ['Lãnh đạo Sở, Trưởng các phòng, đơn vị', ['Lãnh đạo Sở', 'Trưởng các phòng, đơn vị']],
  ['Công đoàn cơ sở và Đoàn Thanh niên', ['Công đoàn cơ sở', 'Đoàn Thanh niên']],
  ['Phòng Giáo dục và Đào tạo', ['Phòng Giáo dục và Đào tạo']],
  ['Văn phòng HĐND và UBND huyện', ['Văn phòng HĐND và UBND huyện']],
  ['Tổ chức kinh tế, xã hội', ['Tổ chức kinh tế, xã hội']],
  ['Văn phòng – Thống kê', ['Văn phòng – Thống kê']],
  ['Các phòng, ban, đơn vị, Trung tâm Dịch vụ việc làm', ['Các phòng, ban, đơn vị', 'Trung tâm Dịch vụ việc làm']],
  ['ngành, đoàn thể, tổ chức chính trị - xã hội, các khu phố', ['ngành, đoàn thể', 'tổ chức chính trị - xã hội', 'các khu phố']],
  ['UBND các xã, thị trấn', ['UBND các xã, thị trấn']],
  ['Trạm Y tế các xã, phường, thị trấn; Phòng Y tế', ['Trạm Y tế các xã, phường, thị trấn', 'Phòng Y tế']],
  ['UBND các xã, Trung tâm Y tế huyện', ['UBND các xã', 'Trung tâm Y tế huyện']],
  ['', []],
  ['  ;  ', []],
];

describe('splitUnitCell', () => {
  it.each(CELLS)('%s', (cell, names) => {
    expect(splitUnitCell(cell)).toEqual(names);
  });

  it('is the list split used for sentences too', () => {
    expect(splitUnitList('Phòng Nội vụ; Phòng Tư pháp')).toEqual(splitUnitCell('Phòng Nội vụ; Phòng Tư pháp'));
  });
});
