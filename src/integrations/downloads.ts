/**
 * Publishes each notice's vCards and open-data JSON (src/lib/downloads.ts): written
 * into the output folder when the build is done, served from memory in `astro dev`.
 *
 * The notices are the validated ones: in `npm run build`, the hand-off of step 1 (see
 * src/lib/validated-notices.ts), which is used only if it matches the files byte for byte;
 * otherwise they are validated here. An invalid notice fails the build, as it does in the
 * content loader; in `astro dev` it is left out, as the loader leaves its page out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NOTICES_DIR } from '../lib/validate.ts';
import { validatedNotices, VALIDATED_ENV } from '../lib/validated-notices.ts';
import { noticeDownloads, type Download } from '../lib/downloads.ts';

const noticesDir = () => process.env.NOTICES_DIR ?? NOTICES_DIR;

function allFiles(site: URL | undefined, base: string, handOff: string | undefined): { files: Download[]; invalid: number } {
  const { notices, problems } = validatedNotices(noticesDir(), handOff);
  return { files: notices.flatMap((n) => noticeDownloads(n.slug, n.data, site, base)), invalid: problems.length };
}

export default function downloads(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'notice-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = base.endsWith('/') ? base : `${base}/`;
        server.middlewares.use((req, res, next) => {
          let url: string;
          try {
            url = decodeURIComponent((req.url ?? '').split('?')[0]!);
          } catch {
            return next(); // a malformed address: Astro answers it
          }
          if (!url.startsWith(prefix) || !/\.(vcf|json)$/.test(url)) return next();
          // Read afresh on each request: staff edit the YAML while `astro dev` runs.
          const file = allFiles(site, base, undefined).files.find((f) => f.path === url.slice(prefix.length));
          if (!file) return next();
          res.setHeader('Content-Type', file.contentType);
          res.end(file.body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { files, invalid } = allFiles(site, base, process.env[VALIDATED_ENV]);
        if (invalid) throw new Error('Có thông báo không hợp lệ: xem các lỗi ở trên.');
        const out = fileURLToPath(dir);
        const made = new Set<string>();
        for (const f of files) {
          const target = path.join(out, f.path);
          const folder = path.dirname(target);
          if (!made.has(folder)) mkdirSync(folder, { recursive: true });
          made.add(folder);
          writeFileSync(target, f.body);
        }
        logger.info(`${files.length} tệp vCard và dữ liệu mở`);
      },
    },
  };
}
