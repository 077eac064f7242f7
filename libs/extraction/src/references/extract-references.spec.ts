import type { Reference } from '../plan-extraction';
import { extractReferences } from './extract-references';

type Expected = Partial<Reference>;

const CASES: Array<[string, Expected[], string?]> = [
  ['Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới', [{ kind: 'CHI_THI', number: '34-CT/TW', issuedOn: '2014-04-07', issuer: 'Bộ Chính trị' }]],
  ['Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết', [{ kind: 'NGHI_DINH', number: '98/2023/NĐ-CP', issuedOn: '2023-12-31', issuer: 'Chính phủ' }]],
  ['Quyết định 1234/QĐ-UBND', [{ kind: 'QUYET_DINH', number: '1234/QĐ-UBND', issuedOn: null, issuer: null }]],
  ['Kế hoạch số 77/KH-UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh về công tác', [{ kind: 'KE_HOACH', number: '77/KH-UBND', issuedOn: '2023-12-28', issuer: 'Ủy ban nhân dân tỉnh' }]],
  ['Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ', [{ kind: 'THONG_TU', number: '12/2019/TT-BNV', issuer: 'Bộ Nội vụ' }]],
  ['Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị', [{ kind: 'KET_LUAN', number: '14-KL/TW', issuedOn: '2021-09-22' }]],
  ['Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy', [{ kind: 'NGHI_QUYET', number: '09-NQ/TU', issuedOn: null, issuer: 'Ban Thường vụ Tỉnh ủy' }]],
  ['Quy chế số 215/QC-HĐTĐKT ngày 02/3/2020 của Hội đồng Thi đua - Khen thưởng huyện', [{ kind: 'QUY_CHE', number: '215/QC-HĐTĐKT', issuer: 'Hội đồng Thi đua - Khen thưởng huyện' }]],
  ['Hướng dẫn số 35/HD-TĐKT ngày 10/01/2024 của Ban Thi đua - Khen thưởng tỉnh', [{ kind: 'HUONG_DAN', number: '35/HD-TĐKT', issuedOn: '2024-01-10' }]],
  ['Công văn số 1520/UBND-NC ngày 12/6/2024 của UBND tỉnh', [{ kind: 'CONG_VAN', number: '1520/UBND-NC', issuer: 'UBND tỉnh' }]],
  ['Thông báo số 45/TB-VP ngày 05/3/2024', [{ kind: 'THONG_BAO', number: '45/TB-VP', issuedOn: '2024-03-05' }]],
  ['Thông báo kết luận số 15-TB/TU', [{ kind: 'THONG_BAO', number: '15-TB/TU' }]],
  ['Chương trình số 07-CTr/TU ngày 20/3/2021 của Tỉnh ủy', [{ kind: 'CHUONG_TRINH', number: '07-CTr/TU', issuer: 'Tỉnh ủy' }]],
  ['Báo cáo số 125/BC-UBND ngày 30/11/2023', [{ kind: 'BAO_CAO', number: '125/BC-UBND', issuedOn: '2023-11-30' }]],
  ['Quyết định số: 25/2024/QĐ-UBND ngày 05 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh', [{ kind: 'QUYET_DINH', number: '25/2024/QĐ-UBND', issuedOn: '2024-04-05', issuer: 'Ủy ban nhân dân tỉnh' }]],
  ['Chỉ thị 18-CT/TU 26/6/2023 của Ban Thường vụ Tỉnh ủy', [{ kind: 'CHI_THI', number: '18-CT/TU', issuedOn: '2023-06-26', issuer: 'Ban Thường vụ Tỉnh ủy' }]],
  ['Kế hoạch số 88/KH-UBND ngày  tháng 12 năm 2021', [{ kind: 'KE_HOACH', number: '88/KH-UBND', issuedOn: '2021-12' }]],
  ['Chỉ thị số 03-CT/TW năm 2011 của Bộ Chính trị', [{ kind: 'CHI_THI', number: '03-CT/TW', issuedOn: '2011', issuer: 'Bộ Chính trị' }]],
  ['Chỉ thị số 32-CT/TW; Chỉ thị số 32-CT/TU', [{ number: '32-CT/TW' }, { number: '32-CT/TU' }]],
  [
    'Thực hiện Chỉ thị số 05-CT/TW; tiếp tục quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
    [{ kind: 'CHI_THI', number: '05-CT/TW', issuedOn: '2016-05-15', issuer: 'Bộ Chính trị' }],
  ],
  ['Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND xã', [], '12/KH-UBND'],
  ['Số: 03/KH-SNV', [], '03/KH-SNV'],
  ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', []],
  ['Đề án phát triển du lịch cộng đồng', []],
  ['Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội', []],
  ['tuyên truyền chính sách, pháp luật về thi đua; xử lý kỷ luật nghiêm', []],
  ['Nghị quyết số 09-NQ/TU và 10-NQ/TU của Tỉnh ủy', [{ kind: 'NGHI_QUYET', number: '09-NQ/TU' }, { kind: 'NGHI_QUYET', number: '10-NQ/TU', issuer: 'Tỉnh ủy' }]],
  ['Văn bản số 321/SNV-TĐKT', [{ kind: 'OTHER', number: '321/SNV-TĐKT' }]],
  ['Quyết định số 1520/QĐ-TTg ngày 06/10/2010 của Thủ tướng Chính phủ về', [{ kind: 'QUYET_DINH', issuer: 'Thủ tướng Chính phủ', issuedOn: '2010-10-06' }]],
  ['Chỉ thị số 22/CT-UBND ngày 16/8/2021 của Chủ tịch UBND thành phố Cần Thơ về', [{ kind: 'CHI_THI', issuer: 'Chủ tịch UBND thành phố Cần Thơ' }]],
  ['Nghị định 91/2017/NĐ-CP', [{ kind: 'NGHI_DINH', number: '91/2017/NĐ-CP' }]],
  ['Thông tư liên tịch số 03/2014/TTLT-BNV-BTC', [{ kind: 'THONG_TU', number: '03/2014/TTLT-BNV-BTC' }]],
  ['Luật số 06/2022/QH15', [{ kind: 'LUAT', number: '06/2022/QH15' }]],
  ['Luật Thi đua, khen thưởng ngày 15/6/2022', [{ kind: 'LUAT', number: null, issuedOn: '2022-06-15', issuer: null, title: 'Luật Thi đua, khen thưởng' }]],
  ['Bộ luật Lao động năm 2019', [{ kind: 'LUAT', number: null, issuedOn: '2019', title: 'Bộ luật Lao động năm 2019' }]],
  ['Tuyên truyền Bộ luật Hình sự năm 2015 trên Đài Truyền thanh', [{ kind: 'LUAT', issuedOn: '2015', title: 'Bộ luật Hình sự năm 2015' }]],
  [
    'Căn cứ Luật Nghĩa vụ quân sự năm 2015; các xã tuyên truyền Luật Nghĩa vụ quân sự, thông báo lệnh gọi nhập ngũ',
    [{ kind: 'LUAT', issuedOn: '2015', title: 'Luật Nghĩa vụ quân sự năm 2015' }],
  ],
  ['Luật An toàn thực phẩm số 55/2010/QH12 ngày 17/6/2010', [{ kind: 'LUAT', number: '55/2010/QH12', issuedOn: '2010-06-17' }]],
  ['Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương', [{ kind: 'OTHER', number: '296-QĐ/TW' }]],
  [
    'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013',
    [{ kind: 'LUAT', issuedOn: '2013', title: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013' }],
  ],
  ['Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành', [{ kind: 'LUAT', issuedOn: null, title: 'Luật Thi đua, khen thưởng' }]],
  [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; các văn bản thi hành Luật thi đua, khen thưởng',
    [{ kind: 'LUAT', issuedOn: '2022-06-15', title: 'Luật Thi đua, khen thưởng' }],
  ],
  ['Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29/11/2024', [{ issuedOn: '2024-11-29', title: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ' }]],
  ['Luật Cán bộ, công chức và Luật Viên chức', [{ title: 'Luật Cán bộ, công chức' }, { title: 'Luật Viên chức' }]],
  ['Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị (khoá XI)', [{ issuer: 'Bộ Chính trị' }]],
  ['Kế hoạch số 19/KH-SNV ngày 01/02/2024 của Sở Nội vụ, Ban Thi đua - Khen thưởng', [{ issuer: 'Sở Nội vụ' }]],
  ['Nghị quyết số 12/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh', [{ kind: 'NGHI_QUYET', issuer: 'Hội đồng nhân dân tỉnh' }]],
  ['Quyết định số 45/QĐ-SNgV', [{ kind: 'QUYET_DINH', number: '45/QĐ-SNgV' }]],
  ['theo 15/HD-SNV', [{ kind: 'HUONG_DAN', number: '15/HD-SNV' }]],
  ['Kế hoạch số 05/KH-UBND ngày 10/01/2024 và Quyết định số 11/QĐ-UBND ngày 12/01/2024 của UBND huyện', [{ kind: 'KE_HOACH', issuer: null }, { kind: 'QUYET_DINH', issuer: 'UBND huyện' }]],
  ['phấn đấu 100% đơn vị, 15/20 xã đạt chuẩn; giai đoạn 2021-2025', []],
  ['quán triệt Chỉ thị số 21-CT/HU của Huyện ủy đến toàn thể đảng viên', [{ issuer: 'Huyện ủy' }]],
  ['Nghị quyết số 04-NQ/TU của Tỉnh ủy cùng các văn bản', [{ issuer: 'Tỉnh ủy' }]],
];

describe('extractReferences', () => {
  it.each(CASES)('%s', (text, expected, ownNumber: string | null = null) => {
    const references = extractReferences(text, { ownNumber });
    expect(references).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(references[i]).toMatchObject(e));
  });

  it('points each span at the citation in the text', () => {
    const text = 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ; Luật Thi đua, khen thưởng ngày 15/6/2022.';
    const [decree, law] = extractReferences(text);
    expect(text.slice(decree.span!.start, decree.span!.end)).toBe('Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ');
    expect(text.slice(law.span!.start, law.span!.end)).toBe('Luật Thi đua, khen thưởng ngày 15/6/2022');
  });

  it('reads decomposed (NFD) text', () => {
    const [ref] = extractReferences('Chỉ thị số 34-CT/TW của Bộ Chính trị'.normalize('NFD'));
    expect(ref).toMatchObject({ kind: 'CHI_THI', number: '34-CT/TW', issuer: 'Bộ Chính trị' });
  });
});
