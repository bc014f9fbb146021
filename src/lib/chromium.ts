/**
 * Headless Chromium from Debian (`apt-get install chromium`), driven by playwright-core:
 * for the tests, the tools (screenshot, audit) and the build's PDFs. Playwright cannot
 * download its own browser on these machines, so we point it at the system one
 * (CHROMIUM_PATH). The flags keep Chromium from phoning home, which would both fail here
 * and muddy the "no request leaves the site" checks.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why there is no Chromium to start, in Vietnamese; null when its program is there. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `không tìm thấy Chromium ở ${CHROMIUM_PATH}`;
}

/** How every Chromium of the project starts: the build's, the tools', and each test worker's (tests/support/browser.ts). */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** playwright-core is loaded here, not on import: a build on a machine without Chromium never needs it (≈ 0.5 s). */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch(CHROMIUM_LAUNCH);
}
