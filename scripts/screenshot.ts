/**
 * `node scripts/screenshot.ts <path> <out.png> [--dark] [--width=390] [--fold] [--print-pdf=out.pdf] [--site=dist]`
 * Serves a built site (dist/, or the folder --site names, such as a test site in
 * .test-results/) and takes a full-page screenshot (--fold: only the first screen of a 390×844 phone),
 * so a person can look at what residents see.
 */
import { launchBrowser } from '../src/lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';

const [pagePath = '/', out = 'screenshot.png', ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const width = Number(rest.find((a) => a.startsWith('--width='))?.split('=')[1] ?? 390);
const pdf = rest.find((a) => a.startsWith('--print-pdf='))?.split('=')[1];
const site = rest.find((a) => a.startsWith('--site='))?.split('=')[1] ?? 'dist';
const fold = rest.includes('--fold');
const server = await serveDir(site);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width, height: fold ? 844 : 800 }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(server.url + pagePath);
await page.screenshot({ path: out, fullPage: !fold });
if (pdf) await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
await browser.close();
await server.close();
console.log(out);
