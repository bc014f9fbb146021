/**
 * The `yaml` parser's errors and warnings, in Vietnamese, with what to do about them.
 * The parser's English text is kept only for codes we have not met (rare), so the
 * message still says something precise.
 */
import type { YAMLError, YAMLWarning } from 'yaml';

const QUOTE_IT = 'Nếu đây là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép, ví dụ: text: "Sở Ngoại vụ thông báo như sau:"';

export function syntaxMessage(err: YAMLError | YAMLWarning): string {
  const m = (text: string) => `Lỗi cú pháp YAML: ${text}`;
  switch (err.code) {
    case 'BAD_INDENT':
      return m('Thụt lề không thẳng hàng: các trường cùng cấp phải bắt đầu ở cùng một cột. Hãy thêm hoặc bớt dấu cách ở đầu dòng cho thẳng với các dòng cùng cấp.');
    case 'BLOCK_AS_IMPLICIT_KEY':
      return m(`Nội dung có dấu hai chấm theo sau là dấu cách, hoặc dấu hai chấm ở cuối dòng, nên YAML hiểu nhầm là tên một trường mới. ${QUOTE_IT}`);
    case 'MULTILINE_IMPLICIT_KEY':
      return m('Dòng này có dấu hai chấm nhưng không nằm đúng chỗ của một trường: có thể dòng trên thiếu dấu hai chấm sau tên trường, hoặc nội dung xuống dòng cần thụt lề sâu hơn tên trường. ' + QUOTE_IT);
    case 'MULTIPLE_DOCS':
      return m('Tệp có thêm một dòng "---", tức là bắt đầu thông báo thứ hai. Mỗi tệp chỉ chứa một thông báo: hãy xóa dòng "---" này (nếu phần sau là một thông báo khác, hãy chuyển nó sang tệp riêng).');
    case 'TAB_AS_INDENT':
      return m('Dòng này thụt lề bằng phím Tab. YAML chỉ cho phép dấu cách: hãy xóa Tab và thụt lề bằng dấu cách.');
    case 'DUPLICATE_KEY':
      return m('Một trường được viết hai lần trong cùng một mục. Hãy giữ một dòng và xóa dòng còn lại.');
    case 'MISSING_CHAR':
      if (/Sequence item without/i.test(err.message))
        return m('Dòng này không thẳng hàng với mục danh sách ở trên. Hãy thụt lề cho thẳng với trường đầu tiên ngay sau dấu "- ", hoặc bắt đầu mục mới bằng "- ".');
      if (/quote/i.test(err.message))
        return m('Thiếu dấu nháy đóng: một đoạn chữ mở bằng dấu nháy ở phía trên chưa được đóng. Hãy thêm dấu nháy ở cuối đoạn đó.');
      if (/\]/.test(err.message)) return m('Thiếu dấu "]" đóng danh sách đã mở bằng "[". Hãy thêm "]" ở cuối danh sách.');
      if (/\}/.test(err.message)) return m('Thiếu dấu "}" đóng nhóm đã mở bằng "{". Hãy thêm "}" ở cuối nhóm.');
      return m(`Thiếu một ký tự cần thiết (${err.message.split('\n')[0]}). Hãy kiểm tra dấu phẩy, dấu hai chấm và dấu ngoặc ở dòng này.`);
    case 'BAD_SCALAR_START':
      return m(`Nội dung không được bắt đầu bằng ký tự này (như @, \`, %, |, >). ${QUOTE_IT}`);
    case 'BAD_DQ_ESCAPE':
      return m('Trong dấu nháy kép, dấu "\\" bắt đầu một ký tự đặc biệt không hợp lệ. Hãy xóa dấu "\\", hoặc viết "\\\\" nếu cần đúng dấu này.');
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
      return m(`Các ký tự &, * và ! ở đầu nội dung có nghĩa đặc biệt trong YAML. ${QUOTE_IT}`);
    case 'KEY_OVER_1024_CHARS':
      return m('Tên trường dài quá 1024 ký tự: có lẽ thiếu xuống dòng hoặc thiếu dấu hai chấm. Hãy kiểm tra dòng này.');
    case 'BLOCK_IN_FLOW':
      return m('Bên trong cặp ngoặc [ ] hoặc { } không được viết danh sách kiểu "- ". Hãy dùng một kiểu: hoặc ngoặc, hoặc mỗi mục một dòng bắt đầu bằng "- ".');
    case 'TAG_RESOLVE_FAILED':
      return `Không dùng thẻ YAML (bắt đầu bằng "!") trong thông báo. ${QUOTE_IT}`;
    case 'UNEXPECTED_TOKEN':
      return m('YAML không hiểu dòng này. Hãy kiểm tra: tên trường có dấu hai chấm và một dấu cách theo sau, mục danh sách bắt đầu bằng "- ", và thụt lề thẳng hàng với các dòng cùng cấp. ' + QUOTE_IT);
    default:
      return m(`YAML không đọc được dòng này (${err.code}: ${err.message.split('\n')[0]}). Hãy kiểm tra dấu hai chấm, dấu nháy và thụt lề.`);
  }
}
