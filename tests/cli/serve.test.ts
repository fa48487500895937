// `cjm serve`: HTML from memory on 127.0.0.1, live reload over server-sent events, nothing on disk.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeMapRepo } from '../helpers/map-repo.js';
import { spawnCli } from '../helpers/spawn-cli.js';
import type { RunningCli } from '../helpers/spawn-cli.js';
import { LIVE_RELOAD_SCRIPT, withLiveReload } from '../../src/serve/live-reload.js';

let repo: ReturnType<typeof makeMapRepo>;
let cli: RunningCli | undefined;
beforeEach(() => {
  repo = makeMapRepo('cjm-serve-');
});
afterEach(async () => {
  await cli?.stop('SIGKILL');
  repo.cleanup();
});

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Listens to the event stream; `next(pattern)` waits (bounded) for an event matching it. */
function events(url: string) {
  let seen = '';
  const waiters = new Set<() => void>();
  const req = request(url, (res) =>
    res.on('data', (c: Buffer) => {
      seen += c.toString();
      for (const w of waiters) w();
    }),
  );
  req.end();
  return {
    close: () => req.destroy(),
    next: (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event ${pattern}; got ${seen}`)), 15_000);
        const check = (): void => {
          if (!pattern.test(seen)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
  };
}

const spec = (): string => join(repo.dir, 'maps/saas-trial-en.yaml');
const retitle = (title: string): string => readFileSync(join(ROOT, 'examples/saas-trial-en.yaml'), 'utf8').replace(/^title: .*$/m, `title: ${title}`);

describe('cjm serve', () => {
  it('serves each map with live reload added to the served copy only, and reloads it on save', async () => {
    cli = spawnCli(['serve', 'maps', '--port', '0'], { cwd: repo.dir, env: { CI: 'true' } });
    const [, origin] = await cli.waitFor(/serving 4 maps at (http:\/\/127\.0\.0\.1:\d+)\/ /);

    const index = await get(`${origin}/`);
    expect(index.status).toBe(200);
    for (const path of ['/saas-trial-en.html', '/skincare-zh.html', '/team/hotel-blueprint-en.html', '/team/event-platform-zh.html'])
      expect(index.body).toContain(`href="${path}"`);

    // The served page is exactly the built page plus the reload script, with the policy widened for it alone.
    const page = await get(`${origin}/saas-trial-en.html`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    runCli(['build', 'maps/saas-trial-en.yaml', '-f', 'html', '--out-dir', 'built'], { cwd: repo.dir });
    const onDisk = readFileSync(join(repo.dir, 'built/saas-trial-en.html'), 'utf8');
    expect(page.body).toBe(withLiveReload(onDisk));
    expect(onDisk).not.toContain('EventSource');
    expect(onDisk).toContain("connect-src 'none'");
    expect(page.body).toContain(`<script>${LIVE_RELOAD_SCRIPT}</script>`);
    expect(page.body).toMatch(/connect-src 'self'/);

    const stream = events(`${origin}/__cjm/events`);
    try {
      await stream.next(/retry: 500/);
      writeFileSync(spec(), retitle('Live edit'));
      await stream.next(/event: reload\ndata: "\/saas-trial-en\.html"\n\n/);
      expect((await get(`${origin}/saas-trial-en.html`)).body).toContain('Live edit');

      // A broken save keeps the last good page.
      const mark = cli.mark();
      writeFileSync(spec(), 'title: [\n');
      await cli.waitFor(/not rebuilt; the page keeps its last good version/, 15_000, mark);
      expect((await get(`${origin}/saas-trial-en.html`)).body).toContain('Live edit');
    } finally {
      stream.close();
    }
    expect(readdirSync(join(repo.dir, 'maps'))).toEqual(['saas-trial-en.yaml', 'skincare-zh.yaml', 'team']);
    expect(await cli.stop('SIGINT')).toEqual({ code: 0, signal: null });
  });

  it('shows why a map that never compiled fails, escaped, and refuses other hosts and methods', async () => {
    writeFileSync(join(repo.dir, 'maps/team/broken.yaml'), 'title: "<script>alert(1)</script>"\nstages: 3\n');
    cli = spawnCli(['serve', 'maps/team', '--port', '0'], { cwd: repo.dir, env: { CI: 'true' } });
    const [, origin] = await cli.waitFor(/serving 3 maps at (http:\/\/127\.0\.0\.1:\d+)\/ /);
    const broken = await get(`${origin}/broken.html`);
    expect(broken.status).toBe(200);
    expect(broken.body).toContain('maps/team/broken.yaml:2:');
    expect(broken.body).not.toContain('<script>alert');
    expect(broken.body).toContain(`<script>${LIVE_RELOAD_SCRIPT}</script>`);
    expect((await get(`${origin}/nope.html`)).status).toBe(404);
    expect((await get(`${origin}/`, { Host: 'attacker.example:80' })).status).toBe(403);
    expect(cli.stderr()).toMatch(/broken\.yaml:2:\d+: error/);
  });

  it('redirects / to the only map, and reports a port in use with exit 2', async () => {
    cli = spawnCli(['serve', 'maps/skincare-zh.yaml', '--port', '0'], { cwd: repo.dir });
    const [, origin, path] = await cli.waitFor(/serving 1 map at (http:\/\/127\.0\.0\.1:\d+)(\/skincare-zh\.html) /);
    const root = await get(`${origin}/`);
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe(path);
    const port = new URL(origin ?? '').port;
    const clash = runCli(['serve', 'maps/skincare-zh.yaml', '--port', port], { cwd: repo.dir });
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain(`port ${port} is in use`);
  });
});
