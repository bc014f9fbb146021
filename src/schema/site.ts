/**
 * The site's identity: its name and the agency it speaks for (content/site.yaml), in
 * Vietnamese and in every language the site offers. It is configuration, not code:
 * another agency's copy of the project changes this file and its notices, nothing else.
 *
 * `translations` is also the list of the site's languages besides Vietnamese, in the
 * order the language switch offers them: each has an English, Korean… version of every
 * page, and its words come from a strings file (src/i18n/index.ts).
 */
import { z } from 'zod';
import { text } from './fields.ts';
import { languageCode } from './translation.ts';

const identity = () => ({
  name: text('Tên trang web', 'Hiện ở đầu mỗi trang và trong tiêu đề, ví dụ: Thông báo của Sở Ngoại vụ Hải Phòng'),
  shortName: text('Tên ngắn', 'Thêm vào cuối tiêu đề mỗi trang, ví dụ: Sở Ngoại vụ Hải Phòng'),
  agency: text('Cơ quan', 'Tên đầy đủ của cơ quan mà trang web nói thay, ví dụ: Sở Ngoại vụ thành phố Hải Phòng'),
  description: text('Mô tả trang web', 'Một hai câu cho máy tìm kiếm và trình đọc tin (RSS).'),
});

export const SiteTranslation = z
  .strictObject(identity())
  .meta({ title: 'Bản dịch', description: 'Tên trang web và cơ quan bằng ngôn ngữ đó.' });

export const SiteConfig = z
  .strictObject({
    ...identity(),
    translations: z
      .record(languageCode, SiteTranslation)
      .optional()
      .meta({
        title: 'Các ngôn ngữ khác',
        description:
          'Không bắt buộc. Mỗi ngôn ngữ một mục (en: tiếng Anh), theo thứ tự hiện trên trang. Mỗi ngôn ngữ cần một tệp chữ giao diện (có sẵn cho en; ngôn ngữ khác: content/i18n/<mã>.json).',
      }),
    editor: z
      .strictObject({
        repository: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: 'Kho mã viết dạng tên-tổ-chức/tên-kho, ví dụ songoaivu-haiphong/thong-bao.' })
          .meta({ title: 'Kho mã trên GitHub', description: 'Dạng tên-tổ-chức/tên-kho. Khi dựng trên GitHub Actions, không cần ghi: lấy từ kho đang dựng.' }),
        branch: text('Nhánh chính', 'Nhánh mà trang web được dựng từ đó, thường là main.').optional(),
        authenticator: z
          .url({ protocol: /^https$/, error: 'Địa chỉ dịch vụ xác thực phải bắt đầu bằng https://.' })
          .optional()
          .meta({
            title: 'Dịch vụ đăng nhập bằng GitHub (OAuth)',
            description: 'Không bắt buộc. Địa chỉ của Sveltia CMS Authenticator mà cơ quan tự chạy; khi có, trang biên tập có thêm nút "Đăng nhập bằng GitHub". Xem docs/huong-dan-bien-tap.md.',
          }),
      })
      .optional()
      .meta({ title: 'Trang biên tập (/admin/)', description: 'Không bắt buộc. Kho mã GitHub mà trang biên tập lưu thay đổi vào.' }),
  })
  .meta({ title: 'Cấu hình trang web', description: 'Tên trang web và cơ quan. Hướng dẫn: docs/huong-dan-bien-tap.md' });

export type SiteConfig = z.infer<typeof SiteConfig>;
export type SiteIdentity = Omit<SiteConfig, 'translations'>;

/** The site's languages: Vietnamese first, then those of `translations`, in the file's order. */
export function siteLanguages(config: Pick<SiteConfig, 'translations'>): string[] {
  return ['vi', ...Object.keys(config.translations ?? {})];
}

/** The site's identity in `lang` (Vietnamese for 'vi'). */
export function siteIdentity(config: SiteConfig, lang: string): SiteIdentity {
  const { translations, ...vi } = config;
  return lang === 'vi' ? vi : { ...vi, ...translations?.[lang] };
}
