/**
 * The content collections: `notices` (content/notices/*.yaml), `site` (the one entry of
 * content/site.yaml) and `strings` (the interface's words of each of the site's
 * languages: content/i18n/<lang>.json, or the built-in src/i18n/<lang>.json). Custom loaders instead of Astro's `file()`/`glob()`: those only log
 * a YAML error and build an empty page, whereas any problem must stop the build with the
 * same messages `npm run validate` prints.
 *
 * Both read the one validated result of src/pipeline/content.ts: in `npm run build` it was
 * validated before Astro started, and is not validated again here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { Notice } from './schema/notice.ts';
import { SiteConfig } from './schema/site.ts';
import { formatProblems } from './pipeline/validate.ts';
import { content, contentRoot, noticesDir, reloadContent, siteConfigFile, stringsDir, type Content } from './pipeline/content.ts';

/**
 * A loader over one part of the content folder (`watched`: folders or files; the first
 * holds the files whose problems it reports). In `astro dev` (the only case with a
 * watcher) a broken file is reported in the terminal and left out, so staff can keep
 * previewing while they fix it; a build stops.
 */
function contentLoader(name: string, watched: string[], fill: (c: Content, ctx: LoaderContext, root: string) => void): Loader {
  const within = (file: string, dirs: string[]) => dirs.some((d) => path.resolve(file).startsWith(d));
  return {
    name,
    load: async (ctx) => {
      const { store, watcher, logger, config } = ctx;
      const root = fileURLToPath(config.root);
      const dev = Boolean(watcher);
      const sync = (c: Content) => {
        const mine = c.problems.filter((p) => within(p.file, watched));
        if (mine.length) {
          logger.error(`\n${formatProblems(mine)}`);
          if (!dev) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        }
        store.clear();
        fill(c, ctx, root);
      };
      sync(await content());
      watcher?.add(watched);
      watcher?.on('all', async (_event, changed) => {
        if (!within(changed, watched)) return;
        try {
          sync(await reloadContent());
        } catch (e) {
          logger.error((e as Error).message);
        }
      });
    },
  };
}

// The notices' folder holds their signed originals too; the trust roots decide whether those pass.
const notices = contentLoader('notice-loader', [noticesDir(contentRoot()), path.join(contentRoot(), 'trust')], (c, { store }, root) => {
  for (const n of c.notices) {
    // Astro wants paths relative to the project (the content folder may be anywhere).
    // No parseData(): validation has already run this collection's schema on this data.
    store.set({ id: n.slug, data: n.data as Record<string, unknown>, filePath: path.relative(root, path.resolve(n.file)) });
  }
});

const site = contentLoader('site-loader', [siteConfigFile(contentRoot())], (c, { store }, root) => {
  if (c.site) store.set({ id: 'site', data: c.site as Record<string, unknown>, filePath: path.relative(root, siteConfigFile(contentRoot())) });
});

// The words of each of the site's languages (validated with the rest: src/pipeline/validation/strings.ts).
const strings = contentLoader('strings-loader', [stringsDir(contentRoot())], (c, { store }) => {
  for (const [lang, table] of Object.entries(c.strings)) store.set({ id: lang, data: table });
});

export const collections = {
  notices: defineCollection({ loader: notices, schema: Notice }),
  site: defineCollection({ loader: site, schema: SiteConfig }),
  strings: defineCollection({ loader: strings, schema: z.record(z.string(), z.string()) }),
};
