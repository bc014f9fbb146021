/**
 * Validating notice files: the one implementation behind `npm run validate`, the build,
 * the content loader in `astro dev`, and the tests, so all of them refuse a file with the
 * same messages. Each job has its own module:
 *
 *   check.ts          one file's bytes through the steps below, in order
 *   source.ts         whole-file refusals on the bytes: name, size, encoding, tabs, nesting
 *   structure.ts      the YAML document: syntax, shape, aliases, keys written twice
 *   schema-issues.ts  the zod schema's issues as messages staff can act on
 *   files.ts          reading files and folders, and the checks across files
 *   cache.ts          each file's result kept between builds (by its bytes and the validator's code)
 *   original.ts       the signed original beside a valid notice (async: after the rest)
 *   format.ts         how problems are printed (terminal, GitHub annotations)
 *
 * Parser: `yaml` (eemeli/yaml) rather than js-yaml, because it follows YAML 1.2 like the
 * editors staff use (VS Code's YAML extension is built on it: `date: 2026-05-15` is text
 * in both), and it keeps the exact source position of every node, which is what lets a
 * message point at the line and column of the offending field.
 */
export type { CheckedOriginal, FieldPath, LoadResult, Problem, ValidNotice } from './types.ts';
export { checkOriginals, contentTrustRoots, validateNotices, MAX_ORIGINAL_BYTES } from './original.ts';
export { validateSource, validateYaml, normalizeStrings, MAX_PROBLEMS_PER_FILE, type NoticeOptions } from './check.ts';
export { SLUG, MAX_FILE_BYTES, slugOf } from './source.ts';
export { NOTICES_DIR, noticeFiles, validateFile, validateAll, readFileProblem } from './files.ts';
export { formatProblem, formatProblems, formatWarnings, formatGithub } from './format.ts';
export { fieldTitle, fieldLabel, languageName } from './fields.ts';
export { validateStrings } from './strings.ts';
export { ValidationCache, validatorFingerprint } from './cache.ts';
