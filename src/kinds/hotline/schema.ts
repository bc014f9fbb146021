/**
 * The body of this kind of notice: the opening paragraphs, then the numbered sections
 * (hotlines, Facebook page, hours, address, responsibilities). Their order here is the
 * order they are numbered and printed in (src/kinds/hotline/sections.ts).
 */
import { z } from 'zod';
import { email, fullDate, httpsUrl, matching, paragraph, phone, text } from '../../schema/fields.ts';

const CITED_NUMBER = matching(/^\d+\/[0-9A-ZĐ]+(-[0-9A-ZĐ]+)*$/u, 'Số, ký hiệu phải viết dạng 1413/QĐ-UBND.');

/** A document cited in the opening paragraph (legal basis). */
export const CitedDocument = z
  .strictObject({
    type: text('Loại văn bản', 'Ví dụ: Quyết định, Kế hoạch.'),
    number: CITED_NUMBER.schema.meta({ title: 'Số, ký hiệu', description: 'Ví dụ: 1413/QĐ-UBND', errorMessage: CITED_NUMBER.errorMessage }),
    date: fullDate('Ngày ban hành'),
    issuer: text('Cơ quan ban hành'),
  })
  .meta({ title: 'Văn bản được viện dẫn' });

export const Paragraph = z
  .strictObject({
    text: paragraph('Nội dung đoạn văn', 'Chép nguyên văn đoạn văn.'),
    cites: z.array(CitedDocument).max(50).optional().meta({ title: 'Các văn bản được viện dẫn trong đoạn này', summary: '{{fields.type}} {{fields.number}}' }),
  })
  .superRefine((p, ctx) => {
    // A cited number that is not in the paragraph is almost always a typo in one of the two.
    p.cites?.forEach((c, i) => {
      if (!p.text.includes(c.number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cites', i, 'number'],
          message: `Số hiệu "${c.number}" không có trong nội dung đoạn văn. Hãy sửa cho khớp với câu chữ của văn bản.`,
        });
      }
    });
  })
  .meta({ title: 'Đoạn mở đầu', description: 'Một đoạn văn của phần mở đầu, trước các mục đánh số.' });

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

const heading = (example: string) => paragraph('Tiêu đề mục', `Chép nguyên văn tiêu đề mục, không ghi số thứ tự. Ví dụ: ${example}`);

export const Coordinates = z
  .strictObject({
    lat: z.number().min(-90).max(90).meta({ title: 'Vĩ độ', description: 'Ví dụ: 20.8651' }),
    lon: z.number().min(-180).max(180).meta({ title: 'Kinh độ', description: 'Ví dụ: 106.6838' }),
  })
  .meta({ title: 'Tọa độ', description: 'Không bắt buộc. Khi có, bản đồ chỉ đúng vị trí.' });

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const CLOCK = matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải viết dạng HH:MM, ví dụ 07:30.');
const clock = CLOCK.schema;

export const OpeningPeriod = z
  .strictObject({
    days: z
      .array(z.enum(WEEKDAYS, { error: 'Ngày trong tuần viết tắt: Mo, Tu, We, Th, Fr, Sa, Su.' }).meta({ title: 'Ngày trong tuần' }))
      .min(1)
      .meta({ title: 'Các ngày', description: 'Mo = thứ Hai … Su = Chủ nhật' }),
    opens: clock.meta({ title: 'Giờ mở cửa', description: 'Dạng GIỜ:PHÚT, ví dụ 07:30', errorMessage: CLOCK.errorMessage }),
    closes: clock.meta({ title: 'Giờ đóng cửa', description: 'Dạng GIỜ:PHÚT, ví dụ 11:30', errorMessage: CLOCK.errorMessage }),
  })
  .refine((p) => p.opens < p.closes, { message: 'Giờ mở cửa phải trước giờ đóng cửa.', path: ['closes'] })
  .meta({ title: 'Khung giờ' });

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
  opening: z
    .array(Paragraph)
    .min(1)
    .max(20)
    .meta({
      title: 'Các đoạn mở đầu',
      description: 'Mỗi đoạn một mục, bắt đầu bằng "- text: ".',
      hint: 'Mỗi đoạn văn là một mục, theo thứ tự trên văn bản.',
      summary: '{{fields.text | truncate(80)}}',
    }),
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
