/**
 * Headless Chromium from Debian (`apt-get install chromium`), driven by playwright-core:
 * for the tests, the tools (screenshot, audit) and the build's PDFs. Playwright cannot
 * download its own browser on these machines, so we point it at the system one
 * (CHROMIUM_PATH). The flags keep Chromium from phoning home, which would both fail here
 * and muddy the "no request leaves the site" checks.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
  });
}
