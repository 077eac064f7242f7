import type { Line } from './lines';
import { markerOf } from './markers';
import { stripMarkup, restoreSentenceSpaces } from './markup';
import { rejoinBrokenLines } from './rejoin';

describe('markerOf', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I', 0, 'MỤC ĐÍCH, YÊU CẦU'],
    ['IV. TỔ CHỨC THỰC HIỆN', 'roman', 'IV', 0, 'TỔ CHỨC THỰC HIỆN'],
    ['IH. TỔ CHỨC THỰC HIỆN', 'roman', 'IH', 0, 'TỔ CHỨC THỰC HIỆN'],
    ['2. Giao Phòng Tài chính:', 'number', '2', 1, 'Giao Phòng Tài chính:'],
    ['1.3 Tiếp tục thực hiện', 'number', '1.3', 2, 'Tiếp tục thực hiện'],
    ['2.1.4. Rà soát hồ sơ', 'number', '2.1.4', 3, 'Rà soát hồ sơ'],
    ['b) Phát hiện, khen thưởng', 'letter', 'b', 0, 'Phát hiện, khen thưởng'],
    ['đ) Tăng cường kiểm tra', 'letter', 'đ', 0, 'Tăng cường kiểm tra'],
    ['- Sở Nội vụ;', 'bullet', '-', 0, 'Sở Nội vụ;'],
    ['+ Các phòng chuyên môn', 'bullet', '+', 0, 'Các phòng chuyên môn'],
    ['2022 là năm bản lề', 'none', '', 0, '2022 là năm bản lề'],
    ['5 năm qua, phong trào', 'none', '', 0, '5 năm qua, phong trào'],
    ['Văn phòng chủ trì', 'none', '', 0, 'Văn phòng chủ trì'],
    ['C. TỔ CHỨC THỰC HIỆN', 'roman', 'C', 0, 'TỔ CHỨC THỰC HIỆN'],
    ['A. Nguyễn Văn An', 'none', '', 0, 'A. Nguyễn Văn An'],
    ['Q. GIÁM ĐỐC', 'none', '', 0, 'Q. GIÁM ĐỐC'],
  ])('%s', (line, kind, label, depth, rest) => expect(markerOf(line)).toEqual({ kind, label, depth, rest }));
});

describe('stripMarkup', () => {
  it.each([
    ['<ul style="list-style-type: none">Lập hồ sơ.Trình ký', 'Lập hồ sơ.Trình ký'],
    ['<i>Nam và các đơn vị</i>) và', 'Nam và các đơn vị) và'],
    ['hoàn thành **trước ngày 01/08/2022**.', 'hoàn thành trước ngày 01/08/2022.'],
    ['*Thi đua xây dựng nông thôn mới*: Tiếp tục', 'Thi đua xây dựng nông thôn mới: Tiếp tục'],
    ['Hội đồng;<br>Văn phòng', 'Hội đồng; Văn phòng'],
  ])('%s', (raw, clean) => expect(stripMarkup(raw)).toBe(clean));

  it('restores the space lost between two list items', () => {
    expect(restoreSentenceSpaces('cho các cá nhân.Trình khen thưởng')).toBe('cho các cá nhân. Trình khen thưởng');
  });
});

const line = (text: string, start: number, fromTable = false): Line => ({ text, start, end: start + text.length, block: start, fromTable });

describe('rejoinBrokenLines', () => {
  it('joins a sentence cut by a page break (next part in lower case)', () => {
    const out = rejoinBrokenLines([line('Các phòng tổ chức triển khai thực hiện các', 0), line('phong trào thi đua.', 50)]);
    expect(out.map((l) => l.text)).toEqual(['Các phòng tổ chức triển khai thực hiện các phong trào thi đua.']);
    expect(out[0]).toMatchObject({ start: 0, end: 69 });
  });

  it('joins a long sentence cut before a capitalised word', () => {
    const first = 'Tiếp tục tuyên truyền, phổ biến các văn bản của Đảng, Nhà nước và của tỉnh về công tác thi đua, khen thưởng, trọng tâm là các văn bản hướng dẫn thi hành';
    expect(rejoinBrokenLines([line(first, 0), line('Luật Thi đua, khen thưởng.', 200)])).toHaveLength(1);
  });

  it.each([
    ['a finished sentence', 'Hoàn thành trước ngày 15/11.', 'Tổ chức tổng kết.'],
    ['a numbered heading', '1. Phòng Nội vụ', 'Tham mưu tổ chức các phong trào thi đua.'],
    ['the next item', 'Chủ trì tổ chức các hội nghị sơ kết, tổng kết phong trào thi đua', '- Phối hợp với các phòng'],
    ['the recipients list', 'Yêu cầu các đơn vị triển khai thực hiện nghiêm túc các nội dung của kế hoạch này trong toàn thể cơ quan, đơn vị ly', 'Nơi nhận:'],
  ])('keeps apart %s', (_case, a, b) => expect(rejoinBrokenLines([line(a, 0), line(b, 300)])).toHaveLength(2));

  it('keeps the trích yếu apart from the preamble, but joins its own second line', () => {
    const isType = (t: string): boolean => t === 'KẾ HOẠCH';
    const title = 'Triển khai, thực hiện công tác thi đua, khen thưởng năm 2022 của Văn phòng Ủy ban nhân dân tỉnh và các đơn vị trực thuộc';
    const lines = [line('KẾ HOẠCH', 0), line(title, 10), line('Thực hiện Kế hoạch số 12/KH-UBND ngày 01/01/2022.', 200)];
    expect(rejoinBrokenLines(lines, isType)).toHaveLength(3);
    expect(rejoinBrokenLines([line('KẾ HOẠCH', 0), line('Công tác thi đua của Văn', 10), line('phòng năm 2022', 40)], isType)).toHaveLength(2);
  });

  it('never joins lines of layout tables', () => {
    expect(rejoinBrokenLines([line('ỦY BAN NHÂN DÂN', 0, true), line('xã an phú', 20, true)])).toHaveLength(2);
  });
});
