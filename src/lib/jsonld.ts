/**
 * schema.org JSON-LD for a notice page, built from the validated notice only.
 *
 * The graph holds two things:
 *  - the issuing body, a GovernmentOrganization, with one ContactPoint per hotline, the
 *    address where residents can come in person, and its Facebook page as sameAs;
 *  - the notice itself as a SpecialAnnouncement. schema.org has no "official notice" type;
 *    SpecialAnnouncement is defined as "a date-stamped textual information update … about
 *    an event or situation in the context of a specific government/civic … setting", which
 *    is exactly what a Thông báo is. Article would call it journalism; Legislation would
 *    call it a normative legal act, which a Thông báo is not; GovernmentService describes
 *    the service, not the document announcing it.
 *
 * Nothing is added that the notice does not say: no hours without a structured schedule,
 * no postal code, no organisation website.
 *
 * Types come from schema-dts (Google's TypeScript typings of schema.org), so a misspelt
 * property or a value of the wrong type fails `npm run check`.
 */
import type { ContactPoint, GovernmentOrganization, Graph, OpeningHoursSpecification, PostalAddress, SpecialAnnouncement } from 'schema-dts';
import type { Notice } from '../schema/notice.ts';
import { e164, telHref } from './phone.ts';
import { addressParts } from './address.ts';
import { isDraft, isoNoticeDate, numberLine } from './notice-view.ts';

const DAY_URIS = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
} as const;

/** The Facebook address without the reader's display language, which is not part of the page's identity. */
export function facebookIdentity(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('locale');
  u.hash = '';
  return u.href;
}

export function postalAddress(text: string): PostalAddress {
  const parts = addressParts(text);
  return {
    '@type': 'PostalAddress',
    streetAddress: parts.street,
    addressLocality: parts.locality,
    addressRegion: parts.region,
    addressCountry: 'VN',
  };
}

export function openingHours(n: Notice): OpeningHoursSpecification[] | undefined {
  return n.hours.schedule?.map((p) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: p.days.map((d) => DAY_URIS[d]),
    opens: p.opens,
    closes: p.closes,
  }));
}

/** The JSON-LD graph for one notice page. `pageUrl` is the page's absolute address. */
export function noticeJsonLd(n: Notice, pageUrl: string): Graph {
  const orgId = `${pageUrl}#co-quan-ban-hanh`;
  const hours = openingHours(n);
  const address = postalAddress(n.address.text);
  const coords = n.address.coordinates;
  const organization: GovernmentOrganization = {
    '@type': 'GovernmentOrganization',
    '@id': orgId,
    name: n.issuer.fullName,
    parentOrganization: { '@type': 'GovernmentOrganization', name: n.issuer.parent },
    address,
    location: coords
      ? { '@type': 'Place', address, geo: { '@type': 'GeoCoordinates', latitude: coords.lat, longitude: coords.lon } }
      : undefined,
    contactPoint: n.hotlines.contacts.map((c): ContactPoint => ({
      '@type': 'ContactPoint',
      name: `${c.honorific} ${c.name}`,
      description: c.post,
      contactType: n.hotlines.heading,
      // E.164 for ordinary numbers; a short service number has none and is given as dialled.
      telephone: e164(c.phone) ?? telHref(c.phone)?.slice(4) ?? c.phone,
      email: c.email,
      availableLanguage: 'vi',
      hoursAvailable: hours,
    })),
    sameAs: n.facebook ? [facebookIdentity(n.facebook.url)] : undefined,
  };
  const announcement: SpecialAnnouncement = {
    '@type': 'SpecialAnnouncement',
    '@id': `${pageUrl}#thong-bao`,
    name: n.subject,
    url: pageUrl,
    inLanguage: 'vi',
    // ISO 8601; a draft whose day is not fixed yet has only year and month ("2026-05").
    datePosted: isoNoticeDate(n),
    creativeWorkStatus: isDraft(n) ? 'Draft' : 'Published',
    identifier: n.number.sequence == null ? undefined : numberLine(n).replace(/^Số:\s*/, ''),
    author: { '@id': orgId },
    publisher: { '@id': orgId },
  };
  return { '@context': 'https://schema.org', '@graph': [organization, announcement] };
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
