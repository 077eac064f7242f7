import { unitRolesFromSentence, UnitRoles } from './unit-roles';

const roles = (lead: string[], support: string[] = [], direct: string[] = []): UnitRoles => ({ lead, support, direct });

const SENTENCES: Array<[string, UnitRoles]> = [
  ['Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, Văn phòng HĐND và UBND huyện tổ chức hội nghị.', roles(['Phòng Nội vụ'], ['Phòng Tài chính - Kế hoạch', 'Văn phòng HĐND và UBND huyện'])],
  ['Trung tâm Y tế huyện chủ trì phối hợp các xã, thị trấn triển khai chiến dịch.', roles(['Trung tâm Y tế huyện'], ['các xã, thị trấn'])],
  ['Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Đài Truyền thanh huyện tuyên truyền.', roles(['Phòng Văn hóa và Thông tin'], ['Đài Truyền thanh huyện'])],
  ['Giao Văn phòng Sở:', roles(['Văn phòng Sở'])],
  ['Giao cho Công đoàn cơ sở tổ chức phát động phong trào.', roles(['Công đoàn cơ sở'])],
  ['Ban Tuyên giáo có trách nhiệm hướng dẫn nội dung tuyên truyền.', roles(['Ban Tuyên giáo'])],
  ['Chi cục Thuế chịu trách nhiệm rà soát hồ sơ.', roles(['Chi cục Thuế'])],
  ['Thanh tra huyện là đầu mối tổng hợp kết quả.', roles(['Thanh tra huyện'])],
  ['Văn phòng Sở tham mưu Giám đốc Sở ban hành kế hoạch.', roles(['Văn phòng Sở'])],
  ['Các trường học thực hiện nghiêm túc chế độ báo cáo.', roles(['Các trường học'])],
  ['Hội Liên hiệp Phụ nữ và Huyện đoàn phối hợp vận động hội viên tham gia.', roles(['Hội Liên hiệp Phụ nữ', 'Huyện đoàn'])],
  ['Công an xã phối hợp với Ban Chỉ huy Quân sự xã tuần tra.', roles(['Công an xã'], ['Ban Chỉ huy Quân sự xã'])],
  ['Chủ tịch UBND phường chỉ đạo Công chức Tư pháp - Hộ tịch rà soát hồ sơ.', roles(['Công chức Tư pháp - Hộ tịch'], [], ['Chủ tịch UBND phường'])],
  ['Đề nghị Ủy ban Mặt trận Tổ quốc huyện và các tổ chức chính trị - xã hội tuyên truyền, vận động.', roles(['Ủy ban Mặt trận Tổ quốc huyện', 'các tổ chức chính trị - xã hội'])],
  ['Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai.', roles(['Thủ trưởng các cơ quan, đơn vị'])],
  ['Các thôn, tổ dân phố có trách nhiệm thông báo đến từng hộ dân.', roles(['Các thôn, tổ dân phố'])],
  ['Các ban, ngành, đoàn thể có trách nhiệm phối hợp chặt chẽ với Văn phòng trong tổ chức thực hiện.', roles(['Các ban, ngành, đoàn thể'], ['Văn phòng'])],
  ['Sở Lao động, Thương binh và Xã hội chủ trì thẩm định hồ sơ.', roles(['Sở Lao động, Thương binh và Xã hội'])],
  ['Ban Chỉ huy Quân sự, Công an xã phối hợp triển khai phương án.', roles(['Ban Chỉ huy Quân sự', 'Công an xã'])],
  ['Phòng Tổ chức - Hành chính chủ trì xây dựng dự thảo.', roles(['Phòng Tổ chức - Hành chính'])],
  ['Dưới sự chỉ đạo của Chủ tịch UBND xã, Công chức Văn phòng - Thống kê thực hiện.', roles(['Công chức Văn phòng - Thống kê'], [], ['Chủ tịch UBND xã'])],
  ['Trên cơ sở kế hoạch này, Phòng Giáo dục và Đào tạo thực hiện lồng ghép nội dung.', roles(['Phòng Giáo dục và Đào tạo'])],
  ['- Trung tâm Văn hóa - Thể thao có trách nhiệm tổ chức giải thi đấu.', roles(['Trung tâm Văn hóa - Thể thao'])],
  ['a) Phòng Kinh tế chủ trì.', roles(['Phòng Kinh tế'])],
  ['Hằng quý, các xã, thị trấn có trách nhiệm báo cáo kết quả.', roles(['các xã, thị trấn'])],
  ['Định kỳ 6 tháng, Phòng Nội vụ tổng hợp, báo cáo.', roles(['Phòng Nội vụ'])],
  ['Theo dõi, đôn đốc các xã, thị trấn thực hiện kế hoạch.', roles([])],
  ['Cử cán bộ, công chức tham gia lớp tập huấn.', roles([])],
  ['Phòng Nội vụ chủ trì, phối hợp với các phòng, ban, đơn vị có liên quan thực hiện.', roles(['Phòng Nội vụ'], ['các phòng, ban, đơn vị có liên quan'])],
  ['Tổ chức tập huấn do Sở Tài nguyên và Môi trường (Cụm trưởng) chủ trì.', roles(['Sở Tài nguyên và Môi trường (Cụm trưởng)'])],
  ['Thủ trưởng các đơn vị có trách nhiệm lãnh đạo, chỉ đạo thực hiện kế hoạch.', roles(['Thủ trưởng các đơn vị'])],
  ['Ban Giám hiệu, Trưởng các tổ chuyên môn quán triệt kế hoạch đến giáo viên.', roles(['Ban Giám hiệu', 'Trưởng các tổ chuyên môn'])],
  ['Các chi bộ trong Đảng bộ bình chọn đảng viên tiêu biểu.', roles(['Các chi bộ trong Đảng bộ'])],
  ['Căn cứ kế hoạch này, Phòng Kinh tế cụ thể hóa các chỉ tiêu.', roles(['Phòng Kinh tế'])],
  ['Phòng Tư pháp là cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật, có trách nhiệm hướng dẫn các xã.', roles(['Phòng Tư pháp'])],
  ['Công an huyện phối hợp với các đoàn kiểm tra liên ngành xử lý vi phạm.', roles(['Công an huyện'], ['các đoàn kiểm tra liên ngành'])],
  ['Giao Sở Kế hoạch và Đầu tư, Sở Tài chính cân đối nguồn kinh phí.', roles(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'])],
  ['Khoa Khám bệnh và Khoa Hồi sức cấp cứu tiếp nhận, điều trị bệnh nhân.', roles(['Khoa Khám bệnh', 'Khoa Hồi sức cấp cứu'])],
  ['Phòng Tài chính - Kế hoạch phối hợp với Phòng Nội vụ dự toán kinh phí.', roles(['Phòng Tài chính - Kế hoạch'], ['Phòng Nội vụ'])],
  ['Các phòng chuyên môn cử cán bộ tham gia đoàn kiểm tra.', roles(['Các phòng chuyên môn'])],
  ['Các cơ quan, đơn vị, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch.', roles(['Các cơ quan, đơn vị', 'UBND các xã, phường'])],
  ['Tổng phụ trách Đội phối hợp với giáo viên chủ nhiệm tổ chức hoạt động ngoại khóa.', roles(['Tổng phụ trách Đội'], ['giáo viên chủ nhiệm'])],
  ['Ban Quản lý xây dựng nông thôn mới xã chịu trách nhiệm tham mưu UBND xã.', roles(['Ban Quản lý xây dựng nông thôn mới xã'])],
  ['Chi cục Chăn nuôi và Thú y là đơn vị thường trực, theo dõi tình hình dịch bệnh.', roles(['Chi cục Chăn nuôi và Thú y'])],
  ['Các chi, đảng bộ trực thuộc xây dựng chương trình hành động.', roles(['Các chi, đảng bộ trực thuộc'])],
  ['Đảng đoàn Hội đồng nhân dân huyện lãnh đạo cụ thể hóa các chính sách.', roles(['Đảng đoàn Hội đồng nhân dân huyện'])],
  ['Phòng chống dịch bệnh trên địa bàn.', roles([])],
  ['Tổ chức hội nghị tổng kết công tác thi đua.', roles([])],
  ['Tăng cường công tác phối hợp giữa các lực lượng.', roles([])],
  ['Thực hiện tốt chính sách khen thưởng.', roles([])],
  ['Nâng cao vai trò của Hội đồng Thi đua - Khen thưởng các cấp.', roles([])],
];

describe('unitRolesFromSentence', () => {
  it.each(SENTENCES)('%s', (sentence, expected) => {
    expect(unitRolesFromSentence(sentence)).toEqual(expected);
  });
});
