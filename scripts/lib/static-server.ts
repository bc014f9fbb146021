/**
 * A tiny static file server over a built `dist/`, on a free loopback port. Tests and tools
 * use it instead of `astro preview` so they start fast and serve exactly the built files.
 * `base` serves the site under a sub-folder, as GitHub Pages does (BASE_PATH).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  base?: string;
  /**
   * Headers to send with the response to each address (its path, as requested), over the
   * server's own: a host's header rules (the tests serve a site with its _headers this way).
   */
  headers?: (pathname: string) => Record<string, string>;
}

export async function serveDir(dir: string, { base = '/', headers }: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const extra = headers?.(new URL(req.url ?? '/', 'http://x').pathname) ?? {};
    try {
      const fullPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!fullPath.startsWith(base)) throw new Error('outside base');
      const urlPath = `/${fullPath.slice(base.length)}`;
      let file = path.join(root, urlPath);
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      // Astro names its assets by their content: a browser may keep them. The build's PDF
      // step loads a thousand pages that share one print stylesheet and its fonts, and
      // without this Chromium would fetch and decode them again for every page.
      const immutable = urlPath.startsWith('/_astro/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...immutable, ...extra });
      res.end(body);
    } catch {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...extra });
      res.end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
