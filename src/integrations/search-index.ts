/**
 * Pagefind wired as an integration reading the build's result (as Starlight does): at
 * the end of the build, one search record per notice page and one for the directory of
 * hotlines in each of the site's languages (src/outputs/search-record.ts) from the site
 * models, with addresses under Astro's base path, each checked against a page the build
 * wrote. Pagefind keeps one index per language, and each search page loads that of its
 * own <html lang>. A language whose records are unchanged since the last build takes its
 * index from the build's cache folder (src/outputs/search-index.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { directorySearchRecord, searchRecord } from '../outputs/search-record.ts';
import { SearchIndexError, writeSearchIndex } from '../outputs/search-index.ts';
import { markPhase } from '../lib/phase.ts';
import { integrationModels } from '../model/site-models.ts';

export default function searchIndex(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const models = await integrationModels(config);
        if (!models) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        const out = fileURLToPath(dir);
        const records = models.flatMap((model) => {
          const page = (sitePath: string) => {
            if (!existsSync(path.join(out, sitePath, 'index.html'))) {
              throw new SearchIndexError(`không có trang ${model.links.href(sitePath)} để trỏ tới.`);
            }
            return model.links.href(sitePath);
          };
          return [...model.notices.map((v) => searchRecord(v, page(v.paths.page))), directorySearchRecord(model, page(model.paths.directory))];
        });
        const { pages, reused } = await writeSearchIndex(out, records, fileURLToPath(config.cacheDir));
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang, ${models.length} ngôn ngữ (${reused.length} dùng lại từ bộ nhớ đệm).`);
        markPhase('search index (Pagefind, its binary included)');
      },
    },
  };
}
