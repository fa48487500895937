// The `cjm serve` web server: the latest HTML of each map from memory, an index, and a
// server-sent-events stream that tells open pages to reload. Listens on 127.0.0.1 only and answers
// only requests addressed to it by that name or localhost (no DNS-rebinding visitors).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { esc } from '../render/html/escape.js';
import { EVENTS_PATH, reloadEvent } from './live-reload.js';

export interface MapServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Serve `html` at `path` (`/team/a.html`) from now on. */
  setPage(path: string, html: string): void;
  /** Tell pages showing `path` (or every page, for `*`) to reload. */
  reload(path: string): void;
  close(): Promise<void>;
}

/** A page path as a URL path: each segment percent-encoded, so `#`, `?`, spaces and CJK survive headers and links. */
export const urlPath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

const HTML_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

function indexPage(paths: readonly string[]): string {
  const items = paths.map((p) => `<li><a href="${esc(urlPath(p))}">${esc(p.slice(1))}</a></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>cjm serve</title>
</head>
<body>
<h1>Journey maps</h1>
<ul>
${items}
</ul>
</body>
</html>
`;
}

export async function startServer(port: number): Promise<MapServer> {
  // Imported here, not at the top: the bundled CLI would otherwise load node:http for every command.
  const { createServer } = await import('node:http');
  const pages = new Map<string, string>();
  const clients = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const address = server.address() as AddressInfo;
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${address.port}` && host !== `localhost:${address.port}`) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('cjm serve answers only http://127.0.0.1 and http://localhost\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === EVENTS_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const paths = [...pages.keys()].sort();
    if (path === '/' && paths.length === 1) {
      res.writeHead(302, { Location: urlPath(paths[0]!) }).end();
      return;
    }
    const html = path === '/' ? indexPage(paths) : pages.get(path);
    if (html === undefined) {
      res.writeHead(404, HTML_HEADERS).end(indexPage(paths));
      return;
    }
    res.writeHead(200, HTML_HEADERS).end(req.method === 'HEAD' ? undefined : html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    setPage: (path, html) => void pages.set(path, html),
    reload(path) {
      for (const client of clients) client.write(reloadEvent(path));
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
