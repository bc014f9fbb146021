/**
 * The Sveltia CMS configuration of the staff form, given to `CMS.init({ config })` as an
 * object (`load_config_file: false`: no config.yml request). Its fields are
 * src/cms/fields.json, which `npm run schema` makes from the notice's JSON Schema, with a
 * translation block for each of the site's languages; this file only says that, where
 * notices live and how they are saved.
 */
import type { CmsConfig } from '@sveltia/cms';
import forms from './fields.json' with { type: 'json' };
import { FORMAT_NAME } from './format.ts';
import type { CmsField, CmsForm } from './schema-to-fields.ts';
import { translationTitle } from '../pipeline/validation/fields.ts';
import { SLUG } from '../pipeline/validation/source.ts';
import { KINDS } from '../kinds/index.ts';

export interface EditorOptions {
  /** "owner/name" of the site's repository on GitHub. */
  repo: string;
  branch: string;
  /** The site's base path ("/" or "/sub/"), for the logo and the links to published pages. */
  base: string;
  /** The notices folder in the repository ("content/notices"). */
  folder: string;
  /** GitHub API root; only for tests or GitHub Enterprise. */
  apiRoot?: string;
  /** An OAuth authenticator the agency runs (content/site.yaml, editor.authenticator): adds "Sign in with GitHub". */
  authenticator?: string;
  /** The agency's short name, for the editor's title. */
  agency: string;
  /**
   * The site's languages other than Vietnamese (content/site.yaml, in its order): the form
   * offers a translation block for each. Without it, those of src/cms/fields.json (English).
   */
  languages?: readonly string[];
}

/**
 * The translation blocks of `languages`, each shaped like the one fields.json has (every
 * language's block has the same fields: the schema's `translations` is a record). A
 * content folder that adds Korean (a strings file and `translations.ko` in site.yaml) then
 * has a Korean block in the form with no code changed. A block of a language the site
 * does not list stays in the file as it is: Sveltia hands back keys it has no field for,
 * and format.ts writes them as they were.
 */
export function translationBlocks(all: readonly CmsField[], languages: readonly string[] | undefined): CmsField[] {
  return all.flatMap((f) => {
    const shape = f.name === 'translations' ? f.fields?.[0] : undefined;
    if (!shape || !languages) return [f];
    // A site in Vietnamese only: no translation section at all.
    if (!languages.length) return [];
    return [{ ...f, fields: languages.map((lang) => ({ ...shape, name: lang, label: translationTitle(lang) })) }];
  });
}

/** A notice's file name is its page address: the project's one rule (src/pipeline/validation/source.ts). */
const SLUG_PATTERN = SLUG.source;

/**
 * The schema's weekday codes (Mo … Su, as schema.org's openingHours writes them) are what the
 * file holds; staff pick the days by their Vietnamese names.
 */
const WEEKDAY_LABELS: Record<string, string> = { Mo: 'Thứ Hai', Tu: 'Thứ Ba', We: 'Thứ Tư', Th: 'Thứ Năm', Fr: 'Thứ Sáu', Sa: 'Thứ Bảy', Su: 'Chủ nhật' };

/**
 * Select options shown by name where the value is a code: the weekdays, and the codes of the
 * kind's own selects (`optionLabels` of src/kinds/<kind>/index.ts). The file keeps the code.
 */
export function labelledOptions(fields: readonly CmsField[], labels: Readonly<Record<string, string>> = {}): CmsField[] {
  const names: Record<string, string> = { ...WEEKDAY_LABELS, ...labels };
  return fields.map((f) => {
    const out: CmsField = { ...f };
    if (f.fields) out.fields = labelledOptions(f.fields, labels);
    if (f.field) out.field = labelledOptions([f.field], labels)[0];
    if (f.widget === 'select' && f.options?.length && f.options.every((o) => typeof o === 'string' && o in names)) {
      out.options = (f.options as string[]).map((value) => ({ label: names[value]!, value })) as never;
      if ((f.options as string[]).every((o) => o in WEEKDAY_LABELS)) out.hint = 'Chọn các ngày trong tuần.';
    }
    return out;
  });
}

/**
 * The notices the `replaces` list offers: only those that may be replaced (the build's
 * rules, src/pipeline/validation/lifecycle.ts), as far as Sveltia's relation `filters`
 * can tell from the other entry's own fields: not the notice being edited (`slug` is the
 * entry's file name, `{{slug}}` the edited one's; nothing to leave out while creating), not
 * a draft (no number yet: it never took effect), and only the same issuing body's (once the
 * form has one). What needs the other notices together (a notice already replaced, a date
 * before the one replaced, a cycle, a draft numbered but not dated) is refused before the
 * save, with the build's message (validation.ts).
 */
export function replaceableOnly(fields: readonly CmsField[], collection = 'notices'): CmsField[] {
  return fields.map((f) =>
    f.widget === 'relation' && f.name === 'replaces'
      ? {
          ...f,
          // A notice replaces one of its own kind: the list is its own collection's.
          collection,
          filters: [
            { field: 'slug', values: ['{{slug}}'], exclude: true },
            { field: 'number.sequence', values: [null, ''], exclude: true },
            { field: 'issuer.fullName', values: ['{{fields.issuer.fullName}}'] },
          ],
        }
      : f,
  );
}

/**
 * A notice in the list of notices: its number, date and status before the subject, so staff
 * tell two notices of one subject apart and see which is a draft. Sveltia's templates only:
 * `{{number.sequence}}` alone shows an empty number as "0" (its number display is
 * Intl.NumberFormat(Number(null))), so every part that needs the number goes through
 * `ternary`, which reads the raw value (empty in a draft). The number shows unpadded ("5/TB-NV"
 * where the paper prints "05/TB-NV": a template cannot pad) and the date as the form holds it.
 * Draft or numbered is what a template can know; whether a notice has since been replaced needs
 * the other notices, which the site's page says (Sveltia's summary sees one entry at a time).
 */
export const LIST_SUMMARY =
  "{{number.sequence | ternary('Số ', 'Dự thảo')}}{{number.sequence | ternary('{{number.sequence}}', '')}}{{number.sequence | ternary('/', '')}}{{number.sequence | ternary('{{number.symbol}}', '')}}" +
  ' · {{date}} · {{subject}}';

/** The list's filters: the drafts, or those with a number (issued). */
export const LIST_FILTERS = [
  { label: 'Dự thảo (chưa có số)', field: 'number.sequence', empty: true },
  { label: 'Đã có số (đã ban hành)', field: 'number.sequence', empty: false },
];

/** The custom field type of `original.file`: its control is in original.ts, registered in main.ts. */
export const ORIGINAL_FIELD = 'signed-original';

/**
 * The signed original is attached, not typed (src/cms/original.ts): its file name is a file
 * input (the custom field type registered in main.ts), its hash is written from the file on
 * save and only shown.
 */
export function attachedOriginal(fields: readonly CmsField[]): CmsField[] {
  return fields.map((f) =>
    f.name === 'original' && f.widget === 'object'
      ? { ...f, fields: f.fields?.map((g) => (g.name === 'file' ? { ...g, widget: ORIGINAL_FIELD as CmsField['widget'] } : g.name === 'sha256' ? { ...g, readonly: true } : g)) }
      : f,
  );
}

/** A kind's collection: the default kind's keeps the name "notices", another's is "notices-<kind>". */
const collectionName = (form: CmsForm) => (form.isDefault ? 'notices' : `notices-${form.kind}`);

export function editorConfig(o: EditorOptions): CmsConfig {
  return {
    load_config_file: false,
    // Sveltia's default logo is a data: URL it fetch()es; the site's own icon instead.
    logo: { src: `${o.base}favicon.svg` },
    app_title: `Biên tập thông báo – ${o.agency}`,
    backend: {
      name: 'github',
      repo: o.repo,
      branch: o.branch,
      ...(o.apiRoot ? { api_root: o.apiRoot } : {}),
      // A fine-grained personal access token: no server of ours. "Sign in with GitHub" needs an
      // OAuth authenticator the agency runs, given in content/site.yaml (docs/huong-dan-bien-tap.md).
      ...(o.authenticator ? { auth_methods: ['oauth', 'token'], base_url: o.authenticator } : { auth_methods: ['token'] }),
      commit_messages: {
        create: 'Thêm thông báo {{slug}} (biên tập qua /admin/)',
        update: 'Sửa thông báo {{slug}} (biên tập qua /admin/)',
        delete: 'Xóa thông báo {{slug}} (biên tập qua /admin/)',
        // Never committed: uploads to the site's branch are refused (github-guard.ts); worded all the same.
        uploadMedia: 'Tải lên tệp {{path}} (biên tập qua /admin/)',
        deleteMedia: 'Xóa tệp {{path}} (biên tập qua /admin/)',
      },
    },
    // Every save is a branch and a pull request: review and the checks stand before publishing.
    publish_mode: 'editorial_workflow',
    // Notices have no media; Sveltia still wants a folder.
    media_folder: 'public/uploads',
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true },
    // One collection per kind of notice, each with its own form (src/cms/fields.json).
    collections: (forms as CmsForm[]).map((form) => ({
      name: collectionName(form),
      label: forms.length > 1 ? form.label : 'Thông báo',
      label_singular: forms.length > 1 ? form.label.toLowerCase() : 'thông báo',
      folder: o.folder,
      extension: 'yaml',
      format: FORMAT_NAME,
      create: true,
      identifier_field: 'subject',
      summary: LIST_SUMMARY,
      sortable_fields: { fields: ['date', 'number.sequence', 'subject'], default: { field: 'date', direction: 'descending' } },
      view_filters: LIST_FILTERS,
      // Each collection holds only its kind's files; the default kind's also those that name
      // no kind (written before there were kinds). Sveltia matches `null` to a field left out.
      filter: { field: 'kind', value: form.isDefault ? [form.kind, null] : form.kind },
      // Typed in when a notice is created (no template: a subject makes a far too long
      // address), and fixed after: the address is in print, QR codes and links.
      slug: {
        editable: ['create'],
        hint: 'Tên tệp, cũng là địa chỉ trang /thong-bao/<tên tệp>/: đặt một lần khi tạo, không đổi được sau. Ví dụ duong-day-nong-2026-07.',
        pattern: [SLUG_PATTERN, 'Tên tệp chỉ được có chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ trang web), ví dụ duong-day-nong-2026-07.'],
      },
      preview_path: 'thong-bao/{{slug}}/',
      fields: attachedOriginal(replaceableOnly(labelledOptions(translationBlocks(form.fields, o.languages), KINDS.find((k) => k.id === form.kind)?.optionLabels), collectionName(form))) as never,
    })),
  } as CmsConfig;
}
