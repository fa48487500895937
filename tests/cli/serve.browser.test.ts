// Live reload in a real Chromium: the served page's policy lets exactly the reload script and its
// event stream through (no CSP violation), and a save reloads the page with the new map.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchBrowser, watchPage } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { makeMapRepo } from '../helpers/map-repo.js';
import { spawnCli } from '../helpers/spawn-cli.js';

const skip = browserSkipReason();
if (skip) console.warn(skip);

describe.skipIf(Boolean(skip))('cjm serve in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reloads the open page when its spec is saved, without a policy violation', async () => {
    const repo = makeMapRepo('cjm-serve-browser-');
    const cli = spawnCli(['serve', 'maps/saas-trial-en.yaml', '--port', '0'], { cwd: repo.dir });
    try {
      const [, url] = await cli.waitFor(/serving 1 map at (\S+) /);
      const page = await browser.newPage();
      const watch = watchPage(page);
      await page.goto(url ?? '');
      // Wait (bounded) until the page has opened its event stream.
      for (let i = 0; i < 300 && !watch.requests.some((r) => r.endsWith('/__cjm/events')); i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(watch.requests.some((r) => r.endsWith('/__cjm/events'))).toBe(true);
      const text = readFileSync(join(ROOT, 'examples/saas-trial-en.yaml'), 'utf8').replace(/^title: .*$/m, 'title: Reloaded in the browser');
      writeFileSync(join(repo.dir, 'maps/saas-trial-en.yaml'), text);
      await page.waitForFunction(() => document.title === 'Reloaded in the browser', undefined, { timeout: 15_000 });
      expect(watch.errors).toEqual([]);
      expect(watch.requests.every((r) => r.startsWith(new URL(url ?? '').origin))).toBe(true);
      await page.close();
    } finally {
      await cli.stop('SIGKILL');
      repo.cleanup();
    }
  });
});
