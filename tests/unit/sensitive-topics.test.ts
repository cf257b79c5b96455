/**
 * Purposes and topics as the Department receives them, from its own fields (standards, metrology,
 * quality, intellectual property, technology transfer, innovation, digital transformation, nuclear
 * safety, S&T information, startups, smart agriculture…) and from the visits that do touch a
 * sensitive matter, each with the categories it must raise: no false alarm, nothing missed.
 */
import { describe, expect, it } from 'vitest';
import { hungYenProfile, type SensitiveCategory } from '../../shared/compliance/profile';
import { sensitiveMatches } from '../../shared/compliance/topic-match';

const none: SensitiveCategory[] = [];
const corpus: [string, SensitiveCategory[]][] = [
  // The collisions a prefix match without diacritics produced.
  ['Tiêu chuẩn, đo lường, chất lượng', none],
  ['Chuẩn bị hồ sơ đăng ký sáng chế', none],
  ['Áp dụng quy chuẩn kỹ thuật quốc gia về an toàn bức xạ', none],
  ['Dự án chưa được phê duyệt, cần trao đổi thêm', none],
  ['Giao lưu với nhà thơ Nhật Bản về văn học và khoa học', none],
  ['Đánh giá biến động giá vật tư nông nghiệp', none],
  ['Hợp tác với biên đạo múa trong dự án số hóa di sản', none],
  ['Cross-border e-commerce and digital payments', none],
  ['Thương mại điện tử xuyên biên giới', none],
  ['Khảo sát cửa khẩu biên giới phía Bắc', ['sovereignty_borders']],
  // The Department's own fields.
  ['Hội thảo về tiêu chuẩn ISO 9001 cho doanh nghiệp nhỏ và vừa', none],
  ['Hiệu chuẩn thiết bị đo lường trong phòng thí nghiệm', none],
  ['Nâng cao năng suất chất lượng sản phẩm hàng hóa', none],
  ['Bảo hộ quyền sở hữu trí tuệ cho nhãn hiệu nhãn lồng Hưng Yên', none],
  ['Chỉ dẫn địa lý cho sản phẩm đặc sản địa phương', none],
  ['Chuyển giao công nghệ bảo quản sau thu hoạch', none],
  ['Đổi mới sáng tạo trong doanh nghiệp', none],
  ['Hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hưng Yên', none],
  ['Chuyển đổi số trong cơ quan nhà nước', none],
  ['Xây dựng chính quyền số và dữ liệu mở', none],
  ['An toàn bức xạ và hạt nhân trong y tế', none],
  ['Kiểm soát an toàn bức xạ tại cơ sở X-quang', none],
  ['Thông tin, thống kê khoa học và công nghệ', none],
  ['Nông nghiệp thông minh ứng dụng IoT', none],
  ['Smart agriculture and precision irrigation', none],
  ['Technology transfer for food processing', none],
  ['Intellectual property management at universities', none],
  ['Standards, metrology and quality infrastructure', none],
  ['Startup incubation and venture capital', none],
  ['Digital transformation of provincial public services', none],
  ['Nuclear safety and radiation protection training', none],
  ['Hợp tác nghiên cứu vật liệu mới và công nghệ nano', none],
  ['Phát triển năng lượng tái tạo và hydro xanh', none],
  ['Công nghệ sinh học trong chọn tạo giống cây trồng', none],
  ['Trí tuệ nhân tạo trong quản lý giao thông đô thị', none],
  ['Khảo sát sàn giao dịch công nghệ và thiết bị', none],
  ['Hỗ trợ doanh nghiệp đăng ký mã số mã vạch', none],
  ['Truy xuất nguồn gốc nông sản xuất khẩu', none],
  ['Security of information systems in public agencies', none],
  ['An toàn thông tin mạng cho hệ thống dịch vụ công', none],
  ['Bảo tồn và phát huy giá trị văn hóa làng nghề', none],
  ['Quan hệ hợp tác giữa hai địa phương', none],
  ['Ký kết biên bản ghi nhớ về đào tạo nguồn nhân lực', none],
  ['Chương trình học bổng thạc sĩ tại Hàn Quốc', none],
  ['Quỹ phát triển khoa học và công nghệ tỉnh', none],
  ['Giám định công nghệ các dự án đầu tư', none],
  // Visits that touch a sensitive matter, accented, unaccented or in English.
  ['Thăm chùa Phố Hiến và trao đổi về văn hóa', ['religion']],
  ['Giao lưu tại nhà thờ Phát Diệm', ['religion']],
  ['Hoạt động tôn giáo của cộng đồng người nước ngoài', ['religion']],
  ['Tìm hiểu đời sống tín ngưỡng của cư dân ven sông', ['religion']],
  ['Trao doi ve ton giao va van hoa', ['religion']],
  ['Religious freedom and interfaith dialogue', ['religion']],
  ['Visit to a Buddhist pagoda in the old town', ['religion']],
  ['Đối thoại về nhân quyền trong nghiên cứu khoa học', ['human_rights']],
  ['Human rights in the digital age', ['human_rights']],
  ['Bảo tồn văn hóa các dân tộc thiểu số', ['ethnic_groups']],
  ['Indigenous knowledge in agriculture', ['ethnic_groups']],
  ['Hội thảo về chủ quyền biển đảo', ['sovereignty_borders']],
  ['Nghiên cứu tài nguyên Biển Đông', ['sovereignty_borders']],
  ['Border trade and customs cooperation', ['sovereignty_borders']],
  ['Hợp tác quốc phòng và công nghiệp quân sự', ['defence_security']],
  ['Defence technology partnership', ['defence_security']],
  ['Bảo vệ an ninh quốc gia trên không gian mạng', ['defence_security']],
  ['Trao đổi tài liệu mật về dự án', ['state_secrets']],
  ['Handling classified research data', ['state_secrets']],
  ['Khảo sát khu vực biên giới và chùa cổ', ['religion', 'sovereignty_borders']],
];

const categoriesOf = (text: string) =>
  Object.keys(
    sensitiveMatches(
      [text],
      hungYenProfile.parameters.sensitiveKeywords,
      hungYenProfile.parameters.harmlessPhrases,
    ),
  ).sort();

describe('Sensitive topics are found by whole words, with their diacritics', () => {
  it('the corpus holds at least 60 purposes and topics', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it.each(corpus)('%s → %j', (text, expected) => {
    expect(categoriesOf(text)).toEqual([...expected].sort());
  });

  it('reads text typed in decomposed Unicode (NFD) as the same words', () => {
    expect(categoriesOf('Thăm chùa Phố Hiến'.normalize('NFD'))).toEqual(['religion']);
  });

  it('does not join words across the purpose and a topic', () => {
    const found = sensitiveMatches(['Khảo sát vùng biển', 'đảo ngược quy trình'], {
      sovereignty_borders: ['biển đảo'],
    });
    expect(found).toEqual({});
  });
});
