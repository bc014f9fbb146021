import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
/** The agency's original text, kept outside the repository in ../shared. */
export const SEED_TEXT = path.resolve(ROOT, '../shared/seed/notice-hotline-2026-05.txt');
export const SEED_YAML = path.join(ROOT, 'content/notices/duong-day-nong-2026-05.yaml');
export const SEED_SLUG = 'duong-day-nong-2026-05';
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
