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
import { attachments, type Original } from './original.ts';
import { Merge, noticeTranslation, translateFrame, translationsOf, type Issue, type NoticeTranslation as FrameTranslation, type Translated } from './translation.ts';
import { KINDS, kindList, kindOf, type KindNotice, type KindTranslation } from '../kinds/index.ts';
import type { Kind } from '../kinds/kind.ts';

export { MAX_TEXT } from './fields.ts';
export { WEEKDAYS } from './parts.ts';

/** The `kind` field: which kind of notice the file is. The default kind's files may leave it out. */
function kindField(kind: Kind) {
  const field = z.literal(kind.id).meta({
    title: 'Loại thông báo',
    description: `Viết đúng một trong: ${kindList()}.${kind.isDefault ? ` Không ghi thì là ${kind.title.toLowerCase()}.` : ''}`,
  });
  return kind.isDefault ? field.optional() : field;
}

/** One kind's notice: the frame around its body, its original, its translations. */
function noticeOf(kind: Kind) {
  // A body field named like a frame field would silently replace it in the file's one mapping.
  const clash = Object.keys(kind.body).find((k) => k in head || k in foot || k in attachments || k === 'kind' || k === 'translations');
  if (clash) throw new Error(`src/kinds/${kind.id}/schema.ts: trường "${clash}" trùng tên với một trường của khung văn bản; hãy đặt tên khác.`);
  return z
    .strictObject({ kind: kindField(kind), ...head, ...kind.body, ...foot, ...attachments, translations: translationsOf(noticeTranslation(kind.translation)) })
    // Runs once the notice itself is valid. A translation that does not match the original is
    // not refused here: the official text is the original (`translateNotice`, its warnings).
    .superRefine((n, ctx) => {
      for (const issue of kind.problems?.(n as never) ?? []) ctx.addIssue({ code: 'custom', ...issue });
    })
    .meta({
      title: 'Thông báo',
      description: 'Một tệp là một thông báo hoàn chỉnh. Hướng dẫn: docs/huong-dan-bien-tap.md',
    });
}

const NoticeSchema = z.discriminatedUnion('kind', KINDS.map((k) => noticeOf(k as unknown as Kind)) as unknown as [ReturnType<typeof noticeOf>]).meta({
  title: 'Thông báo',
  description: 'Một tệp là một thông báo hoàn chỉnh. Hướng dẫn: docs/huong-dan-bien-tap.md',
});

/**
 * A validated notice: the frame and one kind's body (narrowed by the kind's own code,
 * src/kinds/<kind>/), its signed original and its translations.
 */
export type Notice = KindNotice & {
  kind?: string;
  original?: z.infer<typeof Original>;
  translations?: Record<string, NoticeTranslation>;
};

/** A translation block: the frame's texts and its kind's. */
export type NoticeTranslation = FrameTranslation & KindTranslation;

/** The schema, typed as the notices it accepts (zod cannot infer a union built from the registry). */
export const Notice = NoticeSchema as unknown as z.ZodType<Notice>;
export { LANGUAGE_CODE } from './translation.ts';

/**
 * The notice in `lang`: the original with its translation's texts in their places where
 * they pair safely, the original's elsewhere (recorded as untranslated), and a warning for
 * staff for each such place. The frame's texts here, the body's by its kind.
 */
export function translateNotice(n: Notice, lang: string): Translated<Notice> | undefined {
  const tr = n.translations?.[lang];
  if (!tr) return undefined;
  const body = kindOf(n).translate(n as never, tr as never, lang) as Translated<Notice>;
  const m = new Merge(lang);
  const frame = translateFrame(m, n, tr);
  const notice: Notice = {
    ...body.notice,
    issuer: { ...n.issuer, ...tr.issuer },
    subject: tr.subject,
    closing: tr.closing,
    recipients: frame.recipients,
    signer: { ...n.signer, post: tr.signer.post, ...(frame.onBehalfOf !== undefined ? { onBehalfOf: frame.onBehalfOf } : {}) },
  };
  return { notice, untranslated: new Set([...body.untranslated, ...m.untranslated]), warnings: [...body.warnings, ...m.warnings] };
}

/** What staff should know about every translation of the notice: what each page shows untranslated, and why. */
export function translationWarnings(n: Notice): Issue[] {
  return Object.keys(n.translations ?? {}).flatMap((lang) => translateNotice(n, lang)!.warnings);
}
