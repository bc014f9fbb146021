/**
 * The site's identity: its name and the agency it speaks for (content/site.yaml). It is
 * configuration, not code: another agency's copy of the project changes this file and
 * its notices, nothing else.
 */
import { z } from 'zod';
import { text } from './fields.ts';

export const SiteConfig = z
  .strictObject({
    name: text('Tên trang web', 'Hiện ở đầu mỗi trang và trong tiêu đề, ví dụ: Thông báo của Sở Ngoại vụ Hải Phòng'),
    shortName: text('Tên ngắn', 'Thêm vào cuối tiêu đề mỗi trang, ví dụ: Sở Ngoại vụ Hải Phòng'),
    agency: text('Cơ quan', 'Tên đầy đủ của cơ quan mà trang web nói thay, ví dụ: Sở Ngoại vụ thành phố Hải Phòng'),
    description: text('Mô tả trang web', 'Một hai câu cho máy tìm kiếm và trình đọc tin (RSS).'),
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
