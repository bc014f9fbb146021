/**
 * Sveltia's Vietnamese strings (node_modules/@sveltia/cms/locales/vi.json), as staff should
 * read them. Sveltia 0.221 has no option to change its interface's words (`registerLocale` is
 * not supported), and loads a language's strings from that file, which our bundler resolves
 * (src/integrations/admin.ts puts `patchVietnamese(strings)` in its place). So:
 *  - its own word for an entry, "bài viết" (an article), is "thông báo" here;
 *  - "Đường dẫn tĩnh" (slug) is "Tên tệp", the one name the form, the hint and the guide use;
 *  - the side panel "Kiểm tra lỗi" checks only Sveltia's own rules: it says so, never "no errors";
 *  - a save refused is not "an error, try again later" (which reads as a server fault): it says
 *    the notice was not saved, and the reasons follow (ours, src/cms/validation.ts);
 *  - the strings this version left untranslated, which fall back to English ("Show Errors",
 *    "Slug", "Contents", "List Item Options", the sign-in dialog's sentence on pull requests…),
 *    in Vietnamese. Messages about the configuration itself, which staff never see, stay English.
 */
type Strings = { [key: string]: string | Strings };

export const OVERRIDES: Record<string, string> = {
  'saving_entry.error.title': 'Chưa lưu được',
  'saving_entry.error.description': 'Thông báo chưa được lưu, vì:',
  slug: 'Tên tệp',
  'sort_keys.slug': 'Tên tệp',
  'entry_sidebar.slug.title': 'Tên tệp',
  'entry_sidebar.slug.generated_on_save': 'Tên tệp được đặt khi lưu.',
  'entry_sidebar.slug.unavailable': 'Thông báo này không có tên tệp.',
  'edit_slug_error.duplicate': 'Tên tệp này đã có thông báo khác dùng.',
  show_errors: 'Xem lỗi',
  // Sveltia's side panel runs only its own checks (required fields, patterns); ours run on Lưu
  // (validation.ts), so the panel must not tell staff "no errors found" for a number a save refuses.
  'entry_sidebar.validation.title': 'Kiểm tra ô bắt buộc',
  'entry_sidebar.validation.placeholder': 'Bấm Kiểm tra để xem ô bắt buộc nào còn trống. Số điện thoại, ngày tháng và các phần khác được kiểm tra khi bấm Lưu; lỗi hiện ngay dưới ô sai.',
  'entry_sidebar.validation.no_errors_found': 'Các ô bắt buộc đã điền đủ. Số điện thoại, ngày tháng và các phần khác được kiểm tra khi bấm Lưu; lỗi hiện ngay dưới ô sai.',
  list_item_options: 'Tùy chọn của mục',
  folder_contents: 'Nội dung',
  sign_in_using_access_token_workflow_note: 'Vì mỗi lần lưu là một đề nghị thay đổi (pull request), mã cũng cần quyền đọc và ghi Pull requests.',
  sign_in_with_link: 'Đăng nhập bằng đường liên kết',
  select_item: 'Chọn {$name}',
  folders: 'Thư mục',
  more_folders: 'Thêm thư mục',
  domain: 'Tên miền',
  file_unavailable: 'Không có tệp',
  file_unavailable_description: 'Không tải được tệp này. Có thể tệp đã bị chuyển đi hoặc bị xóa.',
  back_to_parent_folder: 'Về thư mục cha',
  new_folder: 'Thư mục mới',
  new_folder_name: 'Tên thư mục',
  new_folder_create: 'Tạo',
  folder_options: 'Tùy chọn thư mục',
  show_folder_options: 'Hiện tùy chọn thư mục',
  rename_folder: 'Đổi tên thư mục',
  delete_folder: 'Xóa thư mục',
  replace_file: 'Thay tệp',
  replace_image: 'Thay ảnh',
  remove_file: 'Bỏ tệp',
  remove_image: 'Bỏ ảnh',
  folder_path: 'Đường dẫn thư mục',
  folder_created: 'Đã tạo thư mục.',
  folder_renamed: 'Đã đổi tên thư mục.',
  folder_deleted: 'Đã xóa thư mục.',
  'save_conflict.title': 'Người khác đã sửa thông báo này',
  'save_conflict.modified_by': '{$name} đã sửa thông báo này lúc {$date}, sau khi bạn mở nó.',
  'save_conflict.modified': 'Thông báo đã được sửa trong kho mã sau khi bạn mở nó.',
  'save_conflict.deleted': 'Thông báo đã bị xóa khỏi kho mã sau khi bạn mở nó.',
  'save_conflict.overwrite_warning': 'Nếu lưu bây giờ, phần sửa của người kia sẽ mất.',
  'save_conflict.recreate_warning': 'Nếu lưu bây giờ, thông báo sẽ được tạo lại.',
  'save_conflict.save_anyway': 'Vẫn lưu',
  'save_conflict.branch_moved': 'Kho mã vừa được người khác cập nhật trong lúc lưu. Hãy bấm Lưu lần nữa.',
  'remote_change.reload_entry': 'Tải lại thông báo',
  'remote_change.confirm_reloading_entry': 'Tải lại thông báo? Những gì bạn sửa mà chưa lưu sẽ mất.',
  'relation_field.save_together_hint': '{$name} mới sẽ được lưu cùng thông báo đang sửa.',
  'assets_dialog.title.folder': 'Chọn thư mục',
  'assets_dialog.selected_folder': 'Thư mục đã chọn: {$path}',
  'assets_dialog.no_subfolders': 'Thư mục này không có thư mục con.',
  'status.deploying': 'Đang đăng lên trang web',
  'workflow.deploying_deletion': 'Đang xóa',
};

const WORDS: [RegExp, string][] = [
  [/bài viết/g, 'thông báo'],
  [/Bài viết/g, 'Thông báo'],
  [/đường dẫn tĩnh/g, 'tên tệp'],
  [/Đường dẫn tĩnh/g, 'Tên tệp'],
];

function reword(value: string | Strings): string | Strings {
  if (typeof value === 'string') return WORDS.reduce((s, [from, to]) => s.replace(from, to), value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reword(v)]));
}

function set(strings: Strings, dotted: string, value: string) {
  const keys = dotted.split('.');
  let node = strings;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Strings;
  }
  node[keys.at(-1)!] = value;
}

export function patchVietnamese(strings: Strings): Strings {
  const out = reword(strings) as Strings;
  for (const [key, value] of Object.entries(OVERRIDES)) set(out, key, value);
  return out;
}
