/**
 * The view model: every value an output shows that is derived from a notice rather than
 * written in it, decided once, here. The notice page, the print preview, the index, the
 * search record, the JSON-LD, the meta description, the feed, the vCards and the open
 * data all read a NoticeView; none of them derives these values again.
 */
import type { Notice } from '../schema/notice.ts';
import { DEFAULT_LANG, type Lang, type Translate } from '../i18n/index.ts';
import { telHref } from '../lib/phone.ts';
import { formatDecreeDate, formatLocalDate, formatShortDate, isoDate, parseNoticeDate, sortKey, type NoticeDate } from '../lib/dates.ts';
import { dataPath, noticePath, previewPath, vcardPath, type Links } from '../lib/urls.ts';
import { officialDocument, type OfficialDocument } from './document.ts';
import { hotlineBody } from './kinds/hotline.ts';
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

export interface ContactView {
  /** "Ông Đỗ Quang Minh" as the sentence starts; `inSentence` for inside one ("ông Đỗ Quang Minh"). */
  person: string;
  personInSentence: string;
  name: string;
  post: string;
  /** The number exactly as printed, and its tel: link (E.164). */
  phone: string;
  tel: string;
  email?: { address: string; mailto: string };
  /** Site path of this hotline's vCard. */
  vcardPath: string;
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
  /** Site paths of this view's page and print preview (in its language), and of the open data. */
  paths: { page: string; preview: string; data: string; original: string };
  urls: { page: string; data: string; original: string };
  contacts: ContactView[];
  address: { heading: string; text: string; mapHref: string };
  hours: { heading: string; text: string };
  facebook?: { name: string; url: string };
  document: OfficialDocument;
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

/** A map link that needs no script and sends nothing until the resident taps it. */
export function mapHref(address: Notice['address']): string {
  const c = address.coordinates;
  if (c) return `https://www.openstreetmap.org/?mlat=${c.lat}&mlon=${c.lon}#map=18/${c.lat}/${c.lon}`;
  const query = address.text.replace(/\.$/, '');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

function statusOf(n: Notice, d: NoticeDate): NoticeStatus {
  const noNumber = n.number.sequence == null;
  const noDay = d.day === null;
  if (!noNumber && !noDay) return { issued: true };
  return { issued: false, lacks: noNumber && noDay ? 'number-and-day' : noNumber ? 'number' : 'day' };
}

export interface ViewOptions {
  /** The language of `t` (default Vietnamese). */
  lang?: Lang;
  /** The site's languages, Vietnamese first (default: Vietnamese only). */
  languages?: readonly LanguageRoot[];
}

const rootOf = (languages: readonly LanguageRoot[], lang: Lang) => languages.find((l) => l.lang === lang) ?? { lang, prefix: `${lang}/` };

/**
 * The view of notice `n` (the file's data) in the language of `t`: Vietnamese by default,
 * or another of the site's languages, with the notice's translation into it when it has one.
 */
export function buildNoticeView(slug: string, file: Notice, t: Translate, links: Links, options: ViewOptions = {}): NoticeView {
  const lang = options.lang ?? DEFAULT_LANG;
  const languages = options.languages ?? [VIETNAMESE_ROOT];
  const original = lang === DEFAULT_LANG;
  const tr = original ? undefined : file.translations?.[lang];
  const n = tr ? translatedNotice(file, tr) : file;
  const translated = original || tr !== undefined;
  const parsed = parseNoticeDate(n.date);
  // The schema has already refused impossible dates; this guards the type only.
  if (!parsed) throw new Error(`Ngày không hợp lệ: ${n.date}`);
  const status = statusOf(n, parsed);
  const sequence = n.number.sequence == null ? null : String(n.number.sequence).padStart(2, '0');
  const identifier = sequence === null ? null : `${sequence}/${n.number.symbol}`;
  const numberLine = t('document.number', { number: `${sequence ?? '\u2003\u2003'}/${n.number.symbol}` });
  const statusLine = status.issued
    ? numberLine
    : t(status.lacks === 'number' ? 'status.draft.noNumber' : status.lacks === 'day' ? 'status.draft.noDay' : 'status.draft.noNumberNoDay', { number: identifier ?? '' });
  // Vietnamese dates are the decree's forms; other languages write them as Intl does.
  const locale = t('lang.locale');
  const short = original ? formatShortDate(parsed) : formatLocalDate(parsed, locale);
  const placeDate = original ? formatDecreeDate(parsed) : formatLocalDate(parsed, locale);
  const pageOf = (root: LanguageRoot): NoticePage => {
    const has = root.lang === DEFAULT_LANG || file.translations?.[root.lang] !== undefined;
    const path = `${root.prefix}${noticePath(slug)}`;
    return { lang: root.lang, path, url: links.abs(path), preview: has ? `${root.prefix}${previewPath(slug)}` : null, translated: has };
  };
  const pages = languages.map(pageOf);
  const own = pageOf(rootOf(languages, lang));
  const originalPath = noticePath(slug);
  const published = parsed.day === null ? null : new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day) - 7 * 3600 * 1000);
  const mailto = (email: string) => `mailto:${email}?subject=${encodeURIComponent(t('notice.mailtoSubject', { subject: n.subject }))}`;

  const vcardPrefix = rootOf(languages, lang).prefix;
  const contacts = n.hotlines.contacts.map((c, i): ContactView => ({
    person: t(`person.${c.honorific}`, { name: c.name }),
    personInSentence: t(`person.${c.honorific}.inSentence`, { name: c.name }),
    name: c.name,
    post: c.post,
    phone: c.phone,
    // The schema refuses a number without a link.
    tel: telHref(c.phone)!,
    ...(c.email ? { email: { address: c.email, mailto: mailto(c.email) } } : {}),
    vcardPath: `${vcardPrefix}${vcardPath(slug, i)}`,
  }));

  const body = hotlineBody(n, t, { tel: telHref, mailto });
  const document = officialDocument(n, t, {
    number: numberLine,
    placeDate: t('document.placeDate', { place: n.place, date: placeDate }),
    dateIso: isoDate(parsed),
  }, body, { translation: !original });

  const statusShort = status.issued
    ? t('status.numberShort', { number: identifier ?? '' })
    : identifier ? t('status.draftNumbered', { number: identifier }) : t('status.draftShort');
  const typeName = t(`documentType.${n.documentType}`);
  const docType = typeName.charAt(0) + typeName.slice(1).toLocaleLowerCase(locale);
  return {
    slug,
    lang,
    notice: file,
    localized: n,
    translated,
    translation: tr ? { reviewed: tr.reviewed } : null,
    pages,
    status,
    statusLine,
    identifier,
    date: { parsed, iso: isoDate(parsed), short, published, sortKey: sortKey(parsed) },
    subject: n.subject,
    shortTitle: shortTitle(n.subject),
    eyebrow: `${docType} · ${n.issuer.fullName}`,
    description: t('notice.descriptionText', {
      issuer: n.issuer.fullName,
      status: statusShort,
      date: short,
      subject: n.subject.trim(),
      phones: n.hotlines.contacts.map((c) => c.phone).join(', '),
    }),
    paths: { page: own.path, preview: own.preview ?? `${rootOf(languages, lang).prefix}${previewPath(slug)}`, data: dataPath(slug), original: originalPath },
    urls: { page: own.url, data: links.abs(dataPath(slug)), original: links.abs(originalPath) },
    contacts,
    // The map searches the address as the original writes it, whatever the page's language.
    address: { heading: n.address.heading, text: n.address.text, mapHref: mapHref(file.address) },
    hours: { heading: n.hours.heading, text: n.hours.text },
    ...(n.facebook ? { facebook: { name: n.facebook.name, url: n.facebook.url } } : {}),
    document,
  };
}

/** Newest first; ties broken by subject so the order never depends on the file system. */
export function byNewest(a: NoticeView, b: NoticeView): number {
  return b.date.sortKey - a.date.sortKey || a.notice.subject.localeCompare(b.notice.subject, 'vi');
}

