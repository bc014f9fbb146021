/**
 * A year's official days off (content/days-off/<năm>.yaml): Tết and the other public
 * holidays as the Labour Code gives them, with the days the government moves each year
 * (its decision, or the Ministry of Home Affairs' notice for state agencies), and the
 * Saturdays set as working days in exchange. Staff add next year's file from that decision;
 * a schedule of reception days whose period reaches a year without one gets a warning
 * (src/pipeline/content.ts). The arithmetic on it is src/lib/calendar.ts.
 */
import { z } from 'zod';
import { fullDate, text } from './fields.ts';
import { weekdayIndex } from '../lib/calendar.ts';

const Day = z
  .strictObject({
    date: fullDate('Ngày'),
    name: text('Tên ngày nghỉ', 'Ví dụ: Tết Nguyên đán, Ngày Chiến thắng 30/4, nghỉ bù Giỗ Tổ Hùng Vương.'),
  })
  .meta({ title: 'Ngày nghỉ' });

const WorkingDay = z
  .strictObject({
    date: fullDate('Ngày'),
    name: text('Lý do', 'Ví dụ: làm bù cho ngày 02/01/2026.'),
  })
  .meta({ title: 'Ngày làm bù' });

export const DaysOff = z
  .strictObject({
    year: z.int().min(2000).max(2100).meta({ title: 'Năm', description: 'Năm của tệp, ví dụ 2026; tệp đặt tên 2026.yaml.' }),
    source: text('Căn cứ', 'Văn bản quyết định các ngày nghỉ của năm, ví dụ Thông báo số …/TB-BNV của Bộ Nội vụ.'),
    daysOff: z
      .array(Day)
      .min(1)
      .max(60)
      .meta({ title: 'Các ngày nghỉ', description: 'Mỗi ngày nghỉ một mục (kể cả ngày nghỉ bù), chỉ những ngày rơi vào thứ Hai đến thứ Sáu là đủ.' }),
    workingDays: z
      .array(WorkingDay)
      .max(20)
      .optional()
      .meta({ title: 'Các ngày làm bù', description: 'Không bắt buộc. Thứ Bảy, Chủ nhật mà cơ quan làm việc để bù cho ngày nghỉ.' }),
  })
  .superRefine((f, ctx) => {
    const seen = new Map<string, number>();
    f.daysOff.forEach((d, i) => {
      if (d.date.slice(0, 4) !== String(f.year)) {
        ctx.addIssue({ code: 'custom', path: ['daysOff', i, 'date'], message: `Ngày ${d.date} không thuộc năm ${f.year} của tệp. Hãy ghi ngày của năm ${f.year}, hoặc chuyển sang tệp của năm ${d.date.slice(0, 4)}.` });
      }
      const first = seen.get(d.date);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['daysOff', i, 'date'], message: `Ngày ${d.date} đã có ở mục thứ ${first + 1}. Hãy xóa mục thừa.` });
      else seen.set(d.date, i);
    });
    f.workingDays?.forEach((d, i) => {
      if (d.date.slice(0, 4) !== String(f.year)) {
        ctx.addIssue({ code: 'custom', path: ['workingDays', i, 'date'], message: `Ngày ${d.date} không thuộc năm ${f.year} của tệp.` });
      }
      if (weekdayIndex(d.date) < 5) {
        ctx.addIssue({ code: 'custom', path: ['workingDays', i, 'date'], message: `Ngày ${d.date} là ngày thường (thứ Hai đến thứ Sáu), vốn là ngày làm việc. Ngày làm bù chỉ ghi thứ Bảy hoặc Chủ nhật.` });
      }
      if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: ['workingDays', i, 'date'], message: `Ngày ${d.date} vừa là ngày nghỉ vừa là ngày làm bù. Hãy giữ một trong hai.` });
    });
  })
  .meta({ title: 'Ngày nghỉ chính thức trong năm', description: 'Một tệp một năm: content/days-off/<năm>.yaml. Hướng dẫn: docs/huong-dan-bien-tap.md' });

export type DaysOff = z.infer<typeof DaysOff>;
