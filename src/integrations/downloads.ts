/**
 * Publishes the files that are not pages (src/outputs/downloads.ts: vCards, QR codes, open data, its
 * JSON Schemas, the signed originals): written into the output folder when the build is done, served from
 * memory in `astro dev`, from the same validated content the pages read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { downloadBytes, siteDownloads } from '../outputs/downloads.ts';
import { markPhase } from '../lib/phase.ts';
import { integrationModels } from '../model/site-models.ts';

export default function downloads(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'notice-downloads',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = config.base.endsWith('/') ? config.base : `${config.base}/`;
        server.middlewares.use((req, res, next) => {
          let url: string;
          try {
            url = decodeURIComponent((req.url ?? '').split('?')[0]!);
          } catch {
            return next(); // a malformed address: Astro answers it
          }
          if (!url.startsWith(prefix) || !/\.(vcf|ics|json|pdf|svg)$/.test(url)) return next();
          // The latest validated content: the content loader revalidates on every change.
          integrationModels(config)
            .then((models) => {
              const file = models && siteDownloads(models).find((f) => f.path === url.slice(prefix.length));
              if (!file) return next();
              res.setHeader('Content-Type', file.contentType);
              res.end(downloadBytes(file));
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const models = await integrationModels(config);
        if (!models) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        const out = fileURLToPath(dir);
        const files = siteDownloads(models);
        const made = new Set<string>();
        for (const f of files) {
          const target = path.join(out, f.path);
          const folder = path.dirname(target);
          if (!made.has(folder)) mkdirSync(folder, { recursive: true });
          made.add(folder);
          writeFileSync(target, downloadBytes(f));
        }
        const originals = files.filter((f) => typeof f.body !== 'string').length;
        logger.info(`${files.length - originals} tệp vCard và dữ liệu mở${originals ? `, ${originals} bản gốc` : ''}`);
        markPhase('vCards and open data');
      },
    },
  };
}
