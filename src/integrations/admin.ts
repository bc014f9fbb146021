/**
 * The staff form's files (/admin/): its script, src/cms/main.ts, bundled by esbuild with
 * Sveltia CMS's npm build (which imports its translations and chunks for a bundler to
 * resolve) into /admin/cms.js and its chunks, plus the fonts and workers Sveltia finds
 * beside its code (`new URL('assets/…', import.meta.url)`). Written at the end of the
 * build, served from memory in `astro dev`. Bundled here rather than by Vite: Sveltia's
 * 2.5 MB stays out of the site's own bundling, and the site's pages never load it.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { build, version as esbuildVersion, type OutputFile, type Plugin } from 'esbuild';
import { ADMIN_ASSETS_DIR, ADMIN_PATH } from '../lib/urls.ts';
import { markPhase } from '../lib/phase.ts';

const ENTRY = fileURLToPath(new URL('../cms/main.ts', import.meta.url));
/** Sveltia's fonts and workers, which its code asks for relative to itself. */
const SVELTIA_ASSETS = path.join(path.dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), 'assets');

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };

/**
 * Sveltia highlights code in its code and Markdown fields with Shiki, importing each of
 * Shiki's 300 grammars and themes on demand: 350 files and 10 MB that a notice, which has
 * neither kind of field, never asks for. They are left out (an empty grammar list each).
 */
/**
 * Sveltia's Vietnamese strings, as staff should read them (src/cms/locale-vi.ts): its chunk
 * `locales/vi.json` becomes a module that imports the file and returns it patched. Both
 * files are inputs of the bundle, so a change to either bundles again.
 */
const VIETNAMESE_STRINGS = fileURLToPath(new URL('../cms/locale-vi.ts', import.meta.url));
const vietnameseStrings: Plugin = {
  name: 'vietnamese-strings',
  setup(b) {
    b.onResolve({ filter: /\/locales\/vi\.json$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}@sveltia${path.sep}cms${path.sep}`) || args.namespace === 'vi-strings') return undefined;
      return { path: path.resolve(args.resolveDir, args.path), namespace: 'vi-strings' };
    });
    b.onLoad({ filter: /.*/, namespace: 'vi-strings' }, (args) => ({
      contents: `import strings from ${JSON.stringify(args.path)} with { type: 'json' };\nimport { patchVietnamese } from ${JSON.stringify(VIETNAMESE_STRINGS)};\nexport default patchVietnamese(strings);`,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/** `node:path`, which the build's checks across files use (src/cms/node-path.ts). */
const NODE_PATH = fileURLToPath(new URL('../cms/node-path.ts', import.meta.url));
const browserPath: Plugin = {
  name: 'browser-path',
  setup(b) {
    b.onResolve({ filter: /^node:path$/ }, () => ({ path: NODE_PATH }));
  },
};

const noCodeHighlighting: Plugin = {
  name: 'no-code-highlighting',
  setup(b) {
    // One module for all of them, so they make one small chunk rather than 300.
    b.onResolve({ filter: /^@shikijs\/(langs|themes)\// }, () => ({ path: 'shiki', namespace: 'unused' }));
    b.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'export default [];', loader: 'js' }));
  },
};

/**
 * The last bundle, kept in node_modules/.cache/ with the SHA-256 of every file esbuild read
 * to make it (its metafile's inputs: our form's code, the model and schema it imports,
 * Sveltia's files). Bundling costs ≈ 0.4 s of CPU on every build, yet these files change
 * with the project's code, not with the notices: a rebuild after a notice changed finds
 * every input as it was and reuses the bundle. Any input changed, gone or unreadable, or
 * another esbuild: bundled again. A fresh clone (CI, the deploy) always bundles.
 */
const CACHE_DIR = path.resolve('node_modules/.cache/thong-bao-admin');

interface CacheManifest {
  esbuild: string;
  /** Every input, absolute, with its SHA-256. */
  inputs: Record<string, string>;
  /** The bundle's files, by their path under /admin/, stored as they are beside the manifest. */
  files: string[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function cachedBundle(cacheDir = CACHE_DIR): Map<string, Uint8Array> | null {
  try {
    const c = JSON.parse(readFileSync(path.join(cacheDir, 'manifest.json'), 'utf8')) as CacheManifest;
    if (c.esbuild !== esbuildVersion) return null;
    for (const [file, hash] of Object.entries(c.inputs)) if (sha256(readFileSync(file)) !== hash) return null;
    return new Map(c.files.map((rel) => [rel, readFileSync(path.join(cacheDir, 'files', rel))]));
  } catch {
    return null;
  }
}

export function saveBundle(inputs: string[], files: Map<string, Uint8Array>, cacheDir = CACHE_DIR): void {
  // Written into a folder of its own then renamed: builds running side by side (the tests')
  // never read half a cache.
  const temp = `${cacheDir}.${process.pid}`;
  try {
    rmSync(temp, { recursive: true, force: true });
    for (const [rel, body] of files) {
      mkdirSync(path.dirname(path.join(temp, 'files', rel)), { recursive: true });
      writeFileSync(path.join(temp, 'files', rel), body);
    }
    const c: CacheManifest = { esbuild: esbuildVersion, inputs: Object.fromEntries(inputs.map((f) => [f, sha256(readFileSync(f))])), files: [...files.keys()] };
    writeFileSync(path.join(temp, 'manifest.json'), JSON.stringify(c));
    rmSync(cacheDir, { recursive: true, force: true });
    renameSync(temp, cacheDir);
  } catch {
    // A cache that cannot be written only costs the next build its bundling.
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The form's script and its chunks, keyed by their path under /admin/. */
export async function adminBundle(): Promise<Map<string, Uint8Array>> {
  const cached = cachedBundle();
  if (cached) return cached;
  const outdir = '/admin-bundle';
  const r = await build({
    entryPoints: { cms: ENTRY },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    write: false,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [noCodeHighlighting, vietnameseStrings, browserPath],
    metafile: true,
  });
  const files = new Map(r.outputFiles.map((f: OutputFile) => [path.relative(outdir, f.path).split(path.sep).join('/'), f.contents]));
  // Inputs in a namespace of their own (the emptied Shiki grammars) are not files.
  const inputs = Object.keys(r.metafile.inputs).filter((i) => !i.includes(':')).map((i) => path.resolve(i));
  saveBundle(inputs, files);
  return files;
}

export default function admin(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'admin',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${config.base.endsWith('/') ? config.base : `${config.base}/`}${ADMIN_PATH}`;
        // Bundled on the first request for the form's script (a few seconds), then kept:
        // the form's code changes with the project, not with the notices.
        let bundle: Promise<Map<string, Uint8Array>> | undefined;
        server.middlewares.use(async (req, res, next) => {
          const url = (req.url ?? '').split('?')[0]!;
          if (!url.startsWith(prefix)) return next();
          const rel = url.slice(prefix.length);
          const type = TYPES[path.extname(rel)];
          try {
            if (rel.startsWith(ADMIN_ASSETS_DIR.slice(ADMIN_PATH.length))) {
              const file = path.join(SVELTIA_ASSETS, path.normalize(rel.slice(ADMIN_ASSETS_DIR.length - ADMIN_PATH.length)));
              if (!file.startsWith(SVELTIA_ASSETS)) return next();
              res.setHeader('Content-Type', type ?? 'application/octet-stream');
              return res.end(readFileSync(file));
            }
            if (!rel.endsWith('.js')) return next();
            const body = (await (bundle ??= adminBundle())).get(rel);
            if (!body) return next();
            res.setHeader('Content-Type', type!);
            res.end(body);
          } catch (e) {
            bundle = undefined;
            res.statusCode = 500;
            res.end(String(e));
          }
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = path.join(fileURLToPath(dir), ADMIN_PATH);
        for (const [rel, body] of await adminBundle()) {
          mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
          writeFileSync(path.join(out, rel), body);
        }
        cpSync(SVELTIA_ASSETS, path.join(out, ADMIN_ASSETS_DIR.slice(ADMIN_PATH.length)), { recursive: true, filter: (f) => !f.endsWith('.map') });
        markPhase('staff editor (/admin/: its script and Sveltia, bundled)');
      },
    },
  };
}
