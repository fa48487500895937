// A small glob matcher (Node 20 has no fs.glob): `**` (any folders), `*` and `?` (within one
// name), `{a,b}` (alternatives, may nest). Matching is on `/`-separated paths; like the shells,
// `*`, `?` and `**` do not match names that start with a dot unless the pattern spells the dot.

const GLOB_CHARS = /[*?{]/;

export const isGlob = (pattern: string): boolean => GLOB_CHARS.test(pattern);

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Commas at the top level of a brace body. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === '{') depth += 1;
    else if (body[i] === '}') depth -= 1;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** `a{b,c}d` → `abd`, `acd`. A brace with no comma, or unclosed, is literal text. */
export function expandBraces(pattern: string): string[] {
  for (let open = pattern.indexOf('{'); open !== -1; open = pattern.indexOf('{', open + 1)) {
    const close = closingBrace(pattern, open);
    if (close === -1) return [pattern];
    const options = splitTopLevel(pattern.slice(open + 1, close));
    if (options.length < 2) continue;
    const head = pattern.slice(0, open);
    const tail = pattern.slice(close + 1);
    return options.flatMap((option) => expandBraces(`${head}${option}${tail}`));
  }
  return [pattern];
}

const escapeRegExp = (text: string): string => text.replace(/[.+^$()|[\]\\/]/g, '\\$&');

function segmentSource(segment: string): string {
  const hiddenGuard = segment.startsWith('.') ? '' : '(?!\\.)';
  let out = '';
  for (const ch of segment) out += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : escapeRegExp(ch);
  return hiddenGuard + out;
}

/** Regular-expression source for one brace-free pattern. */
function patternSource(pattern: string): string {
  const segments = pattern.split('/').filter(Boolean);
  let out = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') out += last ? '(?:(?!\\.)[^/]+(?:/|$))*' : '(?:(?!\\.)[^/]+/)*';
    else out += segmentSource(segment) + (last ? '' : '/');
  });
  return out;
}

/** A RegExp that tests whole `/`-separated paths against the glob. */
export function globToRegExp(pattern: string): RegExp {
  const alternatives = expandBraces(pattern).map(patternSource);
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}

export interface GlobParts {
  /** The leading folders without glob characters (`maps` of `maps/**\/*.yaml`), `.` when none. */
  base: string;
  /** The rest, matched against paths relative to `base`. */
  rest: string;
  /** How many folders deep below `base` a match can be; Infinity with `**`. */
  depth: number;
}

export function splitGlob(pattern: string): GlobParts {
  const normalised = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const segments = normalised.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const cut = firstGlob === -1 ? segments.length - 1 : firstGlob;
  const baseSegments = segments.slice(0, cut);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  const rest = segments.slice(cut).join('/');
  const expanded = expandBraces(rest);
  const depth = expanded.some((p) => p.split('/').includes('**')) ? Infinity : Math.max(...expanded.map((p) => p.split('/').length - 1));
  return { base, rest, depth };
}
