/**
 * A notice in another language: the original with the texts of its translation put in
 * their places. Only texts are taken from the translation (src/schema/translation.ts
 * has no place for anything else); phone numbers, e-mail and web addresses, dates,
 * document numbers, names, the place, the schedule and the coordinates stay the
 * original's, so the translated page and paper cannot show another number than the
 * official text. Validation has already checked that the structures match.
 */
import type { Notice, NoticeTranslation } from '../schema/notice.ts';

export function translatedNotice(n: Notice, tr: NoticeTranslation): Notice {
  return {
    ...n,
    issuer: { ...n.issuer, ...tr.issuer },
    subject: tr.subject,
    opening: n.opening.map((p, i) => ({ ...p, text: tr.opening[i]!.text })),
    hotlines: {
      heading: tr.hotlines.heading,
      contacts: n.hotlines.contacts.map((c, i) => ({ ...c, post: tr.hotlines.contacts[i]!.post })),
    },
    ...(n.facebook && tr.facebook ? { facebook: { ...n.facebook, heading: tr.facebook.heading, managedBy: tr.facebook.managedBy } } : {}),
    hours: { ...n.hours, heading: tr.hours.heading, text: tr.hours.text },
    address: { ...n.address, heading: tr.address.heading, text: tr.address.text },
    ...(n.responsibilities && tr.responsibilities
      ? {
          responsibilities: {
            heading: tr.responsibilities.heading,
            items: n.responsibilities.items.map((r, i) => {
              const t = tr.responsibilities!.items[i]!;
              return { ...r, who: t.who, text: t.text, ...(r.items ? { items: t.items ?? r.items } : {}) };
            }),
          },
        }
      : {}),
    closing: tr.closing,
    recipients: tr.recipients,
    signer: { ...n.signer, post: tr.signer.post, ...(n.signer.onBehalfOf !== undefined ? { onBehalfOf: tr.signer.onBehalfOf ?? n.signer.onBehalfOf } : {}) },
  };
}
