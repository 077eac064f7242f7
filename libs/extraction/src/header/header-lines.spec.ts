import { fromCapitals } from './casing';
import { dateLineOf } from './date-line';
import { kindLineOf, kindOfSymbol } from './document-kind';
import { issuerFromHeader, issuerFromPosition, issuerFromPreamble } from './issuer';
import { numberLineOf } from './number-line';
import { recipientsOf } from './recipients';
import { signatureOf } from './signature';

describe('numberLineOf', () => {
  it.each([
    ['Số: 01/KH-UBND', { number: '01/KH-UBND', symbol: 'KH-UBND' }],
    ['Số: /KH-SNgV', { number: null, symbol: 'KH-SNgV' }],
    ['Số:      /KH-TĐK8', { number: null, symbol: 'KH-TĐK8' }],
    ['ỦY BAN NHÂN DÂN XÃ AN PHÚ Số: 125/KH-UBND', { number: '125/KH-UBND', symbol: 'KH-UBND' }],
    ['Số 45/2023/KH-SGDĐT', { number: '45/2023/KH-SGDĐT', symbol: '2023/KH-SGDĐT' }],
  ])('%s', (line, expected) => expect(numberLineOf(line)).toEqual(expected));

  it('ignores a cited number in running text', () => {
    expect(numberLineOf('Thực hiện Kế hoạch số 289/KH-UBND ngày 16/12/2021')).toBeNull();
  });
});

describe('dateLineOf', () => {
  it.each([
    ['Xuân Sơn, ngày 04 tháng 01 năm 2022', { place: 'Xuân Sơn', issuedOn: '2022-01-04' }],
    ['Sơn La, ngày tháng 12 năm 2021', { place: 'Sơn La', issuedOn: '2021-12' }],
    ['Hà Nội, ngày    tháng    năm 2026', { place: 'Hà Nội', issuedOn: '2026' }],
    ['Độc lập - Tự do - Hạnh phúc Trà Vinh, ngày 23 tháng 4 năm 2021', { place: 'Trà Vinh', issuedOn: '2021-04-23' }],
    ['Đà Nẵng, ngày ... tháng ... năm 2023', { place: 'Đà Nẵng', issuedOn: '2023' }],
    ['Hà Nội, ngày 05/01/2024', { place: 'Hà Nội', issuedOn: '2024-01-05' }],
    ['Số: 12/KH-UBND      Hải Phòng, ngày 02 tháng 3 năm 2023', { place: 'Hải Phòng', issuedOn: '2023-03-02' }],
    ['ỦY BAN NHÂN DÂN XÃ AN PHÚ Số: 01/KH-UBND An Phú, ngày 04 tháng 01 năm 2022', { place: 'An Phú', issuedOn: '2022-01-04' }],
  ])('%s', (line, expected) => expect(dateLineOf(line)).toEqual(expected));

  it('ignores the date of a cited document', () => {
    expect(dateLineOf('Thực hiện Chỉ thị số 34-CT/TW, ngày 07/4/2014; Chỉ thị số 05-CT/TW, ngày 15 tháng 5 năm 2016')).toBeNull();
    expect(dateLineOf('Thực hiện Quyết định số 12/QĐ-UBND, ngày 07/4/2014')).toBeNull();
  });
});

describe('kindLineOf', () => {
  it.each([
    ['KẾ HOẠCH', { kind: 'KE_HOACH', rest: '' }],
    ['KẾ HOẠCH Công tác thi đua năm 2024', { kind: 'KE_HOACH', rest: 'Công tác thi đua năm 2024' }],
    ['QUYẾT ĐỊNH', { kind: 'QUYET_DINH', rest: '' }],
    ['Kế hoạch này được phổ biến tới các đơn vị', null],
    ['KẾT QUẢ THỰC HIỆN', null],
  ])('%s', (line, expected) => expect(kindLineOf(line)).toEqual(expected));
});

describe('kindOfSymbol', () => {
  it.each([
    ['KH-UBND', 'KE_HOACH'],
    ['2024/KH-SGDĐT', 'KE_HOACH'],
    ['QĐ-UBND', 'QUYET_DINH'],
    ['CTr-UBND', 'CHUONG_TRINH'],
    ['UBND-VP', null],
    [null, null],
  ])('%s', (symbol, kind) => expect(kindOfSymbol(symbol)).toBe(kind));
});

describe('recipientsOf', () => {
  it('reads one item per line, without dashes, ";" and the archive line', () => {
    expect(recipientsOf('Nơi nhận:\n- Sở Nội vụ;\n- Các phòng, ban;\n- Lưu: VT, VP.')).toEqual(['Sở Nội vụ', 'Các phòng, ban']);
  });
  it('reads a list that a table cell gave as one line', () => {
    expect(recipientsOf('Nơi nhận: - UBND huyện; - Phòng Tổ chức - Hành chính; - Lưu VT.')).toEqual([
      'UBND huyện',
      'Phòng Tổ chức - Hành chính',
    ]);
  });
});

describe('signatureOf', () => {
  it.each([
    ['TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An', { name: 'Nguyễn Văn An', position: 'Chủ tịch' }, 'Ủy ban nhân dân'],
    ['KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Trần Thị Bình', { name: 'Trần Thị Bình', position: 'Phó chủ tịch' }, null],
    ['CHÁNH VĂN PHÒNG ( Đã ký ) Lê Văn Cường', { name: 'Lê Văn Cường', position: 'Chánh văn phòng' }, null],
    ['TM.KHỐI THI ĐUA KHỐI 3 KHỐI TRƯỞNG GIÁM ĐỐC SỞ Y TẾ Phạm Minh Đức', { name: 'Phạm Minh Đức', position: 'Khối trưởng' }, 'Khối thi đua khối 3'],
    ['GIÁM ĐỐC', { name: null, position: 'Giám đốc' }, null],
    ['TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Hoàng Nam', { name: 'Hoàng Nam', position: 'Phó chủ tịch' }, 'Ủy ban nhân dân'],
    ['TL. GIÁM ĐỐC CHÁNH VĂN PHÒNG Đỗ Thu Hà', { name: 'Đỗ Thu Hà', position: 'Chánh văn phòng' }, null],
  ])('%s', (text, signer, onBehalfOf) => expect(signatureOf(text)).toEqual({ signer, onBehalfOf }));

  it('finds a name printed in capitals on its own line', () => {
    expect(signatureOf('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTRẦN VĂN BÌNH')?.signer).toEqual({ name: 'TRẦN VĂN BÌNH', position: 'Phó giám đốc' });
  });

  it('is null for a line that is no signature', () => expect(signatureOf('Nơi nhận: - Sở Nội vụ;')).toBeNull());
});

describe('issuer', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ'], 'Ủy ban nhân dân xã An Phú'],
    [['UBND TỈNH LẠNG SƠN', 'SỞ TÀI CHÍNH'], 'Sở tài chính tỉnh Lạng Sơn'],
    [['SỞ GIÁO DỤC VÀ ĐÀO TẠO'], 'Sở giáo dục và đào tạo'],
    [['SỞ Y TẾ TỈNH AN GIANG', 'TRUNG TÂM Y TẾ HUYỆN CHỢ MỚI'], 'Trung tâm y tế huyện Chợ Mới tỉnh An Giang'],
    [['TỈNH ĐOÀN ĐẮK LẮK', 'BCH HUYỆN ĐOÀN KRÔNG PẮC'], 'BCH huyện đoàn Krông Pắc'],
    [['BỘ Y TẾ', 'BỆNH VIỆN BẠCH MAI'], 'Bệnh viện bạch mai'],
    [['ỦY BAN NHÂN DÂN', 'HUYỆN TAM DƯƠNG'], 'Ủy ban nhân dân huyện Tam Dương'],
    [['ĐẢNG BỘ TỈNH QUẢNG TRỊ', 'HUYỆN ỦY GIO LINH'], 'Huyện ủy Gio Linh tỉnh Quảng Trị'],
    [['TỈNH ỦY QUẢNG TRỊ', 'BAN TUYÊN GIÁO'], 'Ban tuyên giáo tỉnh ủy Quảng Trị'],
  ])('from the header lines %j', (lines, expected) => expect(issuerFromHeader(lines)).toBe(expected));

  it.each([
    ['Căn cứ Luật Thi đua, khen thưởng năm 2022, Sở Tư pháp xây dựng kế hoạch công tác năm 2024 như sau:', 'Sở Tư pháp'],
    ['Để triển khai hiệu quả. Phòng Giáo dục và Đào tạo ban hành Kế hoạch thực hiện như sau:', 'Phòng Giáo dục và Đào tạo'],
    ['Năm 2024 là năm có ý nghĩa quan trọng.', null],
  ])('from the preamble %s', (preamble, expected) => expect(issuerFromPreamble(preamble)).toBe(expected));

  it.each([
    ['Chánh Văn phòng', 'Văn phòng'],
    ['Giám đốc Sở TT&TT', 'Sở TT&TT'],
    ['Giám đốc', null],
  ])('from the position %s', (position, expected) => expect(issuerFromPosition(position)).toBe(expected));
});

describe('fromCapitals', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN XÃ XUÂN LỘC', 'Ủy ban nhân dân xã Xuân Lộc'],
    ['UBND HUYỆN ĐÔNG ANH', 'UBND huyện Đông Anh'],
    ['GIÁM ĐỐC SỞ TT&TT', 'Giám đốc sở TT&TT'],
    ['CHỦ TỊCH', 'Chủ tịch'],
    ['TRƯỜNG THCS HỢP THÀNH', 'Trường THCS Hợp Thành'],
    ['TRƯỜNG TIỂU HỌC KIM ĐỒNG', 'Trường tiểu học Kim Đồng'],
    ['UBND TỈNH ĐẮK LẮK', 'UBND tỉnh Đắk Lắk'],
  ])('%s', (caps, expected) => expect(fromCapitals(caps)).toBe(expected));
});
