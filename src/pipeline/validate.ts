/**
 * Reading and validating notice files: the entry point the build, the content loader,
 * `npm run validate` and the tests import. The implementation lives in `./validation/`.
 */
export * from './validation/index.ts';
