/**
 * A notice in English: the same view builder with English words and the translation's
 * texts. What residents act on never changes with the language (the numbers, their
 * tel: links, the names, the dates, the map); what they read does, and a page without a
 * translation says so rather than pretending.
 */
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/model/document.ts';
import { noticeJsonLd } from '../../src/outputs/jsonld.ts';
import { contactVCard } from '../../src/outputs/vcard.ts';
import { noticeSearchText, searchRecord } from '../../src/outputs/search-record.ts';
import { documentHtml } from '../../src/components/document-html.ts';
import { FIXTURE_NOTICES, SECOND_SLUG, SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';

const vi = viewOf(SEED_YAML);
const en = viewOf(SEED_YAML, { lang: 'en' });
const untranslated = viewOf(`${FIXTURE_NOTICES}/${SECOND_SLUG}.yaml`, { lang: 'en' });

describe('the seed in English', () => {
  it('is the translation, marked unreviewed, at /en/', () => {
    expect(en.lang).toBe('en');
    expect(en.translated).toBe(true);
    expect(en.translation).toEqual({ reviewed: false });
    expect(en.subject).toMatch(/^Hotline numbers and Facebook page for receiving feedback, petitions, complaints and denunciations/);
    expect(en.paths.page).toBe('en/thong-bao/duong-day-nong-2026-05/');
    expect(en.paths.vietnamese).toBe('thong-bao/duong-day-nong-2026-05/');
    expect(en.urls.vietnamese).toBe(vi.urls.page);
  });

  it('keeps every number, link, name and date of the original', () => {
    const acts = (v: typeof vi) => v.contacts.map((c) => [c.name, c.phone, c.tel]);
    expect(acts(en)).toEqual(acts(vi));
    expect(en.contacts.map((c) => c.person)).toEqual(['Mr Đỗ Quang Minh', 'Ms Trần Lê Thu Hằng']);
    expect(en.address.mapHref).toBe(vi.address.mapHref);
    expect(en.social).toEqual(vi.social);
    expect(vi.social).toBeDefined();
    expect(en.date.iso).toBe(vi.date.iso);
    expect(en.document.signer.name).toBe('Trần Thị Quỳnh Trang');
    const tels = (v: typeof vi) => v.document.body.flatMap((b) => (b.type === 'list' ? b.items.flatMap((i) => i.content.filter((r) => typeof r !== 'string')) : []));
    expect(tels(en)).toEqual(tels(vi));
  });

  it('dates as English writes them, and the frame in English', () => {
    expect(en.date.short).toBe('May 2026');
    expect(en.document.header.placeDate).toBe('Hải Phòng, May 2026');
    expect(en.document.header.nation).toBe('SOCIALIST REPUBLIC OF VIET NAM');
    expect(en.document.header.motto).toBe('Independence – Freedom – Happiness');
    expect(en.document.type).toBe('NOTICE');
    expect(en.document.recipients.title).toBe('Recipients:');
    expect(en.document.recipients.lines.at(-1)).toBe('Archived: VT.');
    expect(en.statusLine).toBe('Draft: not yet numbered or signed');
    expect(en.eyebrow).toBe('Notice · Department of Foreign Affairs of Hai Phong City');
  });

  it('prints the hotlines with Mr and Ms, and the cited decision as dated in English', () => {
    const text = documentText(en.document).join('\n');
    expect(text).toContain('Mr Đỗ Quang Minh, Chief of Office of the Department of Foreign Affairs, phone: 0934.336.639.');
    expect(text).toContain('Decision No. 1413/QĐ-UBND dated 10 April 2026');
    expect(text).not.toMatch(/Ông|Bà |số điện thoại/);
  });

  it('leaves no room for a signature on the translation, and marks the Vietnamese in it', () => {
    expect(vi.document.translation).toBe(false);
    expect(en.document.translation).toBe(true);
    expect(documentHtml(vi.document)).toContain('doc-signer__space');
    const html = documentHtml(en.document);
    expect(html).not.toContain('doc-signer__space');
    expect(html).toContain('<span lang="vi">Trần Thị Quỳnh Trang</span>');
    expect(html).toContain('Mr <span lang="vi">Đỗ Quang Minh</span>');
    expect(html).toContain('No. 15 <span lang="vi">Trần Quang Khải</span> Street');
    expect(documentHtml(vi.document)).not.toContain('lang=');
  });

  it('knows its page in every language of the site', () => {
    expect(vi.pages.map((p) => [p.lang, p.path, p.translated])).toEqual([
      ['vi', 'thong-bao/duong-day-nong-2026-05/', true],
      ['en', 'en/thong-bao/duong-day-nong-2026-05/', true],
    ]);
  });

  it('gives English JSON-LD: inLanguage en, a translation of the Vietnamese article, which names it back', () => {
    const graph = (v: typeof vi) => (noticeJsonLd(v) as unknown as { '@graph': Record<string, unknown>[] })['@graph'];
    const article = (v: typeof vi) => graph(v).find((n) => n['@type'] === 'Article')!;
    expect(article(en)).toMatchObject({
      inLanguage: 'en',
      name: en.subject,
      translationOfWork: { '@id': `${vi.urls.page}#thong-bao` },
    });
    expect(article(vi)).toMatchObject({ inLanguage: 'vi', workTranslation: [{ '@id': `${en.urls.page}#thong-bao` }] });
    expect(graph(en).find((n) => n['@type'] === 'WebPage')).toMatchObject({ inLanguage: 'en' });
    // The hotline is still answered in the original's language: nothing claims English.
    const org = graph(en).find((n) => n['@type'] === 'GovernmentOrganization') as { name: string; contactPoint: { availableLanguage: string }[] };
    expect(org.name).toBe('Department of Foreign Affairs of Hai Phong City');
    expect(org.contactPoint.map((c) => c.availableLanguage)).toEqual(['vi', 'vi']);
  });

  it('writes English vCards with the same number', () => {
    const card = contactVCard(en, 0, 'https://example.test/x.vcf');
    expect(card).toContain('TITLE:Chief of Office of the Department of Foreign Affairs');
    expect(card).toContain('TEL;VALUE=uri;TYPE=work,voice,cell:tel:+84934336639');
    expect(card).toContain('FN:Đỗ Quang Minh');
    expect(en.contacts[0]!.vcardPath).toBe('en/thong-bao/duong-day-nong-2026-05/lien-he-1.vcf');
  });

  it('is found in English search by its words and its numbers', () => {
    const r = searchRecord(en, '/en/thong-bao/duong-day-nong-2026-05/');
    expect(r.language).toBe('en');
    expect(r.meta.title).toBe(en.subject);
    expect(noticeSearchText(en)).toContain('hotline');
    expect(noticeSearchText(en)).toContain('0934.336.639 (0934336639)');
  });
});

describe('a notice without a translation, in English', () => {
  it('says it is not translated, and keeps the original texts', () => {
    expect(untranslated.translated).toBe(false);
    expect(untranslated.translation).toBeNull();
    expect(untranslated.subject).toBe(untranslated.notice.subject);
    expect(untranslated.pages.find((p) => p.lang === 'en')).toMatchObject({ translated: false, preview: null });
  });

  it('still gives its contacts with the English words around them', () => {
    expect(untranslated.contacts[0]!.person).toMatch(/^(Mr|Ms) /);
    expect(untranslated.statusLine).not.toMatch(/Bản dự thảo|Số:/);
  });

  it('is searchable in English by what its page shows: names and numbers', () => {
    const text = noticeSearchText(untranslated);
    for (const c of untranslated.contacts) expect(text).toContain(`${c.phone} (${c.phone.replace(/\D/g, '')})`);
    expect(text).toContain(untranslated.address.text);
  });

  it('has JSON-LD whose page names the Vietnamese notice, and no English article', () => {
    const graph = (noticeJsonLd(untranslated) as unknown as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph.map((n) => n['@type'])).toEqual(['GovernmentOrganization', 'WebPage']);
    expect(graph[1]).toMatchObject({ inLanguage: 'en', mainEntity: { '@id': `${untranslated.urls.vietnamese}#thong-bao` } });
  });
});
