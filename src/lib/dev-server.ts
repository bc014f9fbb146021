/**
 * Whether this process is `astro dev`, the staff's preview server: said by the security-headers
 * integration from the command (`astro:config:setup`), read by what a page does differently there
 * (no policy <meta>, src/lib/csp.ts; the staff form's stand-in repository, src/pages/admin/index.astro).
 * Not `import.meta.env.DEV`, which is also true in a build run with any NODE_ENV but "production" (a
 * test runner's "test"): a site built so would be published as the preview server shows it.
 * On globalThis: Astro loads the integrations and the pages through module graphs of their own.
 */
const DEV_SERVER = Symbol.for('thong-bao.dev-server');

export function markDevServer(): void {
  (globalThis as Record<symbol, unknown>)[DEV_SERVER] = true;
}

export function onDevServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[DEV_SERVER] === true;
}
