import { isKindOfUnit, isUnitName, trimUnitName } from './unit-names';

describe('isUnitName', () => {
  it.each([
    'Phòng Nội vụ', 'Ủy ban nhân dân xã', 'Uỷ ban nhân dân huyện', 'UBND tỉnh', 'Hội đồng Thi đua - Khen thưởng', 'Văn phòng Sở',
    'Sở Tài chính', 'Công đoàn cơ sở', 'Đoàn Thanh niên', 'Hội Cựu chiến binh', 'Trung tâm Y tế', 'Chi cục Thuế', 'Cục Thống kê',
    'Bộ Nội vụ', 'Thanh tra tỉnh', 'Công an huyện', 'Trường Tiểu học Kim Đồng', 'Các đơn vị trực thuộc', 'Cán bộ, công chức',
    'Tổ dân phố số 3', 'Khối thi đua các cơ quan Đảng', 'Cụm thi đua số 2', 'MTTQ', 'Mặt trận Tổ quốc', 'Đảng ủy xã', 'Chi bộ',
    'Bí thư Chi bộ', 'Chủ tịch UBND', 'Phó Chủ tịch UBND xã', 'Giám đốc Sở', 'Trưởng các phòng', 'Thường trực Hội đồng',
    'Bộ phận Một cửa', 'Công chức Văn phòng - Thống kê', '- Văn phòng.', 'Thủ trưởng các cơ quan, đơn vị', 'Lãnh đạo Sở',
    'Thành viên Hội đồng', 'Tổ chức kinh tế, xã hội', 'Ban Chỉ huy Quân sự xã', 'Thành đoàn', 'Liên đoàn Lao động huyện',
    'Bảo hiểm xã hội huyện', 'Tòa án nhân dân huyện', 'Viện kiểm sát nhân dân huyện', 'Hạt Kiểm lâm', 'Đồn Biên phòng',
    'Hợp tác xã Nông nghiệp', 'Các doanh nghiệp', 'Nhà trường', 'Đài Truyền thanh huyện',
  ])('%s is a unit', (name) => expect(isUnitName(name)).toBe(true));

  it.each([
    'Tổ chức hội nghị tổng kết', 'Phong trào thi đua', 'Phòng chống tham nhũng', 'Ban hành kế hoạch', 'Hội nghị sơ kết',
    'Bổ sung hồ sơ', 'Xã hội hóa công tác khen thưởng', 'Đoàn kết nội bộ', 'Thực hiện tốt chính sách', 'Sơ kết 6 tháng',
    'Số lượng khen thưởng', 'Các phong trào thi đua', '', 'Quý I',
    'Phòng Nội vụ chủ trì phối hợp với các phòng ban chuyên môn để tổ chức thực hiện các nhiệm vụ được giao trong kế hoạch này đúng thời gian quy định',
  ])('%s is not a unit', (text) => expect(isUnitName(text)).toBe(false));
});

describe('trimUnitName', () => {
  it.each([
    ['- Văn phòng Sở;', 'Văn phòng Sở'],
    ['+ Phòng Nội vụ.', 'Phòng Nội vụ'],
    ['• Công đoàn', 'Công đoàn'],
    ['a) Sở Tài chính:', 'Sở Tài chính'],
    ['1. Văn phòng', 'Văn phòng'],
    ['Văn phòng – Thống kê', 'Văn phòng – Thống kê'],
  ])('%s → %s', (raw, name) => expect(trimUnitName(raw)).toBe(name));
});

describe('isKindOfUnit', () => {
  it.each([
    ['các phòng', true], ['Trưởng các Phòng', true], ['thôn', true], ['Cán bộ', true], ['MTTQ', false], ['Lãnh đạo Sở', false],
    ['Văn phòng Sở', false],
  ])('%s → %s', (text, kind) => expect(isKindOfUnit(text as string)).toBe(kind));
});
