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
// From Astro's package export rather than the `astro:content` virtual module: the same
// function (without its guard against live collections, which this file has none of), but
// `astro:content` makes Vite load Astro's whole content runtime to read this file, ≈ 0.4 s
// of every build (bench/README.md, fourteenth round). Check it again after an Astro upgrade.
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import type { Loader } from 'astro/loaders';
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
interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

function contentLoader(name: string, watched: string[], entries: (c: Content, root: string) => Entry[]): Loader {
  const within = (file: string, dirs: string[]) => dirs.some((d) => path.resolve(file).startsWith(d));
  return {
    name,
    load: async (ctx) => {
      const { store, watcher, logger, config, generateDigest } = ctx;
      const root = fileURLToPath(config.root);
      const dev = Boolean(watcher);
      const sync = (c: Content) => {
        const mine = c.problems.filter((p) => within(p.file, watched));
        if (mine.length) {
          logger.error(`\n${formatProblems(mine)}`);
          if (!dev) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        }
        // Each entry with a digest of what it holds: Astro keeps an entry whose digest is unchanged,
        // and when none changed its data store is not written again (at N = 1000, half a second
        // of serialising every notice on a rebuild after nothing changed).
        const now = entries(c, root);
        const ids = new Set(now.map((e) => e.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const e of now) store.set({ ...e, digest: generateDigest(JSON.stringify([e.id, e.data, e.filePath ?? null])) });
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
// Astro wants paths relative to the project (the content folder may be anywhere).
// No parseData(): validation has already run this collection's schema on this data.
const notices = contentLoader('notice-loader', [noticesDir(contentRoot()), path.join(contentRoot(), 'trust')], (c, root) =>
  c.notices.map((n) => ({ id: n.slug, data: n.data as Record<string, unknown>, filePath: path.relative(root, path.resolve(n.file)) })),
);

const site = contentLoader('site-loader', [siteConfigFile(contentRoot())], (c, root) =>
  c.site ? [{ id: 'site', data: c.site as Record<string, unknown>, filePath: path.relative(root, siteConfigFile(contentRoot())) }] : [],
);

// The words of each of the site's languages (validated with the rest: src/pipeline/validation/strings.ts).
const strings = contentLoader('strings-loader', [stringsDir(contentRoot())], (c) => Object.entries(c.strings).map(([lang, table]) => ({ id: lang, data: table })));

export const collections = {
  notices: defineCollection({ loader: notices, schema: Notice }),
  site: defineCollection({ loader: site, schema: SiteConfig }),
  strings: defineCollection({ loader: strings, schema: z.record(z.string(), z.string()) }),
};
