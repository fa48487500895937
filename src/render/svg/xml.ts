// A tiny typed XML writer with escaping built in: the only way the SVG renderer emits markup, so no
// user string can reach the output unescaped. (svg-builder, named in the design, escapes nothing,
// cannot emit <tspan> or data-* attributes and is ~70x slower than building strings.)

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become
 * U+FFFD, so hostile input can never make the file unparsable. Bidi controls stay (they are valid
 * text) but are written as character references so they are visible when the SVG is read as code.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
    .replace(BIDI, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Numbers in output: at most two decimals, no trailing zeros, never "-0" (determinism). */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

export type AttrValue = string | number | undefined | false;

/** Attributes in the order given; undefined and false are left out, numbers go through fmt. */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? fmt(value) : escapeXml(value)}"`;
  }
  return out;
}

export const el = (name: string, values: Record<string, AttrValue>, children?: string): string =>
  children === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${children}</${name}>`;

/** Element whose content is user text. */
export const textEl = (name: string, values: Record<string, AttrValue>, text: string): string => el(name, values, escapeXml(text));
