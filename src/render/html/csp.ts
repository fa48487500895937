// The page's Content-Security-Policy: nothing may load from anywhere, and only the exact inline
// script and style blocks this renderer wrote may run or apply (pinned by their sha256 hashes).
import { createHash } from 'node:crypto';

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text of every <style> element in a fragment (the SVG may carry its own), for hashing. */
export function styleBlocks(markup: string): string[] {
  return [...markup.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

export function contentSecurityPolicy(input: { scripts: string[]; styles: string[]; styleAttributes: boolean }): string {
  // Hashes disable 'unsafe-inline', so style="" attributes (which hashes cannot cover without
  // 'unsafe-hashes') fall back to 'unsafe-inline' styles only when the map actually uses them.
  const styleSrc = input.styleAttributes ? "'unsafe-inline'" : [...new Set(input.styles.map(sha256))].join(' ');
  return [
    "default-src 'none'",
    `script-src ${input.scripts.map(sha256).join(' ') || "'none'"}`,
    `style-src ${styleSrc || "'none'"}`,
    'img-src data:',
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
