// The map server with page paths that are not plain ASCII (a Chinese file name, a space, a `#`):
// redirects, index links and reload events must name them the way a browser does.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/serve/server.js';
import type { MapServer } from '../../src/serve/server.js';
import { LIVE_RELOAD_SCRIPT } from '../../src/serve/live-reload.js';

let server: MapServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function get(url: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('cjm serve with non-ASCII page paths', () => {
  it('redirects / to the only map with a valid, percent-encoded Location (no crash)', async () => {
    server = await startServer(0);
    server.setPage('/旅程 #1.html', '<p>map</p>');
    const root = await get(`${server.origin}/`);
    expect(root.status).toBe(302);
    expect(root.location).toBe('/%E6%97%85%E7%A8%8B%20%231.html');
    const page = await get(`${server.origin}${root.location}`);
    expect(page.status).toBe(200);
    expect(page.body).toBe('<p>map</p>');
  });

  it('links every map from the index by its encoded path', async () => {
    server = await startServer(0);
    server.setPage('/team/旅程.html', 'a');
    server.setPage('/a b.html', 'b');
    const index = await get(`${server.origin}/`);
    expect(index.body).toContain('href="/team/%E6%97%85%E7%A8%8B.html"');
    expect(index.body).toContain('href="/a%20b.html"');
    expect(index.body).toContain('>team/旅程.html<');
  });

  it('reloads a page whose address the browser percent-encodes', () => {
    // The event carries the decoded path; the page compares it with its own decoded pathname.
    const listeners: Record<string, (e: { data: string }) => void> = {};
    let reloaded = 0;
    const location = { pathname: '/%E6%97%85%E7%A8%8B.html', reload: () => void (reloaded += 1) };
    class FakeEventSource {
      addEventListener(name: string, fn: (e: { data: string }) => void): void {
        listeners[name] = fn;
      }
    }
    new Function('EventSource', 'location', LIVE_RELOAD_SCRIPT)(FakeEventSource, location);
    listeners.reload?.({ data: JSON.stringify('/other.html') });
    expect(reloaded).toBe(0);
    listeners.reload?.({ data: JSON.stringify('/旅程.html') });
    listeners.reload?.({ data: '/旅程.html' }); // not JSON: ignored
    expect(reloaded).toBe(1);
    expect(reloaded).toBe(1);
  });
});
