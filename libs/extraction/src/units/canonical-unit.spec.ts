import { canonicalUnitId } from './canonical-unit';

const SO = 'Sở Tư pháp tỉnh Quảng Nam';
const XA = 'Ủy ban nhân dân xã Tân Lập';

const SAME: Array<[string, string, string | null]> = [
  ['Văn phòng Sở', 'Văn phòng', SO],
  ['Văn phòng Sở Tư pháp', 'Văn phòng', SO],
  ['Hội đồng TĐKT Sở', 'Hội đồng thi đua - khen thưởng Sở', SO],
  ['Hội đồng thi đua, khen thưởng Sở', 'Hội đồng TĐKT', SO],
  ['HĐ TĐKT', 'Hội đồng Thi đua – Khen thưởng', SO],
  ['Văn phòng – Thống kê', 'Văn phòng - thống kê', XA],
  ['Văn phòng – Thống kê', 'Công chức Văn phòng- Thống kê', XA],
  ['Cán bộ Tư pháp - Hộ tịch', 'Tư pháp – Hộ tịch', XA],
  ['UBND xã', 'Ủy ban nhân dân xã', XA],
  ['Uỷ ban nhân dân', 'Ủy ban nhân dân', XA],
  ['Hội đồng Thi đua - Khen thưởng xã Tân Lập', 'Hội đồng TĐKT xã', XA],
  ['MTTQ xã', 'Mặt trận Tổ quốc', XA],
  ['UBMTTQ xã', 'Ủy ban Mặt trận Tổ quốc xã', XA],
  ['CĐCS', 'Công đoàn cơ sở', XA],
  ['Các đơn vị trực thuộc Sở', 'các đơn vị trực thuộc', SO],
  ['Sở Lao động, Thương binh và Xã hội (Khối phó)', 'Sở Lao động - Thương binh và Xã hội', null],
  ['Chủ tịch HĐND', 'Chủ tịch Hội đồng nhân dân', XA],
];

const DIFFERENT: Array<[string, string, string | null, string | null]> = [
  ['Hội đồng sáng kiến Sở', 'Hội đồng TĐKT Sở', SO, SO],
  ['Chủ tịch UBND', 'Chủ tịch HĐTĐKT', XA, XA],
  ['Văn phòng', 'Văn phòng', SO, XA],
  ['Văn phòng', 'Văn phòng', SO, null],
  ['Cán bộ, công chức', 'Công chức Văn phòng', XA, XA],
  ['Phòng Nội vụ', 'Phòng Tư pháp', null, null],
  ['Văn phòng Sở', 'Văn phòng UBND xã', SO, SO],
];

describe('canonicalUnitId', () => {
  it.each(SAME)('%s == %s', (a, b, issuer) => {
    expect(canonicalUnitId(a, issuer)).toBe(canonicalUnitId(b, issuer));
  });

  it.each(DIFFERENT)('%s != %s', (a, b, issuerA, issuerB) => {
    expect(canonicalUnitId(a, issuerA)).not.toBe(canonicalUnitId(b, issuerB));
  });

  it('is the issuer slug and the unit slug', () => {
    expect(canonicalUnitId('Văn phòng Sở', 'Sở Tư pháp')).toBe('so-tu-phap/van-phong');
    expect(canonicalUnitId('Phòng Nội vụ', null)).toBe('_/phong-noi-vu');
  });
});
