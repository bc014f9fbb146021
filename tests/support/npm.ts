/**
 * `npm run -s <args>` in the project, as a developer or CI runs it, without blocking the
 * test's worker while it runs (several can run at once). Never throws for an exit code:
 * the test reads `code`, `stdout` and `stderr`.
 */
import { execFile } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface NpmResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function npmRun(args: string[], env: Record<string, string> = {}): Promise<NpmResult> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
