import { foldKeepingOffsets, foldVietnamese, normalizeForDisplay } from './normalize';

describe('foldVietnamese', () => {
  it.each([
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['hoà giải', 'hòa giải'],
    ['Khoá XIII', 'khóa xiii'],
    ['Văn phòng – Thống kê', 'văn phòng - thống kê'],
    ['Thi đua, khen thưởng', 'thi đua - khen thưởng'],
    ['ĐẢNG ỦY', 'Đảng ủy'],
    ['Văn phòng- Thống kê', 'Văn phòng — Thống kê'],
    ['Ủy ban'.normalize('NFD'), 'Ủy ban'],
  ])('%s folds like %s', (a, b) => {
    expect(foldVietnamese(a)).toBe(foldVietnamese(b));
  });

  it.each([
    ['Đồng chí Nguyễn Văn Đức', 'dong chi nguyen van duc'],
    ['  Quý   III/2024 ', 'quy iii 2024'],
    ['“Tập thể lao động xuất sắc”', 'tap the lao dong xuat sac'],
    ['34-CT/TW', '34 ct tw'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('keeps distinct words distinct', () => {
    expect(foldVietnamese('Hội đồng sáng kiến')).not.toBe(foldVietnamese('Hội đồng thi đua'));
  });
});

describe('normalizeForDisplay', () => {
  it.each([
    ['Văn phòng – Thống kê', 'Văn phòng - Thống kê'],
    ['“Chiến sĩ thi đua”', '"Chiến sĩ thi đua"'],
    ['Uỷ  ban\u00a0nhân   dân\n', 'Uỷ ban nhân dân'],
    ['Ủy ban'.normalize('NFD'), 'Ủy ban'],
  ])('%s → %s', (input, shown) => {
    expect(normalizeForDisplay(input)).toBe(shown);
  });

  it('keeps tone placement as written', () => {
    expect(normalizeForDisplay('Uỷ ban')).not.toBe(normalizeForDisplay('Ủy ban'));
  });
});

describe('foldKeepingOffsets', () => {
  it('folds letter by letter so offsets stay put', () => {
    const text = 'Hoàn thành trước ngày 15/3/2024, ĐẢNG ỦY';
    const folded = foldKeepingOffsets(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('hoan thanh truoc ngay 15/3/2024, dang uy');
  });
});
