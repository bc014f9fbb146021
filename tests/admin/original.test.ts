/**
 * Attaching a notice's signed original in the staff form (src/cms/original.ts), as staff do it
 * (staff guide, section 9): the PDF is chosen in the "Tệp PDF bản gốc" field, checked in the
 * browser by the build's verifier with the build's Vietnamese messages, and saved beside the
 * YAML in the pull request's one commit, `original.file` and `original.sha256` written from it.
 * A PDF the build would refuse is refused before anything is written to GitHub. The signing
 * fixtures (a throwaway PKI, a notice printed by Chromium and signed) are made at test time;
 * the repository the stand-in serves trusts their root in content/trust/.
 *
 * Against Sveltia 0.221's known problems with entry-relative media (README, "The signed
 * original is attached in the form"): the commit holds the YAML as our format wrote it (no
 * upload written over it), exactly two files, both directly in content/notices/ (no stray
 * folder), and the PDF is named after its notice (two notices never share one name). The
 * paths a file can take: the field's button (a file input), a file dropped on the field, in an
 * existing notice, one that already has an original, and a new one; none writes to `main`
 * (the media library's "Tải lên" is refused: tests/admin/staff-paths.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import type { GitHubMock } from '../support/github-mock.ts';
import { makeSigningFixtures, sha256, type SigningFixtures } from '../support/signing/index.ts';
import { verifyOriginal } from '../../src/original/verify.ts';
import { PREVIEW_WAIT, SEED, SEED_PATH, fill, fillNewNotice, lineDiff, openForm, openSeed, previewOf, reveal, save, sharedForm } from './helpers.ts';

let site: SiteSession;
/** The three signed PDFs these tests attach (makeSigningFixtures makes only those, and the keys they need). */
const PDFS = ['signed', 'otherSigner', 'untrustedCa'] as const;
let fx: SigningFixtures<(typeof PDFS)[number]>;
/**
 * The seed's form on the repository that trusts the fixtures' root, signed in once for the two
 * refusals (which commit nothing) and the signed PDF's save (after them).
 */
let seedForm: ReturnType<typeof sharedForm> | undefined;
beforeAll(async () => {
  [site, fx] = await Promise.all([openSite(FIXTURE_DIST), makeSigningFixtures(PDFS)]);
  seedForm = sharedForm(() => site, repository());
}, 240_000);
afterAll(async () => {
  await seedForm?.close();
  await site?.close();
});

const TRUST = 'content/trust/test-root.pem';
const PDF_PATH = SEED_PATH.replace(/\.yaml$/, '.pdf');
const PDF_NAME = PDF_PATH.split('/').pop()!;
/** A second draft, a copy of the seed under another name: another entry of the same folder. */
const COPY_PATH = 'content/notices/duong-day-nong-2026-05-ban-sao.yaml';
const COPY = SEED.replace(/^subject: >-\n(?: {2}.*\n)+/m, 'subject: Bản sao thử nghiệm của số điện thoại đường dây nóng\n');

/**
 * What the build says of `pdf` as the seed's original (src/pipeline/validation/original.ts:
 * each message after the PDF's path), with the seed's facts and number as the form has them.
 */
async function buildSays(pdf: Uint8Array, number?: string): Promise<string[]> {
  const result = await verifyOriginal({
    pdf,
    sha256: sha256(pdf),
    trustRoots: fx.trustRoots,
    expected: { signerName: 'Trần Thị Quỳnh Trang', issuerName: 'Sở Ngoại vụ thành phố Hải Phòng', date: '2026-05', ...(number ? { number } : {}) },
  });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${PDF_PATH}: ${p.message}`);
}

/** The repository the stand-in serves: the seed, the fixtures' trust root, and `files`. */
const repository = (files: Record<string, string> = {}) => ({ [SEED_PATH]: SEED, [TRUST]: fx.trustRoots[0]!, 'README.md': '# Thông báo\n', ...files });

async function start(files: Record<string, string> = {}, open = true) {
  const form = await openForm(site, repository(files));
  if (open) await openSeed(form.page);
  return form;
}

/** The shared seed form, open on the seed. */
async function seedOpen() {
  const form = await seedForm!.take();
  await openSeed(form.page);
  return form;
}

/** The original's file field: opened (an optional block Sveltia draws closed), its file input. */
async function originalInput(page: Page) {
  // An optional block the notice does not have yet: "Thêm Bản gốc" first, as staff do.
  const add = (await reveal(page, 'original')).getByRole('checkbox', { name: /^Thêm\W*Bản gốc/ });
  if ((await add.count()) && (await add.getAttribute('aria-checked')) === 'false') await add.click();
  const group = await reveal(page, 'original.file');
  return group.locator('input[data-original-input]');
}

/** Chooses `bytes` as the original, as staff would pick the file, and waits for the verdict. */
async function attach(page: Page, bytes: Uint8Array, name = '15-TB-NV.signed.pdf') {
  await (await originalInput(page)).setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
  const verdict = page.locator('[data-original-verdict="ok"], [data-original-verdict="refused"]').first();
  await verdict.waitFor();
  return { state: await verdict.getAttribute('data-original-verdict'), text: (await verdict.textContent()) ?? '' };
}

/** Drops `bytes` on the field, as staff drag a file from their folder onto it. */
async function dropOn(page: Page, bytes: Uint8Array, name: string) {
  await originalInput(page);
  const field = page.locator('[data-original-field]').first();
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const binary = atob(base64);
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(binary, (c) => c.charCodeAt(0))], name, { type: 'application/pdf' }));
      return dt;
    },
    { base64: Buffer.from(bytes).toString('base64'), name },
  );
  await field.dispatchEvent('drop', { dataTransfer });
  const verdict = page.locator('[data-original-verdict="ok"], [data-original-verdict="refused"]').first();
  await verdict.waitFor();
  return { state: await verdict.getAttribute('data-original-verdict'), text: (await verdict.textContent()) ?? '' };
}

/** The seed with an original already named (put there by hand, section 9.2 of the guide), and that file. */
const OLD_PDF = 'content/notices/15-TB-NV.signed.pdf';
const withOriginal = (sha: string) => SEED.replace(/^translations:/m, `original:\n  file: 15-TB-NV.signed.pdf\n  sha256: ${sha}\n\ntranslations:`);

/** What reached GitHub that writes anything: commits, branches, pull requests. */
const writes = (gh: GitHubMock) => gh.requests.filter((r) => ['createCommitOnBranch', 'createRef'].includes(r.operation ?? '') || (r.path !== 'graphql' && r.method !== 'GET'));

describe('the signed original, attached in the form', () => {
  it('a PDF signed by a certificate that does not chain to content/trust/: refused beside the field and on save, with the build\'s message; nothing written to GitHub', { timeout: 300_000 }, async () => {
    const { page, gh } = await seedOpen();
    const verdict = await attach(page, fx.pdfs.untrustedCa);
    expect(verdict.state).toBe('refused');
    const build = await buildSays(fx.pdfs.untrustedCa);
    expect(build.join('\n')).toContain('không thuộc chuỗi tin cậy');
    for (const m of build) expect(verdict.text).toContain(m);
    await save(page);
    const dialog = page.locator('[role="alertdialog"], [role="dialog"]').filter({ hasText: PDF_PATH }).first();
    await dialog.waitFor();
    for (const m of build) expect(await dialog.textContent()).toContain(m);
    expect(writes(gh)).toEqual([]);
    expect(gh.commits).toEqual([]);
  });

  it('a PDF naming another signer, and one whose printed number is not the notice\'s: refused before the save; nothing written', { timeout: 300_000 }, async () => {
    const { page, gh } = await seedOpen();
    const other = await attach(page, fx.pdfs.otherSigner);
    expect(other.state).toBe('refused');
    const build = await buildSays(fx.pdfs.otherSigner);
    expect(build.join('\n')).toContain('"Nguyễn Văn An", không phải người ký "Trần Thị Quỳnh Trang"');
    for (const m of build) expect(other.text).toContain(m);
    await save(page);
    await page.locator('[role="alertdialog"], [role="dialog"]').filter({ hasText: PDF_PATH }).first().waitFor();
    expect(writes(gh)).toEqual([]);

    // The right PDF, but the notice now says number 16: the PDF prints 15/TB-NV.
    await page.keyboard.press('Escape');
    await fill(page, 'number.sequence', '16');
    const wrongNumber = await attach(page, fx.pdfs.signed);
    expect(wrongNumber.state).toBe('refused');
    const wrong = await buildSays(fx.pdfs.signed, '16/TB-NV');
    expect(wrong.join('\n')).toContain('Tệp PDF ghi "Số: 15/TB-NV", còn YAML ghi số 16/TB-NV.');
    for (const m of wrong) expect(wrongNumber.text).toContain(m);
    expect(writes(gh)).toEqual([]);
    expect(gh.commits).toEqual([]);
  });

  it('a signed PDF: checked before the save, then committed beside the YAML in the pull request; the commit holds exactly the PDF and the original lines; main untouched', { timeout: 300_000 }, async () => {
    const { page, gh, problems } = await seedOpen();
    const mainBefore = gh.refs.get('main');
    const verdict = await attach(page, fx.pdfs.signed);
    expect(verdict.state).toBe('ok');
    // The preview still shows the document: the hash is written on save, and the original is not printed.
    await expect.poll(() => previewOf(page).official.textContent(), PREVIEW_WAIT).toContain('GIÁM ĐỐC');
    expect(verdict.text).toContain('Chữ ký số hợp lệ: Trần Thị Quỳnh Trang (người ký)');
    expect(verdict.text).toContain(`Khi bấm Lưu, tệp được lưu thành ${PDF_PATH}`);
    // Chosen, not yet sent anywhere.
    expect(writes(gh)).toEqual([]);

    await save(page);
    await expect.poll(() => gh.pulls.length, { timeout: 60_000 }).toBe(1);
    expect(gh.commits).toHaveLength(1);
    const commit = gh.commits[0]!;
    expect(commit.branch).not.toBe('main');
    expect(gh.pulls[0]!.head).toBe(commit.branch);
    // Exactly two files, both directly beside each other in the notices' folder (no stray folder).
    expect(commit.additions.map((a) => a.path).sort()).toEqual([PDF_PATH, SEED_PATH].sort());
    expect(commit.deletions).toEqual([]);
    // The PDF byte for byte, as base64 reached GitHub.
    const pdf = commit.additions.find((a) => a.path === PDF_PATH)!;
    expect(Buffer.compare(pdf.bytes, Buffer.from(fx.pdfs.signed))).toBe(0);
    // The YAML is the seed plus the original's lines, nothing else (no upload written over it).
    const yaml = commit.additions.find((a) => a.path === SEED_PATH)!.text;
    const diff = lineDiff(SEED, yaml);
    expect(diff.removed).toEqual([]);
    expect(diff.added.filter((l) => l.trim() !== '')).toEqual(['original:', `  file: ${PDF_NAME}`, `  sha256: ${sha256(fx.pdfs.signed)}`]);
    // main as it was: the PDF is only on the pull request's branch.
    expect(gh.refs.get('main')).toBe(mainBefore);
    expect(gh.filesAt('main').has(PDF_PATH)).toBe(false);
    expect(gh.requests.filter((r) => r.unknown)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('two notices, one PDF file name on the computer (chosen for one, dropped on the other): each saved under its own notice\'s name, never over the other', { timeout: 300_000 }, async () => {
    const { context, page, gh } = await start({ [COPY_PATH]: COPY });
    expect((await attach(page, fx.pdfs.signed, 'ban-goc.pdf')).state).toBe('ok');
    await save(page);
    await expect.poll(() => gh.pulls.length, { timeout: 60_000 }).toBe(1);
    // Back to the list, as staff leave the editor ("Hủy chỉnh sửa": nothing left unsaved).
    // Sveltia then offers to send the draft for review ("Để sau": later), and redraws the editor
    // once the save is done: each button is pressed once it stays.
    const list = page.getByRole('button', { name: 'Tạo thông báo mới' }).locator('visible=true').first();
    const later = page.getByRole('button', { name: 'Để sau' }).locator('visible=true').first();
    const back = page.getByRole('button', { name: 'Hủy chỉnh sửa' }).locator('visible=true').first();
    const press = (b: typeof back) => b.click({ timeout: 2000 }).then(() => list.isVisible(), () => false);
    await expect.poll(async () => (await list.isVisible()) || ((await later.isVisible()) && (await press(later))) || (await press(back)), { timeout: 60_000 }).toBe(true);
    await page.locator('bdi', { hasText: 'Bản sao thử nghiệm' }).locator('visible=true').first().click();
    await page.locator('[data-key-path="issuer"]').first().waitFor();
    const dropped = await dropOn(page, fx.pdfs.signed, 'ban-goc.pdf');
    expect(dropped.state).toBe('ok');
    expect(dropped.text).toContain(`Khi bấm Lưu, tệp được lưu thành ${COPY_PATH.replace(/\.yaml$/, '.pdf')}`);
    await save(page);
    await expect.poll(() => gh.pulls.length, { timeout: 60_000 }).toBe(2);
    const paths = gh.commits.map((c) => c.additions.map((a) => a.path).sort());
    expect(paths).toEqual([[PDF_PATH, SEED_PATH].sort(), [COPY_PATH.replace(/\.yaml$/, '.pdf'), COPY_PATH].sort()]);
    expect(new Set(gh.commits.map((c) => c.branch)).size).toBe(2);
    expect(gh.commits.every((c) => c.branch !== 'main')).toBe(true);
    await context.close();
  });

  it('a notice that already has an original: the new PDF replaces it under the same name, nothing left behind; only the hash line changes', { timeout: 300_000 }, async () => {
    const old = withOriginal('a'.repeat(64));
    const { context, page, gh } = await start({ [SEED_PATH]: old, [OLD_PDF]: 'an earlier file' });
    // The field says which file the notice has.
    expect(await (await reveal(page, 'original.file')).textContent()).toContain('Tệp bản gốc đã có: 15-TB-NV.signed.pdf');
    const verdict = await attach(page, fx.pdfs.signed, 'ban-goc-moi.pdf');
    expect(verdict.state).toBe('ok');
    expect(verdict.text).toContain(`Khi bấm Lưu, tệp được lưu thành ${OLD_PDF}`);
    await save(page);
    await expect.poll(() => gh.pulls.length, { timeout: 60_000 }).toBe(1);
    const [commit] = gh.commits;
    expect(commit!.additions.map((a) => a.path).sort()).toEqual([OLD_PDF, SEED_PATH].sort());
    expect(Buffer.compare(commit!.additions.find((a) => a.path === OLD_PDF)!.bytes, Buffer.from(fx.pdfs.signed))).toBe(0);
    const diff = lineDiff(old, commit!.additions.find((a) => a.path === SEED_PATH)!.text);
    expect(diff).toEqual({ removed: [`  sha256: ${'a'.repeat(64)}`], added: [`  sha256: ${sha256(fx.pdfs.signed)}`] });
    expect(gh.commits.every((c) => c.branch !== 'main')).toBe(true);
    await context.close();
  });

  it('a new notice: the PDF chosen before its file name is typed is saved under that name, in the notice\'s first commit', { timeout: 300_000 }, async () => {
    const { context, page, gh } = await start({}, false);
    await page.getByText('Tạo mới').first().click();
    // The notice the fixture PDF is: number 15, 15 May 2026.
    await fillNewNotice(page, { sequence: '15', date: '2026-05-15' });
    const verdict = await attach(page, fx.pdfs.signed, '15-TB-NV.signed.pdf');
    expect(verdict.state).toBe('ok');
    expect(verdict.text).toContain('số 15/TB-NV và ngày in trên tệp khớp với thông báo');
    await page.getByRole('textbox').last().fill('thong-bao-so-15-2026');
    await save(page);
    await expect.poll(() => gh.pulls.length, { timeout: 60_000 }).toBe(1);
    const [commit] = gh.commits;
    expect(commit!.additions.map((a) => a.path).sort()).toEqual(['content/notices/thong-bao-so-15-2026.pdf', 'content/notices/thong-bao-so-15-2026.yaml']);
    const yaml = commit!.additions.find((a) => a.path.endsWith('.yaml'))!.text;
    expect(yaml).toContain(`original:\n  file: thong-bao-so-15-2026.pdf\n  sha256: ${sha256(fx.pdfs.signed)}\n`);
    expect(commit!.branch).not.toBe('main');
    await context.close();
  });
});
