/**
 * The architecture, written down once: the layers of src/ and the one direction their
 * imports run in. `npm test` runs it (tests/unit/architecture.test.ts); by hand:
 * `npx depcruise src scripts --config .dependency-cruiser.cjs`.
 *
 * From the bottom up:
 *   lib, i18n        small helpers (phones, dates, URLs…) and the interface's words
 *   schema           the Decree 30 frame and the fields every notice is built of
 *   kinds            each kind of notice (src/kinds/<kind>/): its body, translation,
 *                    sections and contact view; the registry (src/kinds/index.ts)
 *   notice schema    src/schema/notice.ts: the frame + the union of the kinds
 *   original, yaml-format   the signed-original verifier; the YAML writer
 *   pipeline         loading, validation, the checks across files
 *   model            the view model, built once per build and language
 *   outputs          files made from the model: vCards, JSON-LD, feeds, search, open data, PDFs
 *   components, layouts, pages, integrations, cms, middleware, scripts   the top
 * A layer imports only layers below it; nothing imports in a circle.
 */
const LAYERS = [
  { name: 'lib', path: '^src/lib/' },
  { name: 'i18n', path: '^src/i18n/' },
  { name: 'schema', path: '^src/schema/(?!notice\\.ts$)' },
  { name: 'kinds', path: '^src/kinds/' },
  { name: 'notice-schema', path: '^src/schema/notice\\.ts$' },
  { name: 'original', path: '^src/original/' },
  { name: 'yaml-format', path: '^src/yaml-format/' },
  { name: 'pipeline', path: '^src/pipeline/' },
  { name: 'model', path: '^src/model/' },
  { name: 'outputs', path: '^src/outputs/' },
  { name: 'top', path: '^(src/(components|layouts|pages|integrations|cms|scripts|styles)/|src/(middleware|content\\.config|env\\.d)\\.ts$|scripts/|astro\\.config\\.mjs$)' },
];

/** What each layer may import besides itself (and packages): only what is below it. */
const MAY_IMPORT = {
  lib: [],
  i18n: [],
  schema: ['lib', 'i18n'],
  kinds: ['lib', 'i18n', 'schema'],
  'notice-schema': ['lib', 'i18n', 'schema', 'kinds'],
  original: ['lib'],
  'yaml-format': ['lib', 'schema', 'kinds', 'notice-schema'],
  pipeline: ['lib', 'i18n', 'schema', 'kinds', 'notice-schema', 'original', 'yaml-format'],
  model: ['lib', 'i18n', 'schema', 'kinds', 'notice-schema', 'original', 'pipeline'],
  outputs: ['lib', 'i18n', 'schema', 'kinds', 'notice-schema', 'original', 'pipeline', 'model'],
};

const byName = Object.fromEntries(LAYERS.map((l) => [l.name, l]));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties modules together so that neither can change or be read alone.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...Object.entries(MAY_IMPORT).map(([name, allowed]) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `${name} imports only ${allowed.length ? allowed.join(', ') : 'itself'} (and packages): imports run one way, up.`,
      from: { path: byName[name].path },
      to: {
        path: '^(src|scripts)/',
        pathNot: [byName[name].path, ...allowed.map((a) => byName[a].path)],
      },
    })),
    {
      name: 'kinds-below-the-union',
      severity: 'error',
      comment: 'A kind is part of the notice schema, never a user of it: it imports its own folder, the frame and fields.',
      from: { path: '^src/kinds/' },
      to: { path: '^src/schema/notice\\.ts$' },
    },
    {
      name: 'original-runs-in-the-browser',
      severity: 'error',
      comment:
        'The staff form verifies an attached original with this same code before the save (src/cms/original.ts): no Node built-in in it, nor in the helpers it uses, but trust.ts (reading content/trust/ from disk, for the build).',
      from: { path: '^src/(original/(?!trust\\.ts$)|lib/bytes\\.ts$)' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file.',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: ['^astro:', '^virtual:'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.json', '.astro'] },
    // Tests sit above everything they test, even beside a kind's code (src/kinds/<kind>/*.test.ts).
    exclude: { path: ['^node_modules', '^dist', '^\\.astro/', '^\\.test-results', '\\.test\\.ts$'] },
  },
};
