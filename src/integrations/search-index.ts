/**
 * Pagefind wired as an integration reading the build's result (as Starlight does): at
 * the end of the build, one search record per notice page (src/lib/search-record.ts)
 * from the site model, with addresses under Astro's base path, each checked against a
 * page the build wrote.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { searchRecord } from '../lib/search-record.ts';
import { SearchIndexError, writeSearchIndex } from '../lib/search-index.ts';
import { markPhase } from '../lib/phase.ts';
import { integrationModel } from './site-model.ts';

export default function searchIndex(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const model = await integrationModel(config);
        if (!model) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        const out = fileURLToPath(dir);
        const records = model.notices.map((v) => {
          if (!existsSync(path.join(out, v.paths.page, 'index.html'))) {
            throw new SearchIndexError(`không có trang ${model.links.href(v.paths.page)} để trỏ tới.`);
          }
          return searchRecord(v, model.links.href(v.paths.page));
        });
        logger.info(`Chỉ mục tìm kiếm: ${await writeSearchIndex(out, records)} thông báo.`);
        markPhase('search index (Pagefind, its binary included)');
      },
    },
  };
}
