/**
 * A notice in another language: the original with the texts of its translation put in
 * their places. Only texts are taken from the translation (src/schema/translation.ts and
 * the kind's src/kinds/<kind>/translation.ts have no place for anything else); phone
 * numbers, e-mail and web addresses, dates, document numbers, names, the place, the
 * schedule and the coordinates stay the original's, so the translated page and paper
 * cannot show another number than the official text. Validation has already checked that
 * the structures match. The frame's texts are put in place here, the body's by its kind.
 */
import type { Notice, NoticeTranslation } from '../schema/notice.ts';
import { kindOf } from '../kinds/index.ts';

export function translatedNotice(n: Notice, tr: NoticeTranslation): Notice {
  const body = kindOf(n).translate(n, tr) as Notice;
  return {
    ...body,
    issuer: { ...n.issuer, ...tr.issuer },
    subject: tr.subject,
    closing: tr.closing,
    recipients: tr.recipients,
    signer: { ...n.signer, post: tr.signer.post, ...(n.signer.onBehalfOf !== undefined ? { onBehalfOf: tr.signer.onBehalfOf ?? n.signer.onBehalfOf } : {}) },
  };
}
