/**
 * The files the site publishes besides its pages, made from the site model: one vCard per
 * hotline (/thong-bao/<slug>/lien-he-<n>.vcf), each notice's open data
 * (/du-lieu/thong-bao/<slug>.json), the list of notices (/du-lieu/thong-bao.json), and the
 * JSON Schemas those two kinds of file name in their "$schema".
 *
 * They are plain text made from validated data, with nothing of a page in them, so
 * src/integrations/downloads.ts writes them directly at the end of the build (and serves
 * them in `astro dev`) instead of making each one an Astro route: as routes they cost
 * 1.5 s CPU at 1000 notices, written directly 0.3 s (bench/README.md).
 */
import { z } from 'zod';
import { Notice } from '../schema/notice.ts';
import type { NoticeView } from '../model/notice.ts';
import type { SiteModel } from '../model/site.ts';
import { hotlineVCard } from './vcard.ts';
import { DATA_INDEX_PATH, DATA_INDEX_SCHEMA_PATH, DATA_SCHEMA_PATH } from './urls.ts';

export interface Download {
  /** Site path, relative to the base path (no leading slash), from src/lib/urls.ts. */
  path: string;
  body: string;
  contentType: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const Status = z.enum(['issued', 'draft']).meta({ description: '"issued": đã có số và ngày ký; "draft": bản dự thảo.' });

/** One notice's open data: the validated notice exactly as its file says it, and what the site derives. */
export const OpenNotice = z
  .strictObject({
    $schema: z.url(),
    url: z.url().meta({ description: 'Địa chỉ trang của thông báo.' }),
    status: Status,
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
        number: Notice.shape.number,
        page: z.url(),
        data: z.url(),
      }),
    ),
  })
  .meta({ title: 'Danh sách thông báo (dữ liệu mở)', description: 'Mới nhất ở trên.' });

const status = (v: NoticeView) => (v.status.issued ? 'issued' : 'draft');

export function openNotice(v: NoticeView, model: SiteModel): z.infer<typeof OpenNotice> {
  return { $schema: model.links.abs(DATA_SCHEMA_PATH), url: v.urls.page, status: status(v), notice: v.notice };
}

export function openNoticeIndex(model: SiteModel): z.infer<typeof OpenNoticeIndex> {
  return {
    $schema: model.links.abs(DATA_INDEX_SCHEMA_PATH),
    notices: model.notices.map((v) => ({
      slug: v.slug,
      subject: v.subject,
      date: v.date.iso,
      status: status(v),
      number: v.notice.number,
      page: v.urls.page,
      data: v.urls.data,
    })),
  };
}

/** A JSON Schema (2020-12) of open data, with its own address as "$id". */
function schemaFile(schema: z.ZodType, path: string, model: SiteModel): Download {
  const body = { ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }), $id: model.links.abs(path) };
  return { path, body: json(body), contentType: SCHEMA_TYPE };
}

/**
 * Every file the site publishes besides its pages, from the site's models (Vietnamese
 * first): the vCards of each language's pages (their post and hours in that language,
 * the number always the original's), and the open data once, from the original notices,
 * whose data carries the translations as the files do.
 */
export function siteDownloads(models: readonly SiteModel[]): Download[] {
  const model = models[0]!;
  const files: Download[] = [];
  for (const m of models) {
    for (const v of m.notices) {
      v.contacts.forEach((c, i) => {
        files.push({ path: c.vcardPath, body: hotlineVCard(v, i, m.links.abs(c.vcardPath)), contentType: 'text/vcard; charset=utf-8' });
      });
    }
  }
  for (const v of model.notices) files.push({ path: v.paths.data, body: json(openNotice(v, model)), contentType: JSON_TYPE });
  files.push(
    { path: DATA_INDEX_PATH, body: json(openNoticeIndex(model)), contentType: JSON_TYPE },
    schemaFile(OpenNotice, DATA_SCHEMA_PATH, model),
    schemaFile(OpenNoticeIndex, DATA_INDEX_SCHEMA_PATH, model),
  );
  return files;
}
