/**
 * The files the site publishes besides its pages, made from the site model: one vCard per
 * hotline (/thong-bao/<slug>/lien-he-<n>.vcf; none for a notice that offers no numbers,
 * such as a replaced one: its view has no contacts), the iCalendar file of a reception
 * schedule's upcoming days (/thong-bao/<slug>/lich-tiep-cong-dan.ics), the QR code its paper copy prints
 * (/thong-bao/<slug>/ma-qr.svg, in each language that has the notice's text), each notice's open data
 * (/du-lieu/thong-bao/<slug>.json), the list of notices (/du-lieu/thong-bao.json), the
 * JSON Schemas those two kinds of file name in their "$schema", and each notice's signed
 * original, copied byte for byte from beside its YAML (/thong-bao/<slug>/<slug>-ban-goc.pdf).
 *
 * They are plain text made from validated data, with nothing of a page in them, so
 * src/integrations/downloads.ts writes them directly at the end of the build (and serves
 * them in `astro dev`) instead of making each one an Astro route: as routes they cost
 * 1.5 s CPU at 1000 notices, written directly 0.3 s; the 2,000 QR codes, 2.2 s as routes (bench/README.md).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Notice } from '../schema/notice.ts';
import { DocumentNumber } from '../schema/frame.ts';
import { FORM_KEYWORDS } from '../schema/fields.ts';
import type { NoticeView } from '../model/notice.ts';
import type { SiteModel } from '../model/site.ts';
import { contactVCard } from './vcard.ts';
import { qrSvg } from '../lib/qr.ts';
import { DATA_INDEX_PATH, DATA_INDEX_SCHEMA_PATH, DATA_SCHEMA_PATH, dataPath, qrPath } from '../lib/urls.ts';

export interface Download {
  /** Site path, relative to the base path (no leading slash), from src/lib/urls.ts. */
  path: string;
  contentType: string;
  /** The text to write; or, for a file published as it is, where it is and its SHA-256. */
  body: string | { source: string; sha256: string };
}

const JSON_TYPE = 'application/json; charset=utf-8';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';
export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const Status = z.enum(['issued', 'draft']).meta({ description: '"issued": đã có số và ngày ký; "draft": bản dự thảo.' });
export const State = z
  .enum(['in-force', 'replaced', 'draft'])
  .meta({ description: '"in-force": đang có hiệu lực; "replaced": đã được thay thế; "draft": bản dự thảo, chưa có hiệu lực.' });
const Ref = z
  .strictObject({
    slug: z.string().meta({ description: 'Tên tệp của thông báo, cũng là địa chỉ trang.' }),
    page: z.url(),
    data: z.url(),
  })
  .meta({ description: 'Một thông báo khác.' });

/** The original as the build verified it: where it is published, its hash, and who signed it. */
const OpenOriginal = z
  .strictObject({
    url: z.url().meta({ description: 'Địa chỉ tệp bản gốc, công bố nguyên vẹn từng byte.' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'Mã SHA-256 của tệp bản gốc (chữ thường).' }),
    bytes: z.int().positive().meta({ description: 'Kích thước tệp, tính bằng byte.' }),
    digitalSignature: z.boolean().meta({ description: 'false: bản quét, không có chữ ký số.' }),
    signatures: z
      .array(
        z.strictObject({
          role: z.enum(['person', 'agency']).meta({ description: '"person": người có thẩm quyền ký; "agency": chữ ký số của cơ quan (Nghị định 30/2020/NĐ-CP, Điều 5).' }),
          name: z.string().meta({ description: 'Tên trong chứng thư số.' }),
          issuer: z.string().meta({ description: 'Tổ chức cấp chứng thư số.' }),
          signedAt: z.string().meta({ description: 'Thời điểm ký, giờ Việt Nam (ISO 8601, +07:00).' }),
        }),
      )
      .meta({ description: 'Các chữ ký số, theo thứ tự ký; rỗng với bản quét.' }),
  })
  .meta({ description: 'Bản gốc có giá trị pháp lý, đã được kiểm tra khi dựng trang.' });

/** One notice's open data: the validated notice exactly as its file says it, and what the site derives. */
export const OpenNotice = z
  .strictObject({
    $schema: z.url(),
    url: z.url().meta({ description: 'Địa chỉ trang của thông báo.' }),
    status: Status,
    state: State,
    replacedBy: Ref.nullable().meta({ description: 'Thông báo đã thay thế thông báo này; null khi chưa bị thay thế.' }),
    original: OpenOriginal.optional(),
    notice: Notice,
  })
  .meta({ title: 'Dữ liệu mở của một thông báo' });

export const OpenNoticeIndex = z
  .strictObject({
    $schema: z.url(),
    notices: z.array(
      z.strictObject({
        slug: z.string().meta({ description: 'Tên tệp của thông báo, cũng là địa chỉ trang.' }),
        subject: z.string(),
        date: z.string().meta({ description: 'NĂM-THÁNG-NGÀY, hoặc NĂM-THÁNG khi chưa có ngày.' }),
        status: Status,
        state: State,
        replacedBy: z.string().nullable().meta({ description: 'Tên tệp của thông báo đã thay thế thông báo này; null khi chưa bị thay thế.' }),
        number: DocumentNumber,
        page: z.url(),
        data: z.url(),
      }),
    ),
  })
  .meta({ title: 'Danh sách thông báo (dữ liệu mở)', description: 'Mới nhất ở trên.' });

const status = (v: NoticeView) => (v.status.issued ? 'issued' : 'draft');

function openOriginal(o: NonNullable<NoticeView['original']>): z.infer<typeof OpenOriginal> {
  return {
    url: o.url,
    sha256: o.sha256,
    bytes: o.bytes,
    digitalSignature: o.digitalSignature,
    signatures: o.signatures.map((s) => ({ role: s.role, name: s.name, issuer: s.issuer, signedAt: s.timeIso })),
  };
}

export function openNotice(v: NoticeView, model: SiteModel): z.infer<typeof OpenNotice> {
  const by = v.lifecycle.replacedBy;
  return {
    $schema: model.links.abs(DATA_SCHEMA_PATH),
    url: v.urls.page,
    status: status(v),
    state: v.lifecycle.state,
    replacedBy: by ? { slug: by.slug, page: by.url, data: model.links.abs(dataPath(by.slug)) } : null,
    ...(v.original ? { original: openOriginal(v.original) } : {}),
    notice: v.notice,
  };
}

export function openNoticeIndex(model: SiteModel): z.infer<typeof OpenNoticeIndex> {
  return {
    $schema: model.links.abs(DATA_INDEX_SCHEMA_PATH),
    notices: model.notices.map((v) => ({
      slug: v.slug,
      subject: v.subject,
      date: v.date.iso,
      status: status(v),
      state: v.lifecycle.state,
      replacedBy: v.lifecycle.replacedBy?.slug ?? null,
      number: v.notice.number,
      page: v.urls.page,
      data: v.urls.data,
    })),
  };
}

/**
 * A JSON Schema (2020-12) of open data, with its own address as "$id", and only standard
 * keywords: the staff form's own (FORM_KEYWORDS) are left out, so that validators in strict
 * mode (Ajv's default) accept it.
 */
export function schemaFile(schema: z.ZodType, path: string, model: SiteModel): Download {
  const body = {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', override: ({ jsonSchema }) => stripFormKeywords(jsonSchema) }),
    $id: model.links.abs(path),
  };
  return { path, body: json(body), contentType: SCHEMA_TYPE };
}

function stripFormKeywords(node: Record<string, unknown>): void {
  for (const k of FORM_KEYWORDS) delete node[k];
}

/**
 * Every file the site publishes besides its pages, from the site's models (Vietnamese
 * first): the vCards of each language's pages (their post and hours in that language,
 * the number always the original's), and the open data and signed originals once, from
 * the original notices, whose data carries the translations as the files do.
 */
export function siteDownloads(models: readonly SiteModel[]): Download[] {
  const model = models[0]!;
  const files: Download[] = [];
  for (const m of models) {
    for (const v of m.notices) {
      v.contacts.forEach((c, i) => {
        files.push({ path: c.vcardPath, body: contactVCard(v, i, m.links.abs(c.vcardPath)), contentType: 'text/vcard; charset=utf-8' });
      });
      // The upcoming reception days as an iCalendar file (none when the notice offers no day).
      const cal = v.reception?.calendar;
      if (cal) files.push({ path: cal.path, body: cal.text, contentType: 'text/calendar; charset=utf-8' });
      // The QR code under the official text (src/components/PrintQr.astro), where this language's page carries that text.
      if (v.translated) {
        files.push({ path: `${m.prefix}${qrPath(v.slug)}`, body: qrSvg(v.urls.page), contentType: 'image/svg+xml' });
      }
    }
  }
  for (const v of model.notices) {
    files.push({ path: v.paths.data, body: json(openNotice(v, model)), contentType: JSON_TYPE });
    if (v.original) files.push({ path: v.original.path, body: { source: v.original.source, sha256: v.original.sha256 }, contentType: 'application/pdf' });
  }
  files.push(
    { path: DATA_INDEX_PATH, body: json(openNoticeIndex(model)), contentType: JSON_TYPE },
    schemaFile(OpenNotice, DATA_SCHEMA_PATH, model),
    schemaFile(OpenNoticeIndex, DATA_INDEX_SCHEMA_PATH, model),
  );
  return files;
}

/**
 * The bytes of a download. A file published as it is (an original) is read again and held
 * to the hash it was verified with, so what is published is exactly what was checked even if
 * the file changed since.
 */
export function downloadBytes(d: Download): string | Uint8Array {
  if (typeof d.body === 'string') return d.body;
  const bytes = readFileSync(d.body.source);
  if (createHash('sha256').update(bytes).digest('hex') !== d.body.sha256) {
    throw new Error(`${d.body.source}: tệp bản gốc đã thay đổi sau khi được kiểm tra. Hãy dựng lại trang web.`);
  }
  return bytes;
}
