/**
 * The hotline notice (thông báo đường dây nóng): the hotlines, Facebook page, hours and
 * address where an agency receives feedback, petitions, complaints and denunciations.
 * The first kind, and the kind of a file that names none.
 */
import type { Kind } from '../kind.ts';
import type { NoticeTranslation as FrameTranslation } from '../../schema/translation.ts';
import { body, type HotlineNotice } from './schema.ts';
import { translation, translate, type HotlineTranslation } from './translation.ts';
import { hotlineBody } from './sections.ts';
import { hotlineContact } from './contact.ts';

export const hotline: Kind<HotlineNotice, HotlineTranslation> = {
  id: 'hotline',
  title: 'Thông báo đường dây nóng',
  isDefault: true,
  body,
  translation,
  translate,
  sections: hotlineBody,
  contact: hotlineContact,
  template: 'src/kinds/hotline/template.yaml',
};

/** A hotline notice's file as validated: the notice, its kind (optional: the default kind), its translations. */
export type HotlineFile = HotlineNotice & {
  kind?: 'hotline';
  translations?: Record<string, FrameTranslation & HotlineTranslation>;
};
