/**
 * `node scripts/screenshot.ts <path> <out.png> [--dark] [--width=390] [--fold] [--dir=dist] [--print-pdf=out.pdf]`
 * Serves dist/ (or another built site, `--dir`) and takes a full-page screenshot, so a
 * person can look at what residents see; `--fold` takes only the first screen (390×844, a
 * phone held upright, at the default width) to see what is above the fold.
 */
import { launchBrowser } from '../src/lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';

const [pagePath = '/', out = 'screenshot.png', ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const width = Number(rest.find((a) => a.startsWith('--width='))?.split('=')[1] ?? 390);
const pdf = rest.find((a) => a.startsWith('--print-pdf='))?.split('=')[1];
const dir = rest.find((a) => a.startsWith('--dir='))?.split('=')[1] ?? 'dist';
const fold = rest.includes('--fold');
const server = await serveDir(dir);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width, height: fold ? 844 : 800 }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(server.url + pagePath);
await page.screenshot({ path: out, fullPage: !fold });
if (pdf) await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
await browser.close();
await server.close();
console.log(out);
