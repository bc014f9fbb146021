/**
 * The one route of validated content (src/pipeline/content.ts): a folder is validated once,
 * with the checks across files, and every reader gets that same result until the folder
 * is validated again.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, loadContent, reloadContent } from '../../src/pipeline/content.ts';
import { CONTENT, SEED_SLUG } from '../support/paths.ts';

function copy() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-'));
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

describe('the validated content', () => {
  it('holds the site identity and the notices of the folder', async () => {
    const c = await loadContent(copy());
    expect(c.problems).toEqual([]);
    expect(c.site?.shortName).toBe('Sở Ngoại vụ Hải Phòng');
    expect(c.notices.map((n) => n.slug)).toEqual([SEED_SLUG]);
  });

  it('is validated once: readers get the same result until it is reloaded', async () => {
    const dir = copy();
    const first = await content(dir);
    expect(await content(dir)).toBe(first);
    writeFileSync(path.join(dir, 'notices', `${SEED_SLUG}.yaml`), 'hỏng: [');
    expect(await content(dir)).toBe(first);
    const again = await reloadContent(dir);
    expect(again).not.toBe(first);
    expect(again.notices).toEqual([]);
    expect(again.problems[0]?.message).toMatch(/cú pháp YAML/);
  });

  it('refuses two files at one address, naming both', async () => {
    const dir = copy();
    cpSync(path.join(dir, 'notices', `${SEED_SLUG}.yaml`), path.join(dir, 'notices', `${SEED_SLUG}.yml`));
    const { problems } = await loadContent(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/\.yml$/);
    expect(problems[0]!.message).toContain(`${SEED_SLUG}.yaml`);
    expect(problems[0]!.message).toContain(`/thong-bao/${SEED_SLUG}/`);
  });

  it('refuses a broken site identity with the file and line', async () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'site.yaml'), 'name: Thông báo\nshortname: x\n');
    const { problems, site } = await loadContent(dir);
    expect(site).toBeNull();
    expect(problems.map((p) => [path.basename(p.file), p.line, p.label])).toEqual(
      expect.arrayContaining([['site.yaml', 2, 'shortname (trường lạ ở cấp ngoài cùng của tệp)']]),
    );
  });

  it('says so when the folder has no notice', async () => {
    const dir = copy();
    const empty = mkdtempSync(path.join(os.tmpdir(), 'empty-'));
    cpSync(path.join(dir, 'site.yaml'), path.join(empty, 'site.yaml'));
    const { problems } = await loadContent(empty);
    expect(problems[0]?.message).toMatch(/Không mở được tệp|Không có thông báo nào/);
  });
});
