/**
 * Ajv in strict mode (its default, said outright here), with ajv-formats, as another
 * consumer of the open data would run it: every JSON Schema the site publishes under
 * /du-lieu/luoc-do/ must compile (no unknown keyword, no ambiguous type, no unknown format),
 * carry its own published address as $id, and every open-data file must name one of them
 * in $schema and be valid by it. Returns the problems found; an empty list is a pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const SCHEMA_DIR = 'du-lieu/luoc-do';

export function strictAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

/** Problems of one schema under Ajv's strict mode: none, or why it refuses to compile it. */
export function strictSchemaProblems(schema: unknown, name = 'schema'): string[] {
  try {
    strictAjv().compile(schema as object);
    return [];
  } catch (e) {
    return [`${name}: ${(e as Error).message}`];
  }
}

/** `published`: the site's address with its base path ("https://…/sub/"). */
export function openDataProblems(dist: string, published: string): string[] {
  const problems: string[] = [];
  const ajv = strictAjv();
  const schemaFiles = readdirSync(path.join(dist, SCHEMA_DIR)).filter((f) => f.endsWith('.json'));
  if (schemaFiles.length === 0) problems.push(`no schema in ${SCHEMA_DIR}/`);
  for (const f of schemaFiles) {
    const rel = `${SCHEMA_DIR}/${f}`;
    const schema = JSON.parse(readFileSync(path.join(dist, rel), 'utf8'));
    if (schema.$id !== `${published}${rel}`) problems.push(`${rel}: $id ${JSON.stringify(schema.$id)} is not its published address ${published}${rel}`);
    try {
      ajv.addSchema(schema);
      ajv.getSchema(schema.$id); // compiles it, in strict mode
    } catch (e) {
      problems.push(`${rel}: ${(e as Error).message}`);
    }
  }
  const data = readdirSync(path.join(dist, 'du-lieu'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !f.startsWith('luoc-do'))
    .map((f) => `du-lieu/${f.split(path.sep).join('/')}`);
  if (data.length === 0) problems.push('no open-data file in du-lieu/');
  for (const rel of data) {
    const file = JSON.parse(readFileSync(path.join(dist, rel), 'utf8'));
    let validate;
    try {
      validate = ajv.getSchema(file.$schema);
    } catch {
      validate = undefined;
    }
    if (!validate) {
      problems.push(`${rel}: $schema ${JSON.stringify(file.$schema)} is none of the published schemas`);
      continue;
    }
    if (!validate(file)) problems.push(`${rel}: ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}
