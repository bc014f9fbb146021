/**
 * Marks the end of one step of the build for the build's phase timings
 * (scripts/lib/build-phases.ts, `BUILD_PHASES=phases.json npm run build`). Integrations
 * call it at the end of their work; it does nothing when no recorder listens.
 */
const MARK = Symbol.for('thong-bao.build-phase');

export function markPhase(name: string): void {
  (globalThis as Record<symbol, ((name: string) => void) | undefined>)[MARK]?.(name);
}

export function listenToPhases(mark: (name: string) => void): void {
  (globalThis as Record<symbol, (name: string) => void>)[MARK] = mark;
}
