// Shared launcher for browser tests: playwright-core driving the system's Chromium (no bundled
// browser download). Outside CI, tests skip with a clear message when no Chromium is installed;
// in CI (process.env.CI set) they never skip, so a missing browser fails the build.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tempDir } from './temp.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Why browser tests are skipped here, or undefined when they must run. */
export function browserSkipReason(): string | undefined {
  if (findChromium() || process.env.CI) return undefined;
  return `browser tests skipped: no Chromium found (looked in CHROMIUM_PATH, ${CANDIDATES.join(', ')}); install it with \`apt-get install -y chromium\``;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found; set CHROMIUM_PATH or install chromium');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Writes the page to a temp file: a file:// URL is how a reader opens an e-mailed map. */
export function writeTempHtml(html: string, name = 'page.html'): string {
  const file = join(tempDir('cjm-browser-'), name);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

/** Removes the folder writeTempHtml made for this URL (and only such a folder). */
export function removeTempHtml(url: string): void {
  const dir = dirname(fileURLToPath(url));
  if (basename(dir).startsWith('cjm-browser-')) rmSync(dir, { recursive: true, force: true });
}

export interface PageWatch {
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Records console errors, uncaught exceptions, every request and every dialog a page makes. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  return watch;
}

/** Distinct colours in a PNG screenshot, counted in the browser (no PNG decoder needed here). */
export async function distinctColours(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        if (!ctx) return 0;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        return seen.size;
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
  } finally {
    await page.close();
  }
}
