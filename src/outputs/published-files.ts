/**
 * Every file the site publishes for residents to keep, and its SHA-256: what the "is this
 * file genuine?" page (src/pages/[...lang]/kiem-tra-tep.astro) compares a resident's file
 * with, and the open data /du-lieu/tep-da-cong-bo.json.
 *
 * The files are each notice's signed (or scanned) original, its generated PDF in every
 * language that has its text, and the vCard of each hotline in every language. A replaced
 * notice stays: its original and PDFs still check, and say it was replaced. Its vCards
 * are no longer published (it offers no numbers), so they are not listed.
 *
 * The hashes are those of the files as written into the output folder, read back at the
 * very end of the build (src/integrations/published-files.ts), after the PDFs are printed:
 * what is listed is byte for byte what is served. A generated PDF that could not be made
 * (no Chromium) is simply not listed; any other file missing is a broken build.
 *
 * The check page lists every file with its hash as HTML, so it works without JavaScript
 * and its script needs no request: the page is rendered before the PDFs exist, so each
 * file's item is written between markers with a marker where the hash goes, and the build
 * fills them in (fillFileHashes), or removes the item of a file it did not publish.
 */
import { z } from 'zod';
import type { SiteModel } from '../model/site.ts';
import type { LanguageRoot, NoticeView } from '../model/notice.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import { PUBLISHED_FILES_SCHEMA_PATH, pdfPath, vcardPath } from '../lib/urls.ts';
import { State } from './downloads.ts';

export const PUBLISHED_KINDS = ['signed-original', 'scanned-original', 'generated-pdf', 'vcard'] as const;
export type PublishedKind = (typeof PUBLISHED_KINDS)[number];

/** One file the site publishes, before its bytes are known. */
export interface PublishedFile {
  /** Site path, relative to the base path (src/lib/urls.ts). */
  path: string;
  kind: PublishedKind;
  /** The language of its words: the original's is Vietnamese; a PDF or vCard, its page's. */
  lang: Lang;
  slug: string;
  /** For a vCard: which hotline of the notice (0-based, the order the notice lists them). */
  contact?: number;
}

export interface FileHash {
  sha256: string;
  bytes: number;
}

/**
 * The files of one notice, in the order the check page lists them: its original, its PDF in
 * each language that has its text, its vCards in each language (Vietnamese first, then the
 * site's order). From one view of the notice, in any language: each language's files are at
 * that language's prefix (`languages`, the site's), so a page in one language lists them all.
 */
export function noticeFiles(v: NoticeView, languages: readonly LanguageRoot[]): PublishedFile[] {
  const files: PublishedFile[] = [];
  if (v.original) files.push({ path: v.original.path, kind: v.original.digitalSignature ? 'signed-original' : 'scanned-original', lang: DEFAULT_LANG, slug: v.slug });
  for (const l of languages) {
    if (v.pages.find((p) => p.lang === l.lang)?.translated) files.push({ path: `${l.prefix}${pdfPath(v.slug)}`, kind: 'generated-pdf', lang: l.lang, slug: v.slug });
  }
  for (const l of languages) {
    v.contacts.forEach((_, i) => files.push({ path: `${l.prefix}${vcardPath(v.slug, i)}`, kind: 'vcard', lang: l.lang, slug: v.slug, contact: i }));
  }
  return files;
}

/** Every file the site publishes for residents to keep, notice by notice, newest first. */
export function publishedFiles(model: SiteModel): PublishedFile[] {
  return model.notices.flatMap((v) => noticeFiles(v, model.languages));
}

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'Mã SHA-256 của tệp (64 chữ số hệ 16, chữ thường).' });

export const PublishedFileIndex = z
  .strictObject({
    $schema: z.url(),
    files: z.array(
      z.strictObject({
        sha256: Sha256,
        bytes: z.int().positive().meta({ description: 'Kích thước tệp, tính bằng byte.' }),
        url: z.url().meta({ description: 'Địa chỉ tệp trên trang web.' }),
        kind: z.enum(PUBLISHED_KINDS).meta({
          description:
            '"signed-original": bản gốc có chữ ký số; "scanned-original": bản gốc là bản quét, không có chữ ký số; ' +
            '"generated-pdf": bản PDF trang web in ra từ trang của thông báo (không phải bản gốc; đổi từng byte khi mã nguồn trang web thay đổi); ' +
            '"vcard": tệp danh bạ của một đường dây nóng.',
        }),
        lang: z.string().meta({ description: 'Ngôn ngữ của tệp (BCP 47): "vi", hoặc ngôn ngữ của bản dịch.' }),
        notice: z
          .strictObject({
            slug: z.string().meta({ description: 'Tên tệp của thông báo, cũng là địa chỉ trang.' }),
            page: z.url().meta({ description: 'Trang tiếng Việt của thông báo: văn bản chính thức.' }),
            data: z.url().meta({ description: 'Dữ liệu mở của thông báo.' }),
            state: State,
            replacedBy: z.string().nullable().meta({ description: 'Tên tệp của thông báo đã thay thế thông báo này; null khi chưa bị thay thế.' }),
          })
          .meta({ description: 'Thông báo mà tệp thuộc về.' }),
      }),
    ),
  })
  .meta({
    title: 'Các tệp trang web đã công bố, với mã SHA-256',
    description:
      'Mỗi bản gốc, mỗi bản PDF trang web in ra (mỗi ngôn ngữ) và mỗi tệp danh bạ (vCard) mà trang web công bố, kể cả của thông báo đã được thay thế; ' +
      'thông báo mới nhất ở trên. Một tệp trùng mã SHA-256 với một mục ở đây là đúng từng byte tệp đó; điều này không kiểm tra chứng thư số có bị thu hồi hay không.',
  });
export type PublishedFileIndex = z.infer<typeof PublishedFileIndex>;

/**
 * The open data of the published files: each file in `files` whose hash is known (a
 * generated PDF that was not made has none, and is left out), with its notice.
 */
export function publishedFileIndex(model: SiteModel, files: readonly PublishedFile[], hashes: ReadonlyMap<string, FileHash>): PublishedFileIndex {
  return {
    $schema: model.links.abs(PUBLISHED_FILES_SCHEMA_PATH),
    files: files.flatMap((f) => {
      const h = hashes.get(f.path);
      if (!h) return [];
      const v = model.bySlug.get(f.slug)!;
      return [
        {
          sha256: h.sha256,
          bytes: h.bytes,
          url: model.links.abs(f.path),
          kind: f.kind,
          lang: f.lang,
          notice: { slug: v.slug, page: v.urls.vietnamese, data: v.urls.data, state: v.lifecycle.state, replacedBy: v.lifecycle.replacedBy?.slug ?? null },
        },
      ];
    }),
  };
}

/*
 * The markers of the check page (HTML comments: nothing a notice says can make one, Astro
 * escapes "<"). A notice's files are between NOTICE_START and NOTICE_END; each file's item
 * between fileStart(path) and FILE_END, with HASH where its SHA-256 goes.
 */
export const NOTICE_START = '<!--published-notice-->';
export const NOTICE_END = '<!--/published-notice-->';
export const FILE_END = '<!--/published-file-->';
export const HASH = '<!--sha256-->';
export const fileStart = (path: string) => `<!--published-file:${path}-->`;

const NOTICE_RE = /<!--published-notice-->([\s\S]*?)<!--\/published-notice-->/g;
const FILE_RE = /<!--published-file:([^>]*?)-->([\s\S]*?)<!--\/published-file-->/g;

/**
 * The check page with every file's hash written in: a file without a hash loses its item,
 * and a notice left with no file at all loses its whole entry. Throws when the page has no
 * marker, or an item has no place for the hash: the page would list nothing to compare.
 */
export function fillFileHashes(html: string, hashes: ReadonlyMap<string, string>): string {
  let notices = 0;
  const out = html.replace(NOTICE_RE, (_, inner: string) => {
    notices++;
    let kept = 0;
    const filled = inner.replace(FILE_RE, (_m, path: string, item: string) => {
      if (!item.includes(HASH)) throw new Error(`tệp ${path}: không có chỗ ghi mã SHA-256`);
      const hash = hashes.get(path);
      if (hash === undefined) return '';
      kept++;
      return item.replaceAll(HASH, hash);
    });
    return kept ? filled : '';
  });
  if (notices === 0 && html.includes(HASH)) throw new Error('trang kiểm tra tệp không có chỗ đặt danh sách tệp');
  return out;
}
