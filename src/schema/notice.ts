/**
 * The notice schema: the single source of truth for what a notice file may contain.
 * Composed here from one file per concern: the building blocks (fields.ts), the
 * Decree 30 frame every document shares (frame.ts), the body of this kind of notice
 * (hotline-notice.ts), the signed original beside it (original.ts), then its optional
 * translations (translation.ts), checked against the original they translate. The key
 * order below is the order a file is written in.
 *
 * From this one schema come the TypeScript types (`Notice`), the validation of every
 * YAML file (build, `astro dev` and `npm run validate`), and the JSON Schemas that
 * editors and open-data users read (`npm run schema`). Titles and descriptions are in
 * Vietnamese because staff read them in their editor.
 *
 * The schema only *validates*: it has no transforms, so validated data is exactly what
 * the file says (after NFC normalisation in the loader) and can be published as open
 * data as it is. Derived values (tel: links, formatted dates) live in the view model
 * (src/model/).
 */
import { z } from 'zod';
import { head, foot } from './frame.ts';
import { body } from '../kinds/hotline/schema.ts';
import { attachments } from './original.ts';
import { translationProblems, translations } from './translation.ts';

export { MAX_TEXT } from './fields.ts';
export { WEEKDAYS } from '../kinds/hotline/schema.ts';

export const Notice = z
  .strictObject({ ...head, ...body, ...foot, ...attachments, translations })
  // Runs once the notice itself is valid: a translation is compared with a sound original.
  .superRefine((n, ctx) => {
    for (const [lang, tr] of Object.entries(n.translations ?? {})) {
      for (const issue of translationProblems(n, lang, tr)) ctx.addIssue({ code: 'custom', ...issue });
    }
  })
  .meta({
    title: 'Thông báo',
    description: 'Một tệp là một thông báo hoàn chỉnh. Hướng dẫn: docs/huong-dan-bien-tap.md',
  });

export type Notice = z.infer<typeof Notice>;
export type Hotline = Notice['hotlines']['contacts'][number];
export type Paragraph = Notice['opening'][number];
export type { NoticeTranslation } from './translation.ts';
export { LANGUAGE_CODE } from './translation.ts';
