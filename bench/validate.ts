/**
 * `npm run bench:validate`: how long validation takes per file, for the published notices,
 * every file of the invalid corpus and a few generated worst cases (a file just under the
 * size limit full of unknown keys, deep nesting, an alias bomb). Prints figures; the
 * target is well under a second per file. Timings are not asserted in tests, on purpose.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES, noticeFiles, validateSource } from '../src/pipeline/validate.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const cases: [string, Uint8Array][] = [
  ...noticeFiles('content/notices').map((f): [string, Uint8Array] => [f, readFileSync(f)]),
  ...noticeFiles('tests/fixtures/invalid').map((f): [string, Uint8Array] => [f, readFileSync(f)]),
  ['(sinh) 250 KB toàn trường lạ', enc(Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n').slice(0, MAX_FILE_BYTES - 10))],
  ['(sinh) 250 KB một trường', enc(`subject: ${'chữ '.repeat(50_000)}`.slice(0, MAX_FILE_BYTES / 2))],
  ['(sinh) 100 000 dấu [', enc(`subject: ${'['.repeat(100_000)}`)],
  ['(sinh) bom bí danh 12 tầng', enc(['a: &a0 [x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 12 }, (_, i) => `b${i}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`)].join('\n'))],
  ['(sinh) 1 MB', enc('x'.repeat(1024 * 1024))],
];

// Warm up once (first zod/yaml use compiles code paths), then take the best of 5.
validateSource('warmup.yaml', cases[0][1]);
let worst = 0;
const rows = cases.map(([name, bytes]) => {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    validateSource(name, bytes);
    best = Math.min(best, performance.now() - t);
  }
  worst = Math.max(worst, best);
  return `${best.toFixed(1).padStart(8)} ms  ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  ${path.basename(name)}`;
});
console.log(rows.join('\n'));
console.log(`Chậm nhất: ${worst.toFixed(1)} ms cho một tệp (mục tiêu: dưới 1000 ms).`);
