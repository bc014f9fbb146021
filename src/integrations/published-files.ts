/**
 * The SHA-256 of every file the site published for residents to keep (src/outputs/published-files.ts),
 * from the output folder itself, at the very end of the build: after the vCards and
 * originals (src/integrations/downloads.ts) and the PDFs (src/integrations/pdfs.ts) are
 * written, so each hash is that of the file as served. Writes the open data
 * (/du-lieu/tep-da-cong-bo.json, and its JSON Schema), and fills the hashes into the check
 * page of each language (/kiem-tra-tep/, /en/kiem-tra-tep/).
 *
 * Same content, same bytes: the list follows the notices' order, and the hashes are of
 * files that are themselves the same from build to build (the PDFs included,
 * src/outputs/pdf/finalize.ts). Without Chromium no PDF exists, and none is listed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { json, schemaFile } from '../outputs/downloads.ts';
import { knownHash } from '../outputs/known-hashes.ts';
import { fillFileHashes, publishedFileIndex, publishedFiles, PublishedFileIndex, type FileHash } from '../outputs/published-files.ts';
import { PUBLISHED_FILES_PATH, PUBLISHED_FILES_SCHEMA_PATH } from '../lib/urls.ts';
import { markPhase } from '../lib/phase.ts';
import { integrationModels } from '../model/site-models.ts';

export default function publishedFilesIntegration(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'published-files',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const models = await integrationModels(config);
        if (!models) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        const out = fileURLToPath(dir);
        const files = publishedFiles(models[0]!);
        const hashes = new Map<string, FileHash>();
        for (const f of files) {
          const file = path.join(out, f.path);
          // Only a generated PDF may be missing: the build without Chromium makes none.
          if (f.kind === 'generated-pdf' && !existsSync(file)) continue;
          // A PDF the PDF step wrote has its hash already (src/outputs/known-hashes.ts), while the file is unchanged.
          const known = knownHash(file);
          if (known) {
            hashes.set(f.path, { sha256: known, bytes: statSync(file).size });
            continue;
          }
          // Any other file is read at once, not asked first whether it is there (a stat more for each of thousands of vCards).
          let bytes: Buffer;
          try {
            bytes = readFileSync(file);
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
            throw new Error(`${f.path}: tệp lẽ ra đã được công bố nhưng không có trong thư mục dựng trang.`, { cause: e });
          }
          hashes.set(f.path, { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
        }
        const index = publishedFileIndex(models[0]!, files, hashes);
        writeFileSync(path.join(out, PUBLISHED_FILES_PATH), json(index));
        const schema = schemaFile(PublishedFileIndex, PUBLISHED_FILES_SCHEMA_PATH, models[0]!);
        writeFileSync(path.join(out, schema.path), schema.body as string);

        const byPath = new Map([...hashes].map(([p, h]) => [p, h.sha256]));
        for (const m of models) {
          const page = path.join(out, m.paths.fileCheck, 'index.html');
          try {
            writeFileSync(page, fillFileHashes(readFileSync(page, 'utf8'), byPath));
          } catch (e) {
            throw new Error(`${path.relative(out, page)}: ${(e as Error).message}`, { cause: e });
          }
        }
        logger.info(`mã SHA-256 của ${hashes.size} tệp đã công bố`);
        markPhase('SHA-256 of the published files');
      },
    },
  };
}
