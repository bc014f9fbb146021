/**
 * Validation against the floor of validation: reading and parsing the same files with the
 * same YAML parser (`yaml`) and doing nothing else. Both warm (one pass of each first, so
 * neither pays the JIT warm-up for the other), then alternated; prints the medians as JSON.
 * Usage: node bench/stages/parse-vs-validate.ts <notices-dir> [repeats]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { noticeFiles, validateAll } from '../../src/pipeline/validate.ts';
import { median } from '../lib/stats.ts';

const dir = process.argv[2];
const repeats = Number(process.argv[3] ?? 3);
if (!dir) throw new Error('usage: parse-vs-validate.ts <notices-dir> [repeats]');
const files = noticeFiles(dir);

function parseOnly(): number {
  const t = performance.now();
  for (const f of files) parse(readFileSync(f, 'utf8'));
  return performance.now() - t;
}

function validateOnly(): number {
  const t = performance.now();
  const { problems } = validateAll(files);
  if (problems.length) throw new Error(`${problems.length} problems in synthetic notices`);
  return performance.now() - t;
}

const firstValidateMs = validateOnly(); // cold: what the build pays once
parseOnly();
const parseMs: number[] = [];
const validateMs: number[] = [];
for (let i = 0; i < repeats; i++) {
  parseMs.push(parseOnly());
  validateMs.push(validateOnly());
}
console.log(JSON.stringify({ files: files.length, firstValidateMs, parseMs: median(parseMs), validateMs: median(validateMs) }));
