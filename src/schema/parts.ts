/**
 * The parts a kind's body is built of, that more than one kind uses: the opening
 * paragraphs with the documents they cite (legal basis), a section heading, a map
 * position, and opening hours by the week. A kind composes its body from these and its
 * own fields (src/kinds/<kind>/schema.ts).
 */
import { z } from 'zod';
import { fullDate, matching, paragraph, text } from './fields.ts';

const CITED_NUMBER = matching(/^\d+(\/\d{4})?\/[0-9A-ZĐ]+(-[0-9A-ZĐ]+)*$/u, 'Số, ký hiệu phải viết dạng 1413/QĐ-UBND, hoặc 64/2014/NĐ-CP với văn bản ghi năm trong số hiệu.');

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

/** The opening paragraphs, before the numbered sections. */
export const opening = z
  .array(Paragraph)
  .min(1)
  .max(20)
  .meta({
    title: 'Các đoạn mở đầu',
    description: 'Mỗi đoạn một mục, bắt đầu bằng "- text: ".',
    hint: 'Mỗi đoạn văn là một mục, theo thứ tự trên văn bản.',
    summary: '{{fields.text | truncate(80)}}',
  });

/** A numbered section's heading, as the document writes it. */
export const heading = (example: string) => paragraph('Tiêu đề mục', `Chép nguyên văn tiêu đề mục, không ghi số thứ tự. Ví dụ: ${example}`);

export const Coordinates = z
  .strictObject({
    lat: z.number().min(-90).max(90).meta({ title: 'Vĩ độ', description: 'Ví dụ: 20.8651' }),
    lon: z.number().min(-180).max(180).meta({ title: 'Kinh độ', description: 'Ví dụ: 106.6838' }),
  })
  .meta({ title: 'Tọa độ', description: 'Không bắt buộc. Khi có, bản đồ chỉ đúng vị trí.' });

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const CLOCK = matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải viết dạng HH:MM, ví dụ 07:30.');
const clock = CLOCK.schema;

/** A time of day, "07:30", with its title and example. */
export const clockField = (title: string, example: string) => clock.meta({ title, description: `Dạng GIỜ:PHÚT, ví dụ ${example}`, errorMessage: CLOCK.errorMessage });

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

