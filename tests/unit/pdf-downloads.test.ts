/**
 * What the page and the PDF say about a notice's files, decided in the view model, and how
 * the build completes a page's PDF link once the PDF exists: sizes as residents read them,
 * signing times in Vietnam time, the PDF's title and outline from the notice's own words.
 */
import { describe, expect, it } from 'vitest';
import { buildNoticeView } from '../../src/model/notice.ts';
import { translator } from '../../src/i18n/index.ts';
import { links } from '../../src/lib/urls.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { formatVietnamTime, vietnamIso } from '../../src/lib/dates.ts';
import { PDF_LINK_END, PDF_LINK_START, PDF_SIZE, completePdfLink } from '../../src/outputs/pdf/page-links.ts';
import type { CheckedOriginal } from '../../src/pipeline/validation/types.ts';
import type { Notice } from '../../src/schema/notice.ts';
import { SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';

const seed = viewOf(SEED_YAML).notice;
const view = (change: Partial<Notice> = {}, original?: CheckedOriginal) =>
  buildNoticeView('x', { ...seed, ...change } as Notice, translator('vi'), links('https://example.test', '/sub/'), { original });

describe('sizes beside a download link', () => {
  it.each([
    [300, '1 KB'],
    [95_591, '93 KB'],
    [999 * 1024, '999 KB'],
    [1000 * 1024 - 1, '1,0 MB'],
    [1000 * 1024, '1,0 MB'],
    [1_288_490, '1,2 MB'],
    [30 * 1024 * 1024, '30,0 MB'],
  ])('%d bytes → %s', (bytes, shown) => {
    expect(formatFileSize(bytes)).toBe(shown);
  });
});

describe('signing times, in Vietnam time (UTC+7, no summer time)', () => {
  it('shows the hour in Hải Phòng, with the date it is there', () => {
    expect(formatVietnamTime(new Date('2026-05-15T01:00:00Z'))).toBe('08:00 ngày 15/05/2026');
    // 17:30 UTC is already the next morning in Vietnam.
    expect(formatVietnamTime(new Date('2026-05-14T17:30:00Z'))).toBe('00:30 ngày 15/05/2026');
    expect(vietnamIso(new Date('2026-05-14T17:30:05Z'))).toBe('2026-05-15T00:30:05+07:00');
  });
});

describe('the PDF of a notice', () => {
  it('is titled by its type, number and subject, and authored by the issuing body', () => {
    const v = view({ number: { sequence: 15, symbol: 'TB-NV' }, date: '2026-05-15' });
    expect(v.pdf!.path).toBe('thong-bao/x/x.pdf');
    expect(v.pdf!.metadata).toEqual({
      title: `Thông báo số 15/TB-NV: ${seed.subject}`,
      author: 'Sở Ngoại vụ thành phố Hải Phòng',
      subject: seed.subject,
      keywords: ['Thông báo', '15/TB-NV', 'Sở Ngoại vụ thành phố Hải Phòng', 'Hải Phòng'],
      date: '2026-05-15',
      lang: 'vi',
      // Alone (no site around it), the notice names its issuer as what made it; in the site, the site's name (generated-pdf.test.ts).
      creator: 'Sở Ngoại vụ thành phố Hải Phòng',
    });
  });

  it('of a draft has no number in its title, and the notice’s date (a month) as its date', () => {
    const v = view();
    expect(v.pdf!.metadata.title).toBe(`Thông báo: ${seed.subject}`);
    expect(v.pdf!.metadata.date).toBe('2026-05');
  });

  it('has an outline of the title, then the numbered sections, in the notice’s own words', () => {
    expect(view().pdf!.outline).toEqual([
      seed.subject,
      '1. Số điện thoại đường dây nóng tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo',
      '2. Trang Facebook tiếp nhận phản ánh, kiến nghị, góp ý của người dân, tổ chức và doanh nghiệp',
      '3. Thời gian tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo:',
      '4. Địa chỉ tiếp nhận thông tin trực tiếp:',
      '5. Trách nhiệm thực hiện',
    ]);
  });
});

describe('the original beside a notice', () => {
  const checked: CheckedOriginal = {
    file: '15-TB-NV.signed.pdf',
    path: '/content/notices/15-TB-NV.signed.pdf',
    bytes: 73_881,
    sha256: 'ab'.repeat(32),
    digitalSignature: true,
    signatures: [
      {
        signerName: 'Trần Thị Quỳnh Trang',
        organization: 'Sở Ngoại vụ thành phố Hải Phòng',
        signedAt: new Date('2026-05-15T01:00:00Z'),
        signedAtSource: 'signingTime',
        certificate: { subject: 'CN=Trần Thị Quỳnh Trang', issuer: 'CN=Cơ quan chứng thực\\, thử nghiệm, O=Test PKI, C=VN', serialNumber: '5401', notBefore: new Date(0), notAfter: new Date(0) },
        kind: 'person',
        subFilter: 'adbe.pkcs7.detached',
      },
      {
        signerName: 'Sở Ngoại vụ thành phố Hải Phòng',
        organization: 'Ủy ban nhân dân thành phố Hải Phòng',
        signedAt: new Date('2026-05-15T02:30:00Z'),
        signedAtSource: 'signingTime',
        certificate: { subject: 'CN=Sở Ngoại vụ thành phố Hải Phòng', issuer: 'CN=Test Issuing CA, O=Test PKI, C=VN', serialNumber: '5402', notBefore: new Date(0), notAfter: new Date(0) },
        kind: 'agency',
        subFilter: 'ETSI.CAdES.detached',
      },
    ],
  };

  it('is published under the notice’s own name, whatever the file was called, with who signed and when', () => {
    const o = view({}, checked).original!;
    expect(o.path).toBe('thong-bao/x/x-ban-goc.pdf');
    expect(o.url).toBe('https://example.test/sub/thong-bao/x/x-ban-goc.pdf');
    expect(o.size).toBe('72 KB');
    expect(o.signatures.map(({ signedAt: _, ...s }) => s)).toEqual([
      { role: 'person', name: 'Trần Thị Quỳnh Trang', organization: 'Sở Ngoại vụ thành phố Hải Phòng', issuer: 'Cơ quan chứng thực, thử nghiệm', time: '08:00 ngày 15/05/2026', timeIso: '2026-05-15T08:00:00+07:00' },
      // The agency's own certificate names its parent body as O: not shown as "of" anyone.
      { role: 'agency', name: 'Sở Ngoại vụ thành phố Hải Phòng', issuer: 'Test Issuing CA', time: '09:30 ngày 15/05/2026', timeIso: '2026-05-15T09:30:00+07:00' },
    ]);
  });

  it('is absent from a notice without one', () => {
    expect(view().original).toBeUndefined();
  });
});

describe('completing a page’s PDF link after printing', () => {
  const page = `<p>before</p>${PDF_LINK_START}<a href="x.pdf">Tải bản PDF (${PDF_SIZE})</a>${PDF_LINK_END}<p>after</p>`;

  it('writes the size in and leaves no marker', () => {
    expect(completePdfLink(page, '93 KB')).toBe('<p>before</p><a href="x.pdf">Tải bản PDF (93 KB)</a><p>after</p>');
  });

  it('removes the whole link when no PDF was made', () => {
    expect(completePdfLink(page, null)).toBe('<p>before</p><p>after</p>');
  });

  it('refuses a page with no place for the link, or two, rather than publish a wrong one', () => {
    expect(() => completePdfLink('<p>no link</p>', '1 KB')).toThrow(/không có \(hoặc có hơn một\)/);
    expect(() => completePdfLink(page + page, '1 KB')).toThrow(/không có \(hoặc có hơn một\)/);
    expect(() => completePdfLink(`${PDF_LINK_START}<a>x</a>${PDF_LINK_END}`, '1 KB')).toThrow(/kích thước/);
  });
});
