/**
 * `astro dev` as a developer's shell starts it (`npm run dev`), for the tests of what staff
 * preview: on a free port, beside any dev server the developer has running (--ignore-lock),
 * and not with Vitest's environment (NODE_ENV=test, BASE_URL, MODE…, which Vite would take
 * for its own). `contentDir` points it at another content folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface DevServer {
  /** http://127.0.0.1:<port>/ */
  base: string;
  /** Everything the server has printed so far (its messages to staff). */
  readonly output: string;
  /** Resolves once `probe` gives a value; fails with the server's output if not within `ms` or if it exits. */
  until<T>(what: string, probe: () => Promise<T | undefined>, ms?: number): Promise<T>;
  close(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts the dev server and resolves once its index page answers. */
export async function startDevServer({ contentDir }: { contentDir?: string } = {}): Promise<DevServer> {
  const port = await freePort();
  const dev: ChildProcess = spawn(path.join(ROOT, 'node_modules/.bin/astro'), ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: {
      PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      HOME: process.env.HOME ?? ROOT,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout!.on('data', (d: Buffer) => (output += d));
  dev.stderr!.on('data', (d: Buffer) => (output += d));
  const server: DevServer = {
    base: `http://127.0.0.1:${port}/`,
    get output() {
      return output;
    },
    async until(what, probe, ms = 60_000) {
      const deadline = Date.now() + ms;
      let last: unknown;
      for (;;) {
        try {
          const got = await probe();
          if (got !== undefined) return got;
        } catch (e) {
          last = (e as Error).cause ?? e;
        }
        if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`${what}: not in time${last ? ` (${String(last)})` : ''}.\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    close: () => void dev.kill(),
  };
  try {
    await server.until('astro dev starts', async () => ((await fetch(server.base)).ok ? true : undefined));
  } catch (e) {
    server.close();
    throw e;
  }
  return server;
}
