import { sameTask, taskWords } from './series-key';

describe('the same task across plans', () => {
  it.each([
    ['Tổng kết công tác thi đua, khen thưởng năm 2022 của xã', 'Tổng kết công tác thi đua, khen thưởng năm 2023 của xã', true],
    ['Tổng kết công tác thi đua, khen thưởng năm 2022 của xã', 'Tổng kết công tác thi đua, khen thưởng năm 2023', true],
    ['Xây dựng báo cáo 6 tháng đầu năm 2023', 'Xây dựng báo cáo 6 tháng đầu năm 2024', true],
    ['Tổng kết công tác thi đua, khen thưởng năm 2022', 'Tổ chức Hội nghị phong trào thi đua người tốt việc tốt', false],
    ['Xây dựng báo cáo 6 tháng đầu năm', 'Xây dựng báo cáo 6 tháng cuối năm', false],
    ['Tổng hợp gửi sáng kiến về thị xã', 'Tổng hợp hồ sơ xét khen thưởng gửi Cụm trưởng và thị xã', false],
  ])('"%s" / "%s": %s', (a, b, same) => expect(sameTask(new Set(taskWords(a)), taskWords(b)) > 0).toBe(same));

  it('masks years and folds diacritics', () => expect(taskWords('Tổng kết năm 2022; NĂM 2023')).toEqual(['tong', 'ket', 'nam', '#']));
});
