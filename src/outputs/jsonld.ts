/**
 * schema.org JSON-LD for a notice page, built from the notice's view only.
 *
 * The graph holds three things:
 *  - the issuing body, a GovernmentOrganization, with one ContactPoint per hotline, the
 *    place where residents can come in person, and its Facebook page as sameAs (for a
 *    notice that offers no numbers, src/model/lifecycle.ts, its name and parent only);
 *  - the notice itself, an Article: schema.org has no "official notice" type, and Article
 *    ("an article, such as a news article or piece of investigative report"; its other
 *    subtypes are reports and blog posts) is the general written work Google's structured
 *    data reads. SpecialAnnouncement, used before, is a type Google Search stopped reading
 *    in 2025; Legislation would call a Thông báo a normative legal act, which it is not;
 *  - the page (WebPage), whose main entity is the notice.
 *
 * Dates are full ISO 8601 dates with the time zone (midnight in Hải Phòng), and only where
 * the notice has its day: a draft dated by month alone has no datePublished. Nothing is
 * added that the notice does not say: no hours without a structured schedule, no postal
 * code, no organisation website.
 *
 * A page in another language has its own graph in that language (`inLanguage`): its
 * Article is a translation of the Vietnamese one (translationOfWork), which names it
 * back (workTranslation). Without a translation the page's main entity is the
 * Vietnamese notice itself, on the Vietnamese page: nothing claims a translation that
 * does not exist.
 *
 * Types come from schema-dts (Google's TypeScript typings of schema.org), so a misspelt
 * property or a value of the wrong type fails `npm run check`.
 */
import type { Article, ContactPoint, GovernmentOrganization, Graph, OpeningHoursSpecification, Place, PostalAddress, WebPage } from 'schema-dts';
import type { NoticeView } from '../model/notice.ts';
import { shortTitle } from '../model/notice.ts';
import type { AddressParts } from '../lib/address.ts';
import type { HoursView } from '../kinds/contact.ts';

const DAY_URIS = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
} as const;

/** The longest headline Google's Article guidelines show in full. */
const HEADLINE_MAX = 110;

/** The Facebook address without the reader's display language, which is not part of the page's identity. */
export function facebookIdentity(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('locale');
  u.hash = '';
  return u.href;
}

export function postalAddress(parts: AddressParts): PostalAddress {
  return {
    '@type': 'PostalAddress',
    streetAddress: parts.street,
    addressLocality: parts.locality,
    addressRegion: parts.region,
    addressCountry: 'VN',
  };
}

export function openingHours(hours: HoursView): OpeningHoursSpecification[] | undefined {
  return hours.schedule?.map((p) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: p.days.map((d) => DAY_URIS[d]),
    opens: p.opens,
    closes: p.closes,
  }));
}

/** "2026-05-15T00:00:00+07:00": the notice's day, in Hải Phòng's time zone (UTC+7, no daylight saving). */
export function isoDateTime(view: NoticeView): string | undefined {
  const { year, month, day } = view.date.parsed;
  if (day === null) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00+07:00`;
}

/** The JSON-LD graph for one notice page. */
export function noticeJsonLd(view: NoticeView): Graph {
  const n = view.localized;
  const pageUrl = view.urls.page;
  const vietnameseId = `${view.urls.vietnamese}#thong-bao`;
  const orgId = `${pageUrl}#co-quan-ban-hanh`;
  const hours = openingHours(view.hours);
  // The address's parts as the original writes them (Phường, Thành phố): what a map reads.
  const address = postalAddress(view.address.parts);
  const coords = view.address.coordinates;
  const place: Place = {
    '@type': 'Place',
    address,
    geo: coords ? { '@type': 'GeoCoordinates', latitude: coords.lat, longitude: coords.lon } : undefined,
    openingHoursSpecification: hours,
  };
  // A notice that offers no numbers to call (replaced, or a draft not yet in force) says
  // nothing of how to reach the body: its hotlines, address and hours may be out of date.
  const reach = view.lifecycle.offersContacts;
  const organization: GovernmentOrganization = {
    '@type': 'GovernmentOrganization',
    '@id': orgId,
    name: n.issuer.fullName,
    parentOrganization: { '@type': 'GovernmentOrganization', name: n.issuer.parent },
    address: reach ? address : undefined,
    location: reach ? place : undefined,
    contactPoint: !reach ? undefined : view.contacts.map((c): ContactPoint => ({
      '@type': 'ContactPoint',
      name: c.person,
      description: c.post,
      contactType: view.contactPurpose,
      // E.164 for ordinary numbers; a short service number has none and is given as dialled.
      telephone: c.e164 ?? c.tel.slice(4),
      email: c.email?.address,
      availableLanguage: 'vi',
      hoursAvailable: hours,
    })),
    sameAs: reach && view.social ? [facebookIdentity(view.social.url)] : undefined,
  };
  const published = isoDateTime(view);
  if (!view.translated) {
    const page: WebPage = { '@type': 'WebPage', '@id': pageUrl, url: pageUrl, name: view.subject, inLanguage: view.lang, mainEntity: { '@id': vietnameseId }, datePublished: published };
    return { '@context': 'https://schema.org', '@graph': [organization, page] };
  }
  const translations = view.pages.filter((p) => p.lang !== view.lang && p.lang !== 'vi' && p.translated).map((p) => ({ '@id': `${p.url}#thong-bao` }));
  const article: Article = {
    '@type': 'Article',
    '@id': `${pageUrl}#thong-bao`,
    name: view.subject,
    headline: shortTitle(view.subject, HEADLINE_MAX),
    description: view.description,
    url: pageUrl,
    inLanguage: view.lang,
    ...(view.lang === 'vi' ? (translations.length ? { workTranslation: translations } : {}) : { translationOfWork: { '@id': vietnameseId } }),
    datePublished: published,
    // schema.org's own example terms: Draft, Published, Obsolete (a replaced notice).
    creativeWorkStatus: view.lifecycle.replacedBy ? 'Obsolete' : view.status.issued ? 'Published' : 'Draft',
    identifier: view.identifier ?? undefined,
    author: { '@id': orgId },
    publisher: { '@id': orgId },
    mainEntityOfPage: { '@id': pageUrl },
  };
  const page: WebPage = {
    '@type': 'WebPage',
    '@id': pageUrl,
    url: pageUrl,
    name: view.subject,
    inLanguage: view.lang,
    mainEntity: { '@id': `${pageUrl}#thong-bao` },
    datePublished: published,
  };
  return { '@context': 'https://schema.org', '@graph': [organization, article, page] };
}

/**
 * JSON for inside <script type="application/ld+json">. `<`, `>` and `&` become \u escapes
 * so no text in a notice can close the script element or open a comment; U+2028/2029
 * are escaped for old JavaScript parsers. The result is still the same JSON value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
