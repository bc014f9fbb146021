/**
 * The citizen-reception schedule (lịch tiếp công dân): where and when the agency receives
 * citizens in person (Law on Citizen Reception 2013, Decree 64/2014/NĐ-CP): the head's
 * periodic reception days, the regular reception, the place, what to bring, how to
 * register. Its days are data (./days.ts), so the page offers the next ones.
 */
import type { Kind } from '../kind.ts';
import { body, periodProblems, type ReceptionNotice } from './schema.ts';
import { translation, translate, type ReceptionTranslation } from './translation.ts';
import { receptionBody } from './sections.ts';
import { receptionContact } from './contact.ts';

export const reception: Kind<ReceptionNotice, ReceptionTranslation> = {
  id: 'reception',
  title: 'Lịch tiếp công dân',
  body,
  translation,
  translate,
  problems: periodProblems,
  sections: receptionBody,
  contact: receptionContact,
  template: 'src/kinds/reception/template.yaml',
  optionLabels: {
    'month-day': 'Một ngày cố định hằng tháng (ví dụ ngày 15)',
    'weekday-of-month': 'Một thứ của một tuần trong tháng (ví dụ thứ Năm tuần thứ hai)',
    'working-days': 'Mọi ngày làm việc',
    weekdays: 'Các thứ cố định hằng tuần',
    'next-working-day': 'Dời sang ngày làm việc kế tiếp',
    'previous-working-day': 'Làm vào ngày làm việc liền trước',
    skip: 'Không tiếp vào ngày đó',
  },
  period: (n) => ({ from: n.period.from, until: n.period.until, path: ['period'] }),
};
