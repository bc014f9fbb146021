/**
 * The body of a citizen-reception schedule (lịch tiếp công dân; Law on Citizen Reception
 * 2013, Decree 64/2014/NĐ-CP): the opening, then the numbered sections in print order:
 * the head of the agency's periodic reception, the regular reception, the place, what to
 * bring and the rules, and how to register in advance. The period and the days are data a
 * machine reads (./days.ts), beside the sentences the document prints.
 */
import { z } from 'zod';
import type { Frame } from '../../schema/frame.ts';
import { email, fullDate, paragraph, phone, text } from '../../schema/fields.ts';
import { Coordinates, WEEKDAYS, clockField, heading, opening } from '../../schema/parts.ts';
import { happensIn, type DayRule } from './days.ts';
import { contradictions } from './wording.ts';

const weekday = z.enum(WEEKDAYS, { error: 'Ngày trong tuần viết tắt: Mo, Tu, We, Th, Fr, Sa, Su.' });

export const Days = z
  .strictObject({
    rule: z
      .enum(['month-day', 'weekday-of-month', 'working-days', 'weekdays'], {
        error: 'Cách tính ngày phải là một trong: month-day (một ngày cố định trong tháng), weekday-of-month (một thứ của một tuần trong tháng), working-days (mọi ngày làm việc), weekdays (các thứ trong tuần).',
      })
      .meta({
        title: 'Cách tính ngày',
        description:
          'month-day: ngày cố định hằng tháng (ví dụ ngày 15); weekday-of-month: một thứ của tuần thứ mấy trong tháng (ví dụ thứ Năm tuần thứ hai); working-days: mọi ngày làm việc; weekdays: các thứ cố định hằng tuần.',
      }),
    day: z
      .int({ error: 'Ngày trong tháng phải là số nguyên, ví dụ 15.' })
      .min(1, { error: 'Ngày trong tháng phải từ 1 đến 31.' })
      .max(31, { error: 'Ngày trong tháng phải từ 1 đến 31 (không tháng nào có ngày lớn hơn 31).' })
      .optional()
      .meta({ title: 'Ngày trong tháng', description: 'Chỉ với month-day: ví dụ 15 cho "ngày 15 hằng tháng".' }),
    week: z
      .int()
      .min(1, { error: 'Tuần thứ mấy trong tháng: từ 1 đến 5.' })
      .max(5, { error: 'Tuần thứ mấy trong tháng: từ 1 đến 5.' })
      .optional()
      .meta({ title: 'Tuần thứ mấy trong tháng', description: 'Chỉ với weekday-of-month: 2 cho "tuần thứ hai".' }),
    weekday: weekday.optional().meta({ title: 'Thứ trong tuần', description: 'Chỉ với weekday-of-month: Mo = thứ Hai … Su = Chủ nhật.' }),
    weekdays: z.array(weekday.meta({ title: 'Thứ trong tuần' })).min(1).max(7).optional().meta({ title: 'Các thứ trong tuần', description: 'Chỉ với weekdays: Mo = thứ Hai … Su = Chủ nhật.' }),
    ifDayOff: z
      .enum(['next-working-day', 'previous-working-day', 'skip'], { error: 'Khi trùng ngày nghỉ: next-working-day, previous-working-day hoặc skip.' })
      .optional()
      .meta({
        title: 'Khi trùng ngày nghỉ',
        description: 'next-working-day: dời sang ngày làm việc kế tiếp; previous-working-day: làm vào ngày làm việc liền trước; skip: không tiếp. Bắt buộc với month-day và weekday-of-month.',
      }),
  })
  .superRefine((d, ctx) => {
    const need = (key: keyof typeof d, what: string) => {
      if (d[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `Với cách tính "${d.rule}", cần ghi "${key}" (${what}).` });
    };
    const none = (key: keyof typeof d) => {
      if (d[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `Cách tính "${d.rule}" không dùng "${key}". Hãy xóa dòng này, hoặc đổi cách tính.` });
    };
    if (d.rule === 'month-day') [need('day', 'ngày trong tháng'), need('ifDayOff', 'khi trùng ngày nghỉ'), none('week'), none('weekday'), none('weekdays')];
    if (d.rule === 'weekday-of-month') [need('week', 'tuần thứ mấy'), need('weekday', 'thứ trong tuần'), need('ifDayOff', 'khi trùng ngày nghỉ'), none('day'), none('weekdays')];
    if (d.rule === 'working-days') [none('day'), none('week'), none('weekday'), none('weekdays'), none('ifDayOff')];
    if (d.rule === 'weekdays') [need('weekdays', 'các thứ trong tuần'), none('day'), none('week'), none('weekday'), none('ifDayOff')];
  })
  .meta({ title: 'Ngày tiếp (để máy đọc)', description: 'Các ngày tiếp như văn bản ghi, để trang web tính những ngày tiếp sắp tới.' });

export const Hours = z
  .strictObject({
    opens: clockField('Giờ bắt đầu', '08:00'),
    closes: clockField('Giờ kết thúc', '11:30'),
  })
  .refine((h) => h.opens < h.closes, { message: 'Giờ kết thúc phải sau giờ bắt đầu. Hãy kiểm tra lại hai giờ này.', path: ['closes'] })
  .meta({ title: 'Khung giờ' });

/** One kind of reception: who receives, the sentence as the document writes it, the days and hours as data. */
const reception = (title: string, example: string, who: string) =>
  z
    .strictObject({
      heading: heading(example),
      who: text('Người tiếp', `Ví dụ: ${who}. Phải xuất hiện nguyên văn trong nội dung.`),
      text: paragraph('Nội dung, như văn bản ghi', 'Chép nguyên văn câu của văn bản: ai tiếp, ngày nào, giờ nào.'),
      days: Days,
      hours: z.array(Hours).min(1).max(4).meta({ title: 'Các khung giờ', description: 'Mỗi buổi một mục, ví dụ sáng 08:00–11:30.', summary: '{{fields.opens}}–{{fields.closes}}' }),
    })
    .superRefine((r, ctx) => {
      if (!r.text.includes(r.who)) ctx.addIssue({ code: 'custom', path: ['who'], message: 'Người tiếp ở "who" phải có nguyên văn trong nội dung "text". Hãy chép đúng như câu văn viết.' });
      for (const c of contradictions(r.text, r.days as DayRule, r.hours)) ctx.addIssue({ code: 'custom', path: ['text'], message: c });
    })
    .meta({ title });

/** The body fields, in the order a file writes them and the notice numbers them. */
export const body = {
  opening,
  period: z
    .strictObject({
      from: fullDate('Áp dụng từ ngày'),
      until: fullDate('Áp dụng đến hết ngày'),
    })
    .refine((p) => p.from <= p.until, { message: 'Ngày kết thúc ở trước ngày bắt đầu. Hãy kiểm tra lại "from" và "until".', path: ['until'] })
    .meta({ title: 'Thời gian áp dụng lịch', description: 'Từ ngày nào đến hết ngày nào lịch này áp dụng, ví dụ cả năm 2026.' }),
  headReception: reception('Mục tiếp công dân định kỳ của người đứng đầu', 'Lịch tiếp công dân định kỳ của Giám đốc Sở', 'Giám đốc Sở'),
  regularReception: reception('Mục tiếp công dân thường xuyên', 'Lịch tiếp công dân thường xuyên', 'Văn phòng Sở'),
  location: z
    .strictObject({
      heading: heading('Địa điểm tiếp công dân'),
      text: paragraph('Địa điểm, như văn bản ghi', 'Chép nguyên văn: phòng, địa chỉ.'),
      address: text('Địa chỉ (để tìm trên bản đồ)', 'Ví dụ: Số 1 đường Điện Biên Phủ, Phường Hồng Bàng, Thành phố Hải Phòng.'),
      room: text('Phòng', 'Ví dụ: Phòng tiếp công dân, tầng 1. Phải xuất hiện nguyên văn trong nội dung.').optional(),
      coordinates: Coordinates.optional(),
    })
    .superRefine((p, ctx) => {
      if (p.room && !p.text.includes(p.room)) ctx.addIssue({ code: 'custom', path: ['room'], message: 'Tên phòng ở "room" phải có nguyên văn trong nội dung "text". Hãy chép đúng như câu văn viết.' });
    })
    .meta({ title: 'Mục địa điểm' }),
  rules: z
    .strictObject({
      heading: heading('Công dân đến trình bày cần mang theo và chấp hành'),
      items: z.array(paragraph('Một điều', 'Ví dụ: Mang theo căn cước.')).min(1).max(30).meta({ title: 'Các điều', description: 'Mỗi điều một mục, bắt đầu bằng "- ".', hint: 'Mỗi điều là một mục, theo thứ tự trên văn bản.' }),
    })
    .meta({ title: 'Mục giấy tờ mang theo và nội quy' }),
  registration: z
    .strictObject({
      heading: heading('Đăng ký trước'),
      text: paragraph('Nội dung, như văn bản ghi'),
      phones: z
        .array(
          z
            .strictObject({ who: text('Nơi nhận đăng ký', 'Ví dụ: Văn phòng Sở'), phone })
            .meta({ title: 'Số điện thoại đăng ký' }),
        )
        .min(1)
        .max(10)
        .meta({ title: 'Các số điện thoại đăng ký', description: 'Mỗi số một mục, bắt đầu bằng "- who: ".', summary: '{{fields.who}} – {{fields.phone}}' }),
      email: email.optional(),
    })
    .meta({ title: 'Mục đăng ký trước' }),
};

/** A citizen-reception schedule: the frame and this body. */
export type ReceptionNotice = Frame & z.infer<z.ZodObject<typeof body>> & { kind: 'reception' };

/** Problems of the whole body that need two of its fields: a rule that never happens in the period. */
export function periodProblems(n: Pick<ReceptionNotice, 'period' | 'headReception' | 'regularReception'>): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  if (n.period.until < n.period.from) return out;
  for (const key of ['headReception', 'regularReception'] as const) {
    if (!happensIn(n[key].days as DayRule, n.period.from, n.period.until)) {
      out.push({
        path: [key, 'days', 'rule'],
        message: `Theo cách tính này, không có ngày tiếp nào trong thời gian áp dụng (${n.period.from} đến ${n.period.until}). Hãy kiểm tra lại ngày, tuần, thứ hoặc thời gian áp dụng.`,
      });
    }
  }
  return out;
}
