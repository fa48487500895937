// The page's Content-Security-Policy: nothing may load from anywhere, and only the exact inline
// script and style blocks this renderer wrote may run or apply (pinned by their sha256 hashes).
import { createHash } from 'node:crypto';

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text of every <style> element inside the inlined SVG, as the browser will hash it. Inside <svg>
 * the HTML parser treats <style> as ordinary XML-ish content: CDATA markers vanish and entities are
 * decoded, so the hash must be taken over that decoded text, not over the raw markup.
 */
export function styleBlocks(markup: string): string[] {
  return [...markup.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) =>
        name[0] === '#' ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITY[name] ?? whole),
      ),
  );
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
