/** The fixture chain of replacements (the hotline kind's examples, src/kinds/hotline/examples/): one issuing body's three notices. */
import { fixtureNotice } from './paths.ts';

export const CHAIN = {
  /** Issued, then replaced by `replacement`: offers no number. */
  replaced: 'thu-nghiem-du-lich-duong-day-nong-2026-01',
  /** Issued, replaces `replaced`; in force although `draft` names it. */
  replacement: 'thu-nghiem-du-lich-duong-day-nong-2026-03',
  /** A draft naming `replacement`: not in force, offers no number yet. */
  draft: 'thu-nghiem-du-lich-duong-day-nong-du-thao',
} as const;
export const CHAIN_BODY = 'Sở Du lịch thành phố Hải Phòng (thử nghiệm)';
/** The numbers each notice of the chain prints. */
export const CHAIN_PHONES = {
  replaced: ['0912.000.101', '0912.000.102'],
  replacement: ['0912.000.201', '0912.000.202'],
  draft: ['0912.000.301'],
} as const;
export const chainFile = (slug: string) => fixtureNotice(slug);
