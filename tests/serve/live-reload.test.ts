import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/render/html/csp.js';
import { LIVE_RELOAD_SCRIPT, errorPage, servedPolicy, withLiveReload } from '../../src/serve/live-reload.js';

const HASH = sha256(LIVE_RELOAD_SCRIPT);

describe('live reload for served pages', () => {
  it('adds only the reload script hash and same-origin connections to the policy', () => {
    expect(servedPolicy("default-src 'none'; script-src 'sha256-abc'; connect-src 'none'; base-uri 'none'")).toBe(
      `default-src 'none'; script-src 'sha256-abc' ${HASH}; connect-src 'self'; base-uri 'none'`,
    );
    expect(servedPolicy("default-src 'none'; script-src 'none'")).toBe(`default-src 'none'; script-src ${HASH}; connect-src 'self'`);
  });

  it('injects the script before the last </body> and rewrites the page policy', () => {
    const page = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; connect-src 'none'"></head><body><p>&lt;/body&gt;</p></body></html>`;
    const served = withLiveReload(page);
    expect(served).toBe(
      `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${HASH}; connect-src 'self'"></head><body><p>&lt;/body&gt;</p><script>${LIVE_RELOAD_SCRIPT}</script>\n</body></html>`,
    );
    expect(() => withLiveReload('<html><body></body></html>')).toThrow(/not a cjm page/);
  });

  it('escapes the diagnostics on the error page', () => {
    const page = errorPage('<x>.yaml', 'x.yaml:1:1: error: <script>alert(1)</script>');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain(`script-src ${HASH}`);
  });
});

describe('reloadEvent', () => {
  it('keeps a name with line breaks inside one data line', async () => {
    const { reloadEvent } = await import('../../src/serve/live-reload.js');
    expect(reloadEvent('/x\n\nevent: reload\ndata: *\n.html')).toBe('event: reload\ndata: "/x\\n\\nevent: reload\\ndata: *\\n.html"\n\n');
    expect(reloadEvent('/a\r.html').split(/\r\n|\r|\n/)).toHaveLength(4);
  });
});
