/**
 * The staff form at /admin/: Sveltia CMS with our notice format, our validator on the exact
 * bytes to be committed, our preview, in Vietnamese, and nothing sent anywhere but this
 * site and GitHub's API. Bundled with Sveltia's npm build by the build
 * (src/integrations/admin.ts) into /admin/cms.js and the chunks beside it.
 */
// Order matters: ES modules run in import order, so these guards are in place before
// any of Sveltia's code runs.
import './no-third-party.ts';
import './github-guard.ts';
import './ui-locale.ts';
import CMS from '@sveltia/cms';
import { ORIGINAL_FIELD, editorConfig } from './config.ts';
import { FORMAT_NAME, committedText, fromFile, remember, toFile } from './format.ts';
import { assertValid, currentPath, readOthers, rememberPath, watchEdits } from './validation.ts';
import { otherNotices } from './other-notices.ts';
import { PREVIEW_STYLE, noticePreview } from './preview.ts';
import { showChangeStatus } from './change-status.ts';
import { configureOriginals, originalControl, originalOnSave } from './original.ts';

const root = document.getElementById('nc-root')!;
const opts = root.dataset as Record<string, string>;
const folder = opts.folder ?? 'content/notices';
const branch = opts.branch ?? 'main';

CMS.registerCustomFormat(FORMAT_NAME, 'yaml', {
  fromFile,
  toFile(content: Record<string, unknown>) {
    const text = toFile(content);
    // Refused here, on the very text Sveltia commits, until our validator accepts it.
    assertValid(committedText(text), currentPath(`${folder}/thong-bao-moi.yaml`));
    remember(content, committedText(text));
    // For the tests: what was handed to Sveltia last.
    (window as unknown as { __noticeCmsLastOutput?: string }).__noticeCmsLastOutput = text;
    return text;
  },
});
CMS.registerEventListener({
  name: 'preSave',
  handler: (async (event: Parameters<typeof rememberPath>[0]) => {
    rememberPath(event);
    // The notices on the site's branch, for the checks across files (validation.ts).
    await readOthers((path) => otherNotices(opts.repo!, branch, folder, path));
    // A signed original chosen in this editor: verified on the data saved, then written in (original.ts).
    return originalOnSave(event.entry as never);
  }) as never,
});
configureOriginals({ repo: opts.repo!, branch, folder });
CMS.registerFieldType(ORIGINAL_FIELD, originalControl() as never);
CMS.registerPreviewStyle(opts.printCss!);
// The A4 sheets of the site's print preview (/ban-in/): the same stylesheet, the same markup (preview.ts).
CMS.registerPreviewStyle(opts.printPreviewCss!);
CMS.registerPreviewStyle(PREVIEW_STYLE, { raw: true });
watchEdits();
showChangeStatus();

const config = editorConfig({
  repo: opts.repo!,
  branch,
  base: opts.base ?? '/',
  folder,
  agency: opts.agency ?? '',
  ...(opts.languages !== undefined ? { languages: opts.languages.split(' ').filter(Boolean) } : {}),
  ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}),
  ...(opts.authenticator ? { authenticator: opts.authenticator } : {}),
});
// Our preview (the document as printed) in every kind's collection, not Sveltia's list of fields.
const preview = noticePreview(location.origin, opts.base ?? '/');
for (const { name } of (config as unknown as { collections: { name: string }[] }).collections) CMS.registerPreviewTemplate(name, preview as never);

await CMS.init({ config });
