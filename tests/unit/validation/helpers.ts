import { readdirSync } from 'node:fs';
import path from 'node:path';
import { formatProblems, validateFile, validateSource, type NoticeOptions } from '../../../src/pipeline/validate.ts';
import { FIXTURES, ROOT } from '../../support/paths.ts';

export const INVALID = path.join(FIXTURES, 'invalid');

/** The formatted message for one file, as `npm run validate` prints it (paths relative to the project). */
export function messagesFor(file: string, options: NoticeOptions = {}): string {
  const r = validateFile(path.relative(ROOT, path.join(INVALID, file)), options);
  if (r.ok) throw new Error(`${file} was accepted`);
  return formatProblems(r.problems);
}

export function messagesForBytes(name: string, bytes: Uint8Array): string {
  const r = validateSource(`tests/fixtures/invalid/${name}`, bytes);
  if (r.ok) throw new Error(`${name} was accepted`);
  return formatProblems(r.problems);
}

export const invalidFixtures = () => readdirSync(INVALID).filter((f) => /\.ya?ml$/.test(f)).sort();
