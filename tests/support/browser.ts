/**
 * The browser a test file drives: a connection to the run's one Chromium
 * (tests/support/global-setup.ts). It is a playwright `Browser`: `newPage()` and
 * `newContext()` give contexts of this connection only, and `close()` closes them and
 * disconnects, leaving Chromium to the other files. A test that needs a Chromium of its own
 * (a fresh process, flags of its own) calls launchBrowser() from src/lib/chromium.ts and
 * says why.
 */
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../src/lib/chromium.ts';

export async function connectBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumWsEndpoint');
  // A project without the shared Chromium in its global setup: a browser of its own.
  if (!endpoint) return launchBrowser();
  const { chromium } = await import('playwright-core');
  return chromium.connect(endpoint);
}
