// Live reload for `cjm serve`, added to the served copy of a page only. The file cjm writes keeps
// its strict policy (no connections, only its own script); the served copy allows exactly one more
// script, pinned by hash, and connections back to the same origin for the event stream.
import { sha256 } from '../render/html/csp.js';
import { esc } from '../render/html/escape.js';

export const EVENTS_PATH = '/__cjm/events';

/**
 * Reloads the page when the server says its map (or every map) was rebuilt. Events carry the decoded
 * path (`/旅程.html`) as a JSON string (see reloadEvent); the browser's pathname is percent-encoded,
 * so it is decoded before comparing.
 */
export const LIVE_RELOAD_SCRIPT =
  `(function(){var s=new EventSource(${JSON.stringify(EVENTS_PATH)});` +
  `s.addEventListener('reload',function(e){var d,p=location.pathname;try{d=JSON.parse(e.data);p=decodeURIComponent(p);}catch(x){}` +
  `if(d==='*'||d===p)location.reload();});})();`;

/**
 * One `reload` server-sent event. The path is JSON-encoded, which escapes every line break, so a
 * file name holding `\n\nevent: …` stays one data line of one event instead of adding its own.
 */
export const reloadEvent = (path: string): string => `event: reload\ndata: ${JSON.stringify(path)}\n\n`;

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)/;

/** The policy with the live-reload script's hash added and same-origin connections allowed. */
export function servedPolicy(policy: string): string {
  const hash = sha256(LIVE_RELOAD_SCRIPT);
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const set = (name: string, value: (current: string[]) => string[]): void => {
    const index = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    const current =
      index === -1
        ? []
        : (directives[index] ?? '')
            .split(/\s+/)
            .slice(1)
            .filter((v) => v !== "'none'");
    const next = `${name} ${value(current).join(' ')}`;
    if (index === -1) directives.push(next);
    else directives[index] = next;
  };
  set('script-src', (current) => [...current, hash]);
  set('connect-src', (current) => [...current, "'self'"]);
  return directives.join('; ');
}

/** The page as served: live-reload script before </body>, policy widened by exactly that much. */
export function withLiveReload(html: string): string {
  const end = html.lastIndexOf('</body>');
  if (end === -1 || !CSP_META.test(html)) throw new Error('not a cjm page: no </body> or no Content-Security-Policy');
  const injected = `${html.slice(0, end)}<script>${LIVE_RELOAD_SCRIPT}</script>\n${html.slice(end)}`;
  return injected.replace(CSP_META, (_m, head: string, policy: string, tail: string) => `${head}${servedPolicy(policy)}${tail}`);
}

/** Shown in place of a map that has never compiled since the server started; reloads once it does. */
export function errorPage(title: string, text: string): string {
  const policy = `default-src 'none'; script-src ${sha256(LIVE_RELOAD_SCRIPT)}; connect-src 'self'; style-src 'unsafe-inline'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${esc(title)}: build failed</title>
</head>
<body style="font-family: ui-monospace, monospace; margin: 2rem">
<h1 style="font-size: 1.2rem">${esc(title)} does not compile yet</h1>
<pre>${esc(text)}</pre>
<p>This page reloads when the file is saved again.</p>
<script>${LIVE_RELOAD_SCRIPT}</script>
</body>
</html>
`;
}
