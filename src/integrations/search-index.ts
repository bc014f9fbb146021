/**
 * Pagefind wired as an integration reading the build's result (as Starlight does): at
 * the end of the build, one search record per notice page in each of the site's
 * languages (src/lib/search-record.ts) from the site models, with addresses under
 * Astro's base path, each checked against a page the build wrote. Pagefind keeps one
 * index per language, and each search page loads that of its own <html lang>.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { searchRecord } from '../lib/search-record.ts';
import { SearchIndexError, writeSearchIndex } from '../lib/search-index.ts';
import { markPhase } from '../lib/phase.ts';
import { integrationModels } from './site-model.ts';

export default function searchIndex(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const models = integrationModels(config);
        if (!models) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        const out = fileURLToPath(dir);
        const records = models.flatMap((model) =>
          model.notices.map((v) => {
            if (!existsSync(path.join(out, v.paths.page, 'index.html'))) {
              throw new SearchIndexError(`không có trang ${model.links.href(v.paths.page)} để trỏ tới.`);
            }
            return searchRecord(v, model.links.href(v.paths.page));
          }),
        );
        const pages = await writeSearchIndex(out, records);
        logger.info(`Chỉ mục tìm kiếm: ${pages / models.length} thông báo, ${models.length} ngôn ngữ.`);
        markPhase('search index (Pagefind, its binary included)');
      },
    },
  };
}
