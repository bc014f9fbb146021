/**
 * Writing notice YAML: the canonical style (canonical.ts) and in-place updates that keep
 * everything the data leaves alone (update.ts). Pure, browser-safe.
 */
export { LINE_WIDTH, UnsupportedYamlError, formatNotice, formatYaml, newNoticeYaml, newYaml } from './canonical.ts';
export { updateNoticeYaml, updateYaml } from './update.ts';
export { YamlSyntaxError } from './source.ts';
export { NOTICE_LAYOUT, NOTICE_SCHEMA_COMMENT } from './notice-layout.ts';
export type { FieldPath, Layout } from './data.ts';
