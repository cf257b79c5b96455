/**
 * The API's field issues (details.issues) in Vietnamese, on the form field they name. The API words
 * them in English for developers; an official reads these.
 */
import type { FieldIssue } from './api';

const known: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/passport number has 5 to 20/, () => 'Số hộ chiếu gồm 5 đến 20 chữ cái hoặc chữ số.'],
  [/same passport number as member (\d+)/, (m) => `Trùng số hộ chiếu với thành viên thứ ${m[1]}.`],
  [/exactly one head/, () => 'Mỗi đoàn có đúng một trưởng đoàn.'],
  [/alpha-2|country code/, () => 'Chọn quốc gia trong danh sách.'],
  [/Arrival must be before departure/, () => 'Ngày đến phải trước ngày đi.'],
  [/received on or after its date/, () => 'Ngày nhận công văn không được trước ngày của công văn.'],
  [/Must fall between (\S+) and (\S+)/, (m) => `Ngày phải từ ${vn(m[1])} đến ${vn(m[2])}; kiểm tra lại năm.`],
  [/phone number/, () => 'Số điện thoại gồm 6 đến 30 chữ số, dấu cách hoặc + ( ) . -'],
  [/date-time/, () => 'Chọn ngày và giờ.'],
  [/host division/i, () => 'Chọn một phòng, đơn vị đang hoạt động của Sở.'],
  [
    /The code "(.+)" is in use and fixed/,
    (m) => `Mã "${m[1]}" đã được sử dụng nên không thể xóa hoặc đổi; để thôi dùng, hãy tắt "Đang sử dụng".`,
  ],
];

const byCode: Record<string, string> = {
  invalid_type: 'Trường này là bắt buộc.',
  too_small: 'Chưa đủ thông tin.',
  too_big: 'Quá dài hoặc quá nhiều mục.',
  invalid_format: 'Không đúng định dạng.',
  invalid_value: 'Giá trị không nằm trong danh sách.',
  unrecognized_keys: 'Có trường không được phép.',
};

function vn(isoDay: string | undefined): string {
  const [year, month, day] = (isoDay ?? '').split('-');
  return `${day}/${month}/${year}`;
}

export function issueText(issue: FieldIssue): string {
  for (const [pattern, text] of known) {
    const match = issue.message.match(pattern);
    if (match) return text(match);
  }
  if (/email/i.test(issue.message) || issue.path.endsWith('email'))
    return 'Địa chỉ thư điện tử không hợp lệ.';
  return byCode[issue.code ?? ''] ?? 'Giá trị chưa hợp lệ.';
}

/** `members.0.passportNumber` → ['members', 0, 'passportNumber'], the form's name path. */
export const namePath = (path: string) =>
  path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
