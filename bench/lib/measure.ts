/**
 * Runs one command and measures it: wall time, CPU time (user + system, the command and
 * every descendant it waited for, from GNU time) and peak memory of the whole process
 * tree (the sum of the resident set of the command and all its descendants, polled from
 * /proc every 50 ms; GNU time's own figure is the largest single process only, which
 * undercounts a build that runs Node and then Pagefind's native binary under it).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Sample {
  wallMs: number;
  cpuMs: number;
  peakRssKiB: number;
}

const PAGE_KIB = 4; // getconf PAGESIZE on x86-64 Linux

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return out;
}

function rssKiB(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KIB;
  } catch {
    return 0;
  }
}

/** Resident memory of every descendant of `root` (not `root` itself: that is GNU time). */
export function treeRssKiB(root: number): number {
  let sum = 0;
  const stack = childrenOf(root);
  while (stack.length) {
    const pid = stack.pop()!;
    sum += rssKiB(pid);
    stack.push(...childrenOf(pid));
  }
  return sum;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the command's output goes (kept for when a stage fails). */
  log: string;
}

/** Runs `cmd args` to completion; throws with the log's tail if it fails. */
export function measure(cmd: string, args: string[], opts: RunOptions): Promise<Sample> {
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, cmd, ...args], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const poll = () => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
    };
    const timer = setInterval(poll, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      writeFileSync(opts.log, output);
      let cpuMs = NaN;
      try {
        const [user, sys, maxRss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        cpuMs = ((user ?? NaN) + (sys ?? NaN)) * 1000;
        // A command shorter than one poll (50 ms) is never seen by it: then the largest single
        // process, as GNU time saw it, is the best figure there is.
        peak = Math.max(peak, maxRss ?? 0);
      } catch {
        /* reported as – */
      }
      rmSync(timeFile, { force: true });
      if (code !== 0) {
        reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}):\n${output.split('\n').slice(-30).join('\n')}`));
        return;
      }
      resolve({ wallMs, cpuMs, peakRssKiB: peak });
    });
  });
}

/** Several stages run one after another, as one pipeline: times add up, memory is the peak. */
export function sequence(samples: Sample[]): Sample {
  return {
    wallMs: samples.reduce((s, x) => s + x.wallMs, 0),
    cpuMs: samples.reduce((s, x) => s + x.cpuMs, 0),
    peakRssKiB: Math.max(...samples.map((x) => x.peakRssKiB)),
  };
}
