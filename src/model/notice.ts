/**
 * The view model: every value an output shows that is derived from a notice rather than
 * written in it, decided once, here. The notice page, the print preview, the index, the
 * search record, the JSON-LD, the meta description, the feed, the vCards and the open
 * data all read a NoticeView; none of them derives these values again.
 */
import type { Notice } from '../schema/notice.ts';
import { DEFAULT_LANG, type Lang, type Translate } from '../i18n/index.ts';
import { telHref } from '../lib/phone.ts';
import { kindOf } from '../kinds/index.ts';
import type { AddressView, ContactView, HoursView, ReceptionView } from '../kinds/contact.ts';
import { buildDay, weekendsOnly, type WorkCalendar } from '../lib/calendar.ts';
import { documentIdentifier } from '../lib/document-number.ts';
import { formatDecreeDate, formatLocalDate, formatShortDate, formatVietnamTime, isoDate, parseNoticeDate, sortKey, vietnamIso, type NoticeDate } from '../lib/dates.ts';
import { formatFileSize } from '../lib/file-size.ts';
import { dataPath, noticePath, originalPath, pdfPath, previewPath, vcardPath, type Links } from '../lib/urls.ts';
import type { CheckedOriginal } from '../pipeline/validation/types.ts';
import { documentHeadings, officialDocument, type OfficialDocument } from './document.ts';
import { isIssued, lifecycles, type Lifecycle, type LifecycleState } from './lifecycle.ts';
import { translatedNotice } from './translation.ts';

/** One of the site's languages and where its pages live: "" for Vietnamese, "en/" for English. */
export interface LanguageRoot {
  lang: Lang;
  /** Prefix of its pages' site paths. */
  prefix: string;
}

export const VIETNAMESE_ROOT: LanguageRoot = { lang: DEFAULT_LANG, prefix: '' };

/** A notice's page in one of the site's languages. */
export interface NoticePage {
  lang: Lang;
  /** Site path ("en/thong-bao/x/") and absolute address. */
  path: string;
  url: string;
  /** Its print preview, when that language has the text to print (the original, or a translation). */
  preview: string | null;
  /** The page carries the notice's text in this language: the original, or a translation of it. */
  translated: boolean;
}

/** Issued: registered (a number) and dated to the day. Anything less is a draft, and says what it lacks. */
export type NoticeStatus = { issued: true } | { issued: false; lacks: 'number' | 'day' | 'number-and-day' };

export type { ContactView };

/** Another notice as a page names it: "Thông báo số 02/TB-NV ngày 16/03/2026", its subject and page. */
export interface NoticeRef {
  slug: string;
  /** "Thông báo số 02/TB-NV ngày 16/03/2026"; a draft: "Bản dự thảo (tháng 7/2026)". */
  name: string;
  subject: string;
  /** Site path of its page. */
  path: string;
  url: string;
}

/** The notice's place in its chain (src/model/lifecycle.ts), with the other notices named. */
export interface LifecycleView {
  state: LifecycleState;
  /** Issued, not replaced, and (for a kind whose data falls on dates) its period not over by the build's day. */
  inForce: boolean;
  /** In force by the chain of replacements, but its period is over (a reception schedule of a past year). */
  ended: boolean;
  /** Whether this page offers its numbers to call (contact card, vCards, ContactPoint, the directory). */
  offersContacts: boolean;
  replacedBy?: NoticeRef;
  /** The notice in force now, when the chain of replacements goes on past `replacedBy`. */
  inForceNow?: NoticeRef;
  replaces: NoticeRef[];
  /** "Đang có hiệu lực", "Hết thời gian áp dụng" or "Đã được thay thế"; null for a draft (its status line says draft). */
  label: string | null;
}

/** One digital signature of the original, in the words the page uses. */
export interface SignatureView {
  /** Decree 30/2020, Điều 5: the competent person's signature, or the agency's over it. */
  role: 'person' | 'agency';
  /** The name in the certificate. */
  name: string;
  /** The certificate's organisation, for a person's signature. */
  organization?: string;
  /** Who issued the certificate (its issuer's CN). */
  issuer: string;
  signedAt: Date;
  /** "08:00 ngày 15/05/2026", Vietnam time. */
  time: string;
  /** For <time datetime>: "2026-05-15T08:00:00+07:00". */
  timeIso: string;
}

/** The legally binding original beside the notice, as verified by the build. */
export interface OriginalView {
  /** Site path of the copy published byte for byte. */
  path: string;
  url: string;
  /** The file in the content folder it is copied from. */
  source: string;
  bytes: number;
  /** "245 KB". */
  size: string;
  sha256: string;
  /** false: a scan, which carries no digital signature. */
  digitalSignature: boolean;
  signatures: SignatureView[];
}

/** What the build writes into a notice's PDF after printing (src/outputs/pdf/finalize.ts). */
export interface PdfMetadata {
  title: string;
  /** The issuing body. */
  author: string;
  /** The notice's subject line (trích yếu). */
  subject: string;
  keywords: string[];
  /** The notice's date, "YYYY-MM-DD" (or "YYYY-MM"): CreationDate and ModDate, not the clock. */
  date: string;
  /** BCP 47; the catalog's /Lang, which screen readers use to pick a voice. */
  lang?: string;
  /** What made it: the site's name in the PDF's language (content/site.yaml). */
  creator: string;
}

/** The notice printed to PDF by the build: where it goes and what its metadata says. */
export interface PdfView {
  path: string;
  /** Written into the PDF after printing (src/outputs/pdf/finalize.ts): from the notice, never the clock. */
  metadata: PdfMetadata;
  /** The PDF's outline in document order: the title (the page's h1), then the numbered sections. */
  outline: string[];
}

export interface NoticeView {
  slug: string;
  /** The language of this view's words. */
  lang: Lang;
  /** The validated data, as the file says it (translations included): the open data. */
  notice: Notice;
  /**
   * The notice as this page shows it: in Vietnamese the same as `notice`; in another
   * language the original with its translation's texts in their places (numbers, dates
   * and names always the original's), or the original's texts where it has none.
   */
  localized: Notice;
  /**
   * Whether this view's text is in its language: always in Vietnamese; elsewhere only
   * when the notice has a translation, which is then unofficial (`reviewed` by the Sở or not).
   */
  translated: boolean;
  translation: { reviewed: boolean } | null;
  /**
   * The Vietnamese texts this translated view shows because its translation has none that
   * pairs safely (a person added, not yet translated): the page marks each lang="vi" with a
   * note "(not yet translated)" (src/lib/vietnamese-runs.ts). Empty in Vietnamese.
   */
  untranslated: readonly string[];
  /** This notice's page in every language of the site, Vietnamese first. */
  pages: NoticePage[];
  status: NoticeStatus;
  /** The status in a few words, for lists and the page's meta line: "Số: 05/TB-NV" or "Bản dự thảo: chưa có số". */
  statusLine: string;
  /** "05/TB-NV" once registered. */
  identifier: string | null;
  date: {
    parsed: NoticeDate;
    /** "2026-05-15", or "2026-05" while the day is not fixed. */
    iso: string;
    /** "15/05/2026" or "tháng 5/2026". */
    short: string;
    /** Midnight in Hải Phòng (UTC+7) on the notice's day; null without a day. */
    published: Date | null;
    /** Sorts newest first. */
    sortKey: number;
  };
  /** The full subject (the page's h1). */
  subject: string;
  /** A <title> that reads well when search results cut it. */
  shortTitle: string;
  /** "Thông báo · Sở Ngoại vụ thành phố Hải Phòng" */
  eyebrow: string;
  /** One or two sentences: whose notice, what about, the numbers to call. */
  description: string;
  /**
   * Site paths of this view's page and print preview (in its language), of the open data,
   * and of the Vietnamese page, whose text is the official one.
   */
  paths: { page: string; preview: string; data: string; vietnamese: string };
  urls: { page: string; data: string; vietnamese: string };
  /** How other pages name and link this notice (in this view's language). */
  ref: NoticeRef;
  lifecycle: LifecycleView;
  /**
   * The contact view (src/kinds/contact.ts), as the notice's kind makes it: the people to
   * call, empty when the notice offers none (`lifecycle.offersContacts`); what they are
   * there for; the address, the hours, a social page.
   */
  contacts: ContactView[];
  contactPurpose: string;
  address: AddressView;
  hours: HoursView;
  social?: { name: string; url: string };
  /** Days to come in person, for a kind that has them (a reception schedule). */
  reception?: ReceptionView;
  document: OfficialDocument;
  /** Its PDF in this view's language; none for a page without the notice's text (no translation). */
  pdf: PdfView | null;
  original?: OriginalView;
}

const TITLE_MAX = 60;

/** The subject cut at a word before TITLE_MAX characters, with "…", when it is longer. */
export function shortTitle(subject: string, max = TITLE_MAX): string {
  const s = subject.trim().replace(/\s+/g, ' ');
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.–-]+$/, '');
  return `${atWord || cut}…`;
}

/** "15/05/2026" or "tháng 5/2026"; in another language as Intl writes it ("15 May 2026"). */
function shortDateOf(d: NoticeDate, t: Translate): string {
  const locale = t('lang.locale');
  if (!locale.startsWith('vi')) return formatLocalDate(d, locale);
  return formatShortDate(d);
}

/**
 * How a page names a notice: "Thông báo số 02/TB-NV ngày 16/03/2026", or a draft by its
 * month; in the language of `t`, its page under `prefix` (that language's pages). `n` is
 * the notice as that language shows it (its translation's subject, when it has one).
 */
export function noticeRef(slug: string, n: Notice, t: Translate, links: Links, prefix = ''): NoticeRef {
  const d = parseNoticeDate(n.date);
  const date = d ? shortDateOf(d, t) : n.date;
  const id = documentIdentifier(n.number);
  const name = isIssued(n) && id ? t('lifecycle.name', { number: id, date }) : t('lifecycle.nameDraft', { date });
  const path = `${prefix}${noticePath(slug)}`;
  return { slug, name, subject: n.subject, path, url: links.abs(path) };
}

/** The lifecycle as pages read it, with the notices it names. */
function lifecycleView(life: Lifecycle, ref: (slug: string) => NoticeRef, t: Translate, periodOver: boolean): LifecycleView {
  const ended = life.state === 'in-force' && periodOver;
  return {
    state: life.state,
    inForce: life.state === 'in-force' && !ended,
    ended,
    offersContacts: life.offersContacts,
    ...(life.replacedBy ? { replacedBy: ref(life.replacedBy) } : {}),
    ...(life.inForceNow ? { inForceNow: ref(life.inForceNow) } : {}),
    replaces: life.replaces.map(ref),
    label: life.state === 'draft' ? null : t(ended ? 'lifecycle.ended' : life.state === 'in-force' ? 'lifecycle.inForce' : 'lifecycle.replaced'),
  };
}

/** The CN of an RFC 4514 name ("CN=Test Issuing CA, O=Test PKI, C=VN"), commas escaped as "\\,". */
function commonNameOf(dn: string): string {
  const m = /(?:^|,\s*)CN=((?:\\.|[^,])+)/.exec(dn);
  return m ? m[1]!.replace(/\\(.)/g, '$1').trim() : dn;
}

function originalView(slug: string, o: CheckedOriginal, links: Links): OriginalView {
  return {
    path: originalPath(slug),
    url: links.abs(originalPath(slug)),
    source: o.path,
    bytes: o.bytes,
    size: formatFileSize(o.bytes),
    sha256: o.sha256,
    digitalSignature: o.digitalSignature,
    signatures: o.signatures.map((s) => ({
      role: s.kind,
      name: s.signerName,
      ...(s.organization && s.kind === 'person' ? { organization: s.organization } : {}),
      issuer: commonNameOf(s.certificate.issuer),
      signedAt: s.signedAt,
      time: formatVietnamTime(s.signedAt),
      timeIso: vietnamIso(s.signedAt),
    })),
  };
}

function statusOf(n: Notice, d: NoticeDate): NoticeStatus {
  if (isIssued(n)) return { issued: true };
  const noNumber = n.number.sequence == null;
  const noDay = d.day === null;
  return { issued: false, lacks: noNumber && noDay ? 'number-and-day' : noNumber ? 'number' : 'day' };
}

/** What buildNoticeView needs besides the notice, each with its meaning when absent. */
export interface NoticeViewOptions {
  /** The language of `t` (default Vietnamese). */
  lang?: Lang;
  /** The site's languages, Vietnamese first (default: Vietnamese only). */
  languages?: readonly LanguageRoot[];
  /** Its place among the site's notices (buildSiteModel decides it for all of them); alone, a notice is as its own data says, replaced by none. */
  life?: Lifecycle;
  /** How the page names the other notices its lifecycle points at. */
  ref?: (slug: string) => NoticeRef;
  /** Its signed original, as validation verified it; none when the notice names none. */
  original?: CheckedOriginal;
  /** The site's name in this language: what made the notice's PDF (its Creator). */
  siteName?: string;
  /** The build's day and the official days off (default: the build's day, weekends only). */
  calendar?: WorkCalendar;
}

const rootOf = (languages: readonly LanguageRoot[], lang: Lang) => languages.find((l) => l.lang === lang) ?? { lang, prefix: `${lang}/` };

/**
 * The view of one notice: every derived value a page, a file or the PDF shows of it, in
 * the language of `t`: Vietnamese by default, or another of the site's languages, with
 * the notice's translation into it when it has one (`file` is the file's data).
 */
export function buildNoticeView(slug: string, file: Notice, t: Translate, links: Links, options: NoticeViewOptions = {}): NoticeView {
  const lang = options.lang ?? DEFAULT_LANG;
  const languages = options.languages ?? [VIETNAMESE_ROOT];
  const vietnamese = lang === DEFAULT_LANG;
  const tr = vietnamese ? undefined : file.translations?.[lang];
  const shown = tr ? translatedNotice(file, lang) : undefined;
  const n = shown?.notice ?? file;
  const untranslated = shown?.untranslated ?? [];
  const translated = vietnamese || tr !== undefined;
  const prefix = rootOf(languages, lang).prefix;
  const life = options.life ?? lifecycles([{ slug, data: file }]).get(slug)!;
  const ref =
    options.ref ??
    ((s: string) => {
      if (s !== slug) throw new Error(`buildNoticeView: a notice alone names no other (${s})`);
      return noticeRef(slug, n, t, links, prefix);
    });
  const original = options.original;
  const parsed = parseNoticeDate(n.date);
  // The schema has already refused impossible dates; this guards the type only.
  if (!parsed) throw new Error(`Ngày không hợp lệ: ${n.date}`);
  const status = statusOf(n, parsed);
  const identifier = documentIdentifier(n.number);
  const kind = kindOf(file);
  const calendar = options.calendar ?? weekendsOnly(buildDay());
  // A kind whose data falls on dates (a reception schedule) ends with its period, by the build's day.
  const lifecycle = lifecycleView(life, ref, t, kind.period ? kind.period(file).until < calendar.today : false);
  const offers = lifecycle.offersContacts;
  const numberLine = t('document.number', { number: identifier ?? `\u2003\u2003/${n.number.symbol}` });
  const statusLine = status.issued
    ? numberLine
    : t(status.lacks === 'number' ? 'status.draft.noNumber' : status.lacks === 'day' ? 'status.draft.noDay' : 'status.draft.noNumberNoDay', { number: identifier ?? '' });
  // Vietnamese dates are the decree's forms; other languages write them as Intl does.
  const locale = t('lang.locale');
  const short = shortDateOf(parsed, t);
  const placeDate = vietnamese ? formatDecreeDate(parsed) : formatLocalDate(parsed, locale);
  const pageOf = (root: LanguageRoot): NoticePage => {
    const has = root.lang === DEFAULT_LANG || file.translations?.[root.lang] !== undefined;
    const path = `${root.prefix}${noticePath(slug)}`;
    return { lang: root.lang, path, url: links.abs(path), preview: has ? `${root.prefix}${previewPath(slug)}` : null, translated: has };
  };
  const pages = languages.map(pageOf);
  const own = pageOf(rootOf(languages, lang));
  const vietnamesePath = noticePath(slug);
  const published = parsed.day === null ? null : new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day) - 7 * 3600 * 1000);
  const mailto = (email: string) => `mailto:${email}?subject=${encodeURIComponent(t('notice.mailtoSubject', { subject: n.subject }))}`;

  const reach = kind.contact(n, file, { t, offers, mailto, vcardPath: (i) => `${prefix}${vcardPath(slug, i)}`, calendar, folder: `${prefix}${noticePath(slug)}` });

  // A notice whose numbers are not to be called prints them as plain text: the official
  // text word for word, with nothing to tap.
  const body = kind.sections(n, t, offers ? { tel: telHref, mailto } : { tel: () => null, mailto: () => null });
  const document = officialDocument(n, t, {
    number: numberLine,
    placeDate: t('document.placeDate', { place: n.place, date: placeDate }),
    dateIso: isoDate(parsed),
  }, body, { translation: !vietnamese, untranslated: { texts: untranslated, note: t('translation.untranslated') } });

  const statusShort = status.issued
    ? t('status.numberShort', { number: identifier ?? '' })
    : identifier ? t('status.draftNumbered', { number: identifier }) : t('status.draftShort');
  const typeName = t(`documentType.${n.documentType}`);
  const docType = typeName.charAt(0) + typeName.slice(1).toLocaleLowerCase(locale);
  // A translation's PDF is printed from its own page, and says in its title what it is.
  const pdf: PdfView | null = translated
    ? {
        path: `${prefix}${pdfPath(slug)}`,
        metadata: {
          title: identifier ? t('pdf.title', { type: docType, number: identifier, subject: n.subject }) : t('pdf.titleDraft', { type: docType, subject: n.subject }),
          author: n.issuer.fullName,
          subject: n.subject,
          keywords: [docType, ...(identifier ? [identifier] : []), n.issuer.fullName, n.place],
          date: n.date,
          lang,
          creator: options.siteName ?? n.issuer.fullName,
        },
        outline: [n.subject, ...documentHeadings(document)],
      }
    : null;
  return {
    slug,
    lang,
    notice: file,
    localized: n,
    translated,
    translation: tr ? { reviewed: tr.reviewed } : null,
    untranslated,
    pages,
    status,
    statusLine,
    identifier,
    date: { parsed, iso: isoDate(parsed), short, published, sortKey: sortKey(parsed) },
    subject: n.subject,
    shortTitle: shortTitle(n.subject),
    eyebrow: `${docType} · ${n.issuer.fullName}`,
    description: description(n, lifecycle, t, { status: statusShort, date: short, phones: reach.contacts.map((c) => c.phone) }),
    paths: { page: own.path, preview: own.preview ?? `${prefix}${previewPath(slug)}`, data: dataPath(slug), vietnamese: vietnamesePath },
    urls: { page: own.url, data: links.abs(dataPath(slug)), vietnamese: links.abs(vietnamesePath) },
    ref: ref(slug),
    lifecycle,
    contacts: reach.contacts,
    contactPurpose: reach.purpose,
    address: reach.address,
    hours: reach.hours,
    ...(reach.social ? { social: reach.social } : {}),
    ...(reach.reception ? { reception: reach.reception } : {}),
    document,
    pdf,
    ...(original ? { original: originalView(slug, original, links) } : {}),
  };
}

/**
 * The meta description (also the feed's): whose notice, what about, and then what a
 * resident acts on: the numbers to call, or, when it offers none, which notice to use.
 * A replacement says what it replaces.
 */
function description(n: Notice, life: LifecycleView, t: Translate, v: { status: string; date: string; phones: string[] }): string {
  const head = t('notice.descriptionHead', { issuer: n.issuer.fullName, status: v.status, date: v.date, subject: n.subject.trim() });
  const names = (refs: NoticeRef[]) => refs.map((r) => r.name).join(', ');
  const parts = [head];
  if (life.replacedBy) parts.push(t('notice.descriptionReplaced', { by: (life.inForceNow ?? life.replacedBy).name }));
  else if (life.state === 'draft' && !life.offersContacts) parts.push(t('notice.descriptionPending', { old: names(life.replaces) }));
  else if (life.replaces.length) parts.push(t('notice.descriptionReplaces', { old: names(life.replaces) }));
  if (life.offersContacts && v.phones.length) parts.push(t('notice.descriptionPhones', { phones: v.phones.join(', ') }));
  return parts.join(' ');
}

/** Newest first; ties broken by subject so the order never depends on the file system. */
export function byNewest(a: NoticeView, b: NoticeView): number {
  return b.date.sortKey - a.date.sortKey || a.notice.subject.localeCompare(b.notice.subject, 'vi');
}

