/**
 * Driving the staff form (Sveltia CMS at /admin/) as staff would: used by the admin tests
 * and by the staff guide's screenshots (scripts/guide-screenshots.ts).
 */
import type { Page } from 'playwright-core';

export async function signInWithToken(page: Page, token: string) {
  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
  // Sveltia's dialog focuses its token field.
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  // The list of notices: its "new notice" button (a heading named "Thông báo" also matches the loading screen's title).
  await page.getByRole('button', { name: 'Tạo thông báo mới' }).locator('visible=true').first().waitFor();
}

export async function openSeed(page: Page) {
  // From the list of notices (an editor closing after a save or a publish goes back to it, in its own
  // time): the visible entry, not the hidden copy Sveltia keeps drawn nor its screen-reader status line.
  await page.getByRole('button', { name: 'Tạo thông báo mới' }).locator('visible=true').first().waitFor();
  await page.locator('bdi', { hasText: 'Số điện thoại đường dây nóng và trang Facebook' }).locator('visible=true').first().click();
  await page.locator('[data-key-path="issuer"]').first().waitFor();
}

/**
 * A field's own controls, below its header (whose menu button every drawn field has): a text
 * box, a select's radio buttons or list box, a relation's check boxes, a list's "Thêm" button.
 * Not only text boxes: a field drawn without one (a select, a list, a relation) would
 * otherwise be taken for one not drawn yet, and scrolled for until the search gives up.
 */
const CONTROLS = ':scope > :not(header) :is(input, textarea, button, [role="radio"], [role="checkbox"], [role="group"], [role="combobox"], [role="listbox"])';

/**
 * Sveltia renders a field's contents only near the viewport (and drops them again when
 * scrolled away), so a field deep in the form is found by scrolling its ancestors into view.
 * List items of objects have no section of their own, so missing prefixes are skipped.
 */
export async function reveal(page: Page, keyPath: string) {
  const target = page.locator(`[role="group"][data-key-path="${keyPath}"]`).first();
  if (await target.locator(CONTROLS).count()) {
    await target.scrollIntoViewIfNeeded();
    return target;
  }
  const parts = keyPath.split('.');
  const groupAt = (n: number) => page.locator(`[role="group"][data-key-path="${parts.slice(0, n).join('.')}"]`).first();
  // A block Sveltia draws collapsed (the translation block is: collapsed 'auto') is opened by
  // its own "Mở rộng" button, not that of a block inside it.
  const openAncestors = async () => {
    for (let n = 1; n < parts.length; n++) {
      const expand = groupAt(n).locator(':scope > .field-wrapper > [role="group"] > .header button[aria-controls][aria-expanded="false"]');
      if (await expand.count()) await expand.first().click();
    }
  };
  // Sveltia draws the form's top-level fields in order, more of them each time its pane is
  // scrolled to the end of what is drawn: a field further down (the translation block is the
  // last) is reached by jumping to that end until its top-level field is drawn, not by wheeling
  // through every field on the way, which makes Chromium draw and lay out each of them.
  const top = groupAt(1);
  for (let i = 0; i < 60 && !(await top.count()); i++) {
    await page.locator('[role="group"][data-key-path]').last().evaluate((el) => {
      let pane: Element | null = el;
      while (pane && !(pane.scrollHeight > pane.clientHeight && /(auto|scroll)/.test(getComputedStyle(pane).overflowY))) pane = pane.parentElement;
      if (pane) pane.scrollTop = pane.scrollHeight;
    });
    await top.waitFor({ state: 'attached', timeout: 100 }).catch(() => undefined);
  }
  for (let n = 1; n <= parts.length; n++) {
    // An item of a list of objects (a number inside the path) is no section of its own: not
    // waited for. Any other section may take up to a second to be drawn.
    const itemOfList = n < parts.length && /^\d+$/.test(parts[n - 1]!);
    const drawn = itemOfList ? (await groupAt(n).count()) > 0 : await groupAt(n).waitFor({ state: 'attached', timeout: 1000 }).then(() => true, () => false);
    if (drawn) await groupAt(n).scrollIntoViewIfNeeded();
  }
  await openAncestors();
  // Items further down a list appear as the form scrolls: wheel over the edit pane (the
  // translation block is at the very end of a long form).
  await page.mouse.move(300, 500);
  const field = target.locator(CONTROLS).first();
  for (let i = 0; i < 120 && !(await field.count()); i++) {
    await page.mouse.wheel(0, 250);
    // The field drawn as the pane scrolls, or the next scroll step after a short wait for it.
    await field.waitFor({ state: 'attached', timeout: 100 }).catch(() => undefined);
    await openAncestors();
  }
  await target.scrollIntoViewIfNeeded();
  return target;
}

export async function save(page: Page) {
  await page.getByRole('button', { name: /^Lưu/ }).first().click();
}

/** Fills a text field of the form, found by its key path. */
export async function fill(page: Page, keyPath: string, value: string) {
  await (await reveal(page, keyPath)).locator('input, textarea').first().fill(value);
}

/** Picks an option of a select field (Sveltia draws five options or fewer as radio buttons). */
export async function pick(page: Page, keyPath: string, option: string) {
  await (await reveal(page, keyPath)).getByRole('radio', { name: option }).check();
}

/** Adds an item to a list field (its "Thêm …" button). */
export async function addItem(page: Page, keyPath: string) {
  const list = await reveal(page, keyPath);
  await list.getByRole('button', { name: /^Thêm/ }).last().click();
}
