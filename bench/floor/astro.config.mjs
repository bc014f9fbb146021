// @ts-check
/**
 * The floor: the least an Astro site can do with the same text. No content collection,
 * no schema, no components, no stylesheet: one page per notice whose text is plain
 * paragraphs. `npm run bench` builds it next to the real site and divides.
 * FLOOR_TEXT_DIR holds one `<slug>.txt` per page, one paragraph per line.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.invalid',
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
});
