/**
 * Where a build's time goes, measured inside the build itself: CPU (user + system, every
 * thread of this process, plus the children it has waited for, such as Pagefind's binary)
 * and wall time between marks. scripts/build.ts marks its own steps, and Astro's phases
 * through the hooks of phaseIntegration(); `npm run bench` reads the result (BUILD_PHASES)
 * for ours and for the floor and prints them side by side (bench/results.md).
 *
 * Costs nothing unless BUILD_PHASES names the JSON file to write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { listenToPhases } from '../../src/lib/phase.ts';

export const PHASES_ENV = 'BUILD_PHASES';

export interface Phase {
  /** What ran between the previous mark and this one. */
  name: string;
  wallMs: number;
  cpuMs: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux build). */
const TICKS = 100;

/** CPU of the children this process has waited for (cutime + cstime), in ms; 0 off Linux. */
function waitedChildrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces): cutime and cstime are 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
  } catch {
    return 0;
  }
}

function now() {
  const u = process.cpuUsage();
  return { wallMs: performance.now(), cpuMs: (u.user + u.system) / 1000 + waitedChildrenCpuMs() };
}

export interface PhaseRecorder {
  /** Ends the current phase, named `name`. The first phase starts when Node started. */
  mark(name: string): void;
  /** Astro's phases, marked from its hooks (add to the build's inline config). */
  integration(): AstroIntegration;
  /** Writes the phases to BUILD_PHASES, if set. */
  save(): void;
}

export function phaseRecorder(): PhaseRecorder {
  const target = process.env[PHASES_ENV];
  const phases: Phase[] = [];
  // performance.now() counts from Node's start; process.cpuUsage() too.
  let last = { wallMs: 0, cpuMs: 0 };
  let bundling = false;
  const mark = (name: string) => {
    if (!target) return;
    const t = now();
    const phase = { name, wallMs: t.wallMs - last.wallMs, cpuMs: t.cpuMs - last.cpuMs };
    // Marked twice in a row (Vite bundles the server and the browser side one after the
    // other): one phase.
    const prev = phases.at(-1);
    if (prev?.name === name) {
      prev.wallMs += phase.wallMs;
      prev.cpuMs += phase.cpuMs;
    } else phases.push(phase);
    last = t;
  };
  // Our integrations mark the end of their own steps (src/lib/phase.ts).
  if (target) listenToPhases(mark);
  return {
    mark,
    integration: () => ({
      name: 'build-phases',
      hooks: {
        // Astro has no hook between bundling and rendering: a Vite plugin marks the end of
        // each bundle (the content layer's own Vite run, before build:start, aside).
        'astro:config:setup': ({ updateConfig }) => {
          const closeBundle = () => {
            if (bundling) mark('astro: bundle (Vite: pages, CSS, scripts)');
          };
          updateConfig({ vite: { plugins: [{ name: 'build-phases', closeBundle }] } });
        },
        'astro:config:done': () => mark('astro: load Astro, config, routes'),
        'astro:build:start': () => {
          mark('astro: content layer (sync the collection) and types');
          bundling = true;
        },
        'astro:build:generated': () => mark('astro: render and write the pages'),
        // What is left of build:done after our integrations marked theirs: the sitemap and Astro's own.
        'astro:build:done': () => mark('astro: build:done hooks (sitemap)'),
      },
    }),
    save: () => {
      if (target) writeFileSync(target, `${JSON.stringify(phases, null, 2)}\n`);
    },
  };
}
