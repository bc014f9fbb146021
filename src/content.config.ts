/**
 * The `notices` collection. A custom loader instead of Astro's `file()`/`glob()`:
 * those only log a YAML error and build an empty page, whereas a notice with any
 * problem must stop the build with the same messages `npm run validate` prints.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { Notice } from './schema/notice.ts';
import { NOTICES_DIR, formatProblems } from './lib/validate.ts';
import { validatedNotices, VALIDATED_ENV } from './lib/validated-notices.ts';

const dir = process.env.NOTICES_DIR ?? NOTICES_DIR;

function noticeLoader(): Loader {
  return {
    name: 'notice-loader',
    load: async ({ store, watcher, logger, config }) => {
      const root = fileURLToPath(config.root);
      // In `astro dev` (the only case with a watcher) a broken notice is reported in the
      // terminal and left out, so staff can keep previewing while they fix it; a build
      // stops (scripts/build.ts has already refused it with the same messages).
      const dev = Boolean(watcher);
      // `npm run build` has just validated these very bytes: reuse its result (see
      // validated-notices.ts). Only for the first sync: in `astro dev` files change.
      let handOff = process.env[VALIDATED_ENV];
      const sync = async () => {
        const { notices, problems } = validatedNotices(dir, handOff);
        handOff = undefined;
        if (problems.length) {
          logger.error(`\n${formatProblems(problems)}`);
          if (!dev) throw new Error('Có thông báo không hợp lệ: xem các lỗi ở trên.');
        }
        if (notices.length === 0) throw new Error(`Không có thông báo nào trong ${dir}.`);
        store.clear();
        for (const n of notices) {
          // Astro wants paths relative to the project (NOTICES_DIR may be anywhere).
          const filePath = path.relative(root, path.resolve(n.file));
          // No parseData(): validateAll has already run this collection's schema (Notice)
          // on exactly this data; running zod a second time per notice only cost time.
          store.set({ id: n.slug, data: n.data as Record<string, unknown>, filePath });
        }
      };
      await sync();
      // In `astro dev`, re-read on every change; a broken file is reported, not fatal.
      watcher?.add(dir);
      watcher?.on('all', (_event, changed) => {
        if (!changed.includes(dir.replace(/^\.\//, ''))) return;
        sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}

export const collections = {
  notices: defineCollection({ loader: noticeLoader(), schema: Notice }),
};
