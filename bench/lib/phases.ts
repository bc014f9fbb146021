/** The phases of several runs of a build (scripts/lib/build-phases.ts), summarised. */
import type { Phase } from '../../scripts/lib/build-phases.ts';
import { median } from './stats.ts';

/** What the measured whole spent that no phase saw: Node's exit, children never waited for. */
export const OUTSIDE = 'outside the phases (exit, children not waited for)';

/**
 * Median CPU ms of each phase over the runs, in the order the phases ran, plus OUTSIDE: the
 * median of each run's whole CPU (measured from outside the process) less its phases' sum.
 * A phase missing from a run counts 0 there.
 */
export function phaseMedians(runs: Phase[][], wholeCpuMs: number[]): Map<string, number> {
  const names: string[] = [];
  for (const run of runs) for (const p of run) if (!names.includes(p.name)) names.push(p.name);
  const out = new Map<string, number>();
  for (const name of names) out.set(name, median(runs.map((run) => run.filter((p) => p.name === name).reduce((s, p) => s + p.cpuMs, 0))));
  if (wholeCpuMs.length === runs.length && runs.length > 0) {
    out.set(OUTSIDE, median(runs.map((run, i) => wholeCpuMs[i]! - run.reduce((s, p) => s + p.cpuMs, 0))));
  }
  return out;
}
