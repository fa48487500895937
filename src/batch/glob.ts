// A small glob matcher (Node 20 has no fs.glob): `**` (any folders), `*` and `?` (within one
// name), `{a,b}` (alternatives, may nest). Matching is on `/`-separated paths; like the shells,
// `*`, `?` and `**` do not match names that start with a dot unless the pattern spells the dot.

import { MAX_BRACE_DEPTH, MAX_BRACE_EXPANSIONS } from '../model/limits.js';

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

/** A glob whose braces nest too deep or expand into too many patterns (a usage error). */
export class BraceLimitError extends Error {}

const shownPattern = (pattern: string): string => (pattern.length > 60 ? `${pattern.slice(0, 59)}…` : pattern);

/** How deep `{` nests in `pattern`. */
function braceDepth(pattern: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of pattern) {
    if (ch === '{') max = Math.max(max, (depth += 1));
    else if (ch === '}' && depth > 0) depth -= 1;
  }
  return max;
}

/**
 * `a{b,c}d` → `abd`, `acd`. A brace with no comma, or unclosed, is literal text. Throws
 * BraceLimitError past MAX_BRACE_DEPTH or MAX_BRACE_EXPANSIONS (`{a,b}` 24 times is 16 million).
 */
export function expandBraces(pattern: string): string[] {
  if (braceDepth(pattern) > MAX_BRACE_DEPTH) {
    throw new BraceLimitError(`glob "${shownPattern(pattern)}" nests braces more than ${MAX_BRACE_DEPTH} deep`);
  }
  const out: string[] = [];
  const expand = (text: string): void => {
    for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open + 1)) {
      const close = closingBrace(text, open);
      if (close === -1) break;
      const options = splitTopLevel(text.slice(open + 1, close));
      if (options.length < 2) continue;
      const head = text.slice(0, open);
      const tail = text.slice(close + 1);
      for (const option of options) expand(`${head}${option}${tail}`);
      return;
    }
    if (out.length >= MAX_BRACE_EXPANSIONS) {
      throw new BraceLimitError(`glob "${shownPattern(pattern)}" expands into more than ${MAX_BRACE_EXPANSIONS} patterns; use fewer {a,b} alternatives`);
    }
    out.push(text);
  };
  expand(pattern);
  return out;
}

/** The one-line usage error for a glob past the brace limits, or undefined. */
export function braceProblem(pattern: string): string | undefined {
  try {
    expandBraces(pattern);
    return undefined;
  } catch (err) {
    if (err instanceof BraceLimitError) return err.message;
    throw err;
  }
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
  const depth = expanded.some((p) => p.split('/').includes('**')) ? Infinity : expanded.reduce((m, p) => Math.max(m, p.split('/').length - 1), 0);
  return { base, rest, depth };
}
