/**
 * The body of this kind of notice: the opening paragraphs, then the numbered sections
 * (hotlines, Facebook page, hours, address, responsibilities). Their order here is the
 * order they are numbered and printed in (src/kinds/hotline/sections.ts).
 */
import { z } from 'zod';
import type { Frame } from '../../schema/frame.ts';
import { email, httpsUrl, paragraph, phone, text } from '../../schema/fields.ts';
import { OpeningPeriod, Coordinates, heading, opening } from '../../schema/parts.ts';

export const Hotline = z
  .strictObject({
    honorific: z
      .enum(['Ông', 'Bà'], { error: 'Danh xưng phải là "Ông" hoặc "Bà".' })
      .meta({ title: 'Danh xưng', description: '"Ông" hoặc "Bà"' }),
    name: text('Họ và tên'),
    post: text('Chức vụ', 'Ví dụ: Chánh Văn phòng Sở Ngoại vụ'),
    phone,
    email: email.optional(),
  })
  .meta({ title: 'Người trực', description: 'Một người trực đường dây nóng: danh xưng, họ tên, chức vụ, số điện thoại.' });

export const Responsibility = z
  .strictObject({
    who: text('Đơn vị, người thực hiện', 'Ví dụ: Văn phòng Sở. Phải xuất hiện trong nội dung.'),
    text: paragraph('Nội dung', 'Chép nguyên văn câu của văn bản.'),
    items: z.array(paragraph('Việc cụ thể')).max(50).optional().meta({ title: 'Các việc cụ thể (dòng bắt đầu bằng dấu +)' }),
  })
  .refine((r) => r.text.includes(r.who), {
    message: 'Tên đơn vị ở "who" phải có nguyên văn trong nội dung "text". Hãy chép đúng tên như câu văn viết.',
    path: ['who'],
  })
  .meta({ title: 'Trách nhiệm' });

/** The body fields, in the order a file writes them and the notice numbers them. */
export const body = {
  opening,
  hotlines: z
    .strictObject({
      heading: heading('Số điện thoại đường dây nóng tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo'),
      contacts: z
        .array(Hotline)
        .min(1)
        .max(20)
        .meta({
          title: 'Danh sách người trực',
          description: 'Mỗi người một mục, bắt đầu bằng "- honorific: ".',
          hint: 'Mỗi người trực là một mục, theo thứ tự trên văn bản.',
          summary: '{{fields.honorific}} {{fields.name}} – {{fields.phone}}',
        }),
    })
    .meta({ title: 'Mục đường dây nóng' }),
  facebook: z
    .strictObject({
      heading: heading('Trang Facebook tiếp nhận phản ánh, kiến nghị'),
      name: text('Tên trang'),
      url: httpsUrl('Địa chỉ trang Facebook', 'Dán nguyên địa chỉ trang, bắt đầu bằng https://www.facebook.com/').refine(
        (u) => {
          try {
            const host = new URL(u).hostname.toLowerCase();
            return host === 'facebook.com' || host.endsWith('.facebook.com');
          } catch {
            return false;
          }
        },
        { message: 'Địa chỉ này không thuộc facebook.com. Hãy dán địa chỉ trang Facebook của cơ quan, ví dụ https://www.facebook.com/tentrang' },
      ),
      managedBy: text('Cơ quan, đơn vị quản lý'),
    })
    .optional()
    .meta({ title: 'Mục trang Facebook' }),
  hours: z
    .strictObject({
      heading: heading('Thời gian tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo:'),
      text: paragraph('Thời gian, như văn bản ghi'),
      schedule: z.array(OpeningPeriod).max(14).optional().meta({
        title: 'Lịch theo tuần',
        description: 'Không bắt buộc. Chỉ ghi khi văn bản nêu giờ cụ thể.',
      }),
    })
    .meta({ title: 'Mục thời gian tiếp nhận' }),
  address: z
    .strictObject({
      heading: heading('Địa chỉ tiếp nhận thông tin trực tiếp:'),
      text: paragraph('Địa chỉ, như văn bản ghi'),
      coordinates: Coordinates.optional(),
    })
    .meta({ title: 'Mục địa chỉ' }),
  responsibilities: z
    .strictObject({
      heading: heading('Trách nhiệm thực hiện'),
      items: z
        .array(Responsibility)
        .min(1)
        .max(30)
        .meta({
          title: 'Các trách nhiệm',
          description: 'Mỗi đơn vị một mục, bắt đầu bằng "- who: ".',
          hint: 'Mỗi đơn vị là một mục, theo thứ tự trên văn bản.',
          summary: '{{fields.who}}',
        }),
    })
    .optional()
    .meta({ title: 'Mục trách nhiệm thực hiện' }),
};

/** A hotline notice: the frame and this body. */
export type HotlineNotice = Frame & z.infer<z.ZodObject<typeof body>>;

