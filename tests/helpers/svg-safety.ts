// What every SVG cjm writes must satisfy, whatever the spec held: only our elements and attributes,
// no raw markup in text, nothing that loads or runs, no character XML 1.0 forbids.
import { expect } from 'vitest';

const ELEMENTS = new Set(['svg', 'title', 'desc', 'style', 'rect', 'circle', 'line', 'path', 'text', 'tspan', 'g']);
const ATTRIBUTE =
  /^(xmlns|width|height|viewBox|role|aria-labelledby|lang|data-[a-z-]+|id|class|x|y|x1|y1|x2|y2|cx|cy|r|rx|d|fill|fill-opacity|stroke|stroke-width|stroke-dasharray|stroke-opacity|stroke-linecap|stroke-linejoin|font-family|font-size|font-weight|font-style|text-anchor)$/;

/** Every tag is one we write, with attributes we write; text between tags holds no raw markup. */
export function assertSafe(svg: string): void {
  const body = svg.replace(/^<\?xml[^>]*\?>\n/, '');
  for (const m of body.matchAll(/<\/?([A-Za-z][\w:-]*)([^<>]*?)\/?>/g)) {
    expect(ELEMENTS.has(m[1]!), `element <${m[1]}>`).toBe(true);
    for (const a of (m[2] ?? '').matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
      expect(a[1], `attribute ${a[1]}`).toMatch(ATTRIBUTE);
      expect(a[2]).not.toMatch(/[<>]/);
    }
  }
  const text = body.replace(/<[^<>]*>/g, '');
  expect(text).not.toMatch(/[<>]/);
  expect(text.replace(/&(amp|lt|gt|quot|#39|#x[0-9A-F]+);/g, '')).not.toContain('&');
  // Only tags can load or run anything; user text may say "javascript:" harmlessly.
  const tags = [...body.matchAll(/<[^<>]*>/g)].map((m) => m[0]).join('');
  expect(tags).not.toMatch(/url\((?!#)|href|javascript:|<script|<foreignObject|\son\w+=/i);
  // XML 1.0 forbids these characters anywhere.
  expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
}
