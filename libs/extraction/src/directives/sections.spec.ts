import { sectionKindOf } from './sections';

describe('sectionKindOf', () => {
  it.each([
    ['MỤC ĐÍCH, YÊU CẦU', 'purpose'],
    ['Mục đích yêu cầu', 'purpose'],
    ['MỤC TIÊU', 'purpose'],
    ['NỘI DUNG THỰC HIỆN', 'content'],
    ['NỘI DUNG NHIỆM VỤ VÀ GIẢI PHÁP', 'content'],
    ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 'content'],
    ['GIẢI PHÁP TRIỂN KHAI', 'content'],
    ['NỘI DUNG KẾ HOẠCH THI ĐUA', 'content'],
    ['TỔ CHỨC THỰC HIỆN', 'implementation'],
    ['PHÂN CÔNG NHIỆM VỤ', 'implementation'],
    ['TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ', 'implementation'],
    ['CHẾ ĐỘ THÔNG TIN, BÁO CÁO', 'implementation'],
    ['KINH PHÍ THỰC HIỆN', 'funding'],
    ['ĐIỀU KHOẢN THI HÀNH', 'other'],
  ])('%s', (heading, kind) => expect(sectionKindOf(heading)).toBe(kind));
});
