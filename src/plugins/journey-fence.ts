// What both docs-site plugins do with one ```journey fence: find its spec (inside the fence, or the
// file its src= names, relative to the page), compile it to embed-safe SVG synchronously, and place
// any error at the page's line and column. The markdown-it and remark wrappers only adapt the I/O.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { compileSvgSync } from '../compile.js';
import type { CompileOptions, MapView } from '../compile.js';
import type { ThemeName } from '../layout/index.js';
import type { Measurer } from '../text/measurer.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Problem } from '../diagnostics/codes.js';
import { formatFromText } from '../parse/index.js';
import { ioReason } from '../io/reason.js';
import { fenceProblems } from './problems.js';

export interface JourneyPluginOptions {
  theme?: ThemeName;
  /** The full map (default) or the overview that fits a docs column (`view: 'overview'`). */
  view?: MapView;
  /**
   * Put before every id of a map. A string gets the fence's number on the page appended (two maps on
   * one page must not share ids); a function gets the page (relative to the root) and that number.
   * Default: `cjm-<page slug>-<n>-`, the same on every build.
   */
  idPrefix?: string | ((page: string, index: number) => string);
  /** Folder that src= paths may not leave. Default: the site's source folder when known, else the working directory. */
  root?: string;
  /** Called with each warning (lint findings such as a valley with no pain point); default: ignored. */
  onWarning?: (message: string) => void;
  measurer?: Measurer;
}

export interface Fence {
  /** The info string after `journey`, e.g. `src="maps/clinic.yaml"`. */
  attrs: string;
  body: string;
  /** Absolute path of the page, when the generator says it. */
  page?: string;
  /** 1-based line and column of the opening ``` in the page. */
  line: number;
  column: number;
  /** 0-based number of this journey fence among the page's journey fences. */
  index: number;
}

export interface FenceError {
  /** `page.md:LINE:COL: error CODE: message` (and the spec file's own place for src= maps). */
  text: string;
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

export type FenceResult = { svg: string; error?: undefined } | { svg?: undefined; error: FenceError };

/** Whether a fence's info string (markdown-it token.info, or mdast lang) opens a journey. */
export const isJourneyLang = (lang: string | null | undefined): boolean => (lang ?? '').trim().split(/\s+/)[0] === 'journey';

/** The src= attribute of an info string: src="a b.yaml", src='x.md' or src=x.yaml. */
export function srcOf(attrs: string): string | undefined {
  const m = /(?:^|\s)src=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * A deterministic prefix, safe as an XML id and a CSS identifier, from the page path and the fence
 * number. At most 40 characters, so the number is never cut off: a long or non-ASCII page name
 * (指南.md) keeps a short slug and a hash of the whole path.
 */
export function defaultPrefix(page: string, index: number): string {
  const full = page
    .toLowerCase()
    .replace(/\.(md|mdx|markdown)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = full.slice(0, 20).replace(/-+$/, '');
  const exact = slug === full && !/[^\x00-\x7f]/.test(page);
  const name = exact ? slug : [slug, fnv(page)].filter(Boolean).join('-');
  return `cjm-${name || 'page'}-${index}-`;
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(text, 'utf8')) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/** A path as the error shows it: relative to the working directory when inside it, with / separators. */
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path).split(sep).join('/');
};

const failure = (file: string, line: number, column: number, p: Pick<Problem, 'code' | 'message' | 'hint'>, where = ''): FenceResult => ({
  error: {
    text: `${file}:${line}:${column}: error ${p.code}: ${p.message}${where}${p.hint === undefined ? '' : `\n  hint: ${p.hint}`}`,
    file,
    line,
    column,
    code: p.code,
    message: p.message + where,
  },
});

export function renderFence(fence: Fence, options: JourneyPluginOptions = {}): FenceResult {
  const root = resolve(options.root ?? process.cwd());
  const pageFile = fence.page ? shown(fence.page) : '<page>';
  const pageName = fence.page ? relative(root, fence.page).split(sep).join('/') : 'page';
  const base = typeof options.idPrefix === 'function' ? options.idPrefix(pageName, fence.index) : options.idPrefix;
  const idPrefix = base === undefined ? defaultPrefix(pageName, fence.index) : typeof options.idPrefix === 'function' ? base : `${base}${fence.index}-`;
  const compileOptions: CompileOptions = {
    idPrefix,
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.view ? { view: options.view } : {}),
    ...(options.measurer ? { measurer: options.measurer } : {}),
  };

  const src = srcOf(fence.attrs);
  if (src !== undefined) {
    if (fence.body.trim() !== '') return failure(pageFile, fence.line, fence.column, fenceProblems.srcWithBody());
    const path = resolve(fence.page ? dirname(fence.page) : root, src);
    let text: string;
    try {
      if (!inside(root, realpathSync(path))) return failure(pageFile, fence.line, fence.column, fenceProblems.srcOutsideRoot(src, shown(root)));
      text = readFileSync(path, 'utf8');
    } catch (err) {
      // A missing file is refused the same way outside the root, so nothing outside it is probed.
      return failure(
        pageFile,
        fence.line,
        fence.column,
        inside(root, path) ? fenceProblems.srcUnreadable(src, ioReason(err)) : fenceProblems.srcOutsideRoot(src, shown(root)),
      );
    }
    const specFile = shown(path);
    const result = compileSvgSync(text, { ...compileOptions, file: specFile });
    warn(result.diagnostics, options, (d) => `${d.file}:${d.line}:${d.column}`);
    const bad = firstError(result.diagnostics);
    // The page's fence is where the build stops; the spec file's own place says where to fix it.
    if (bad || !result.svg) return failure(pageFile, fence.line, fence.column, bad ?? unknown, bad ? ` (${bad.file}:${bad.line}:${bad.column})` : '');
    return { svg: result.svg };
  }

  // Inside the fence: spec line 1 is the page line after the opening ```; an indented fence (in a
  // list) has its indent removed from every line, so it is added back to the column.
  const at = (d: Diagnostic) => ({ line: fence.line + d.line, column: fence.column - 1 + d.column });
  const result = compileSvgSync(fence.body, { ...compileOptions, file: pageFile, inputFormat: formatFromText(fence.body) });
  warn(result.diagnostics, options, (d) => `${pageFile}:${at(d).line}:${at(d).column}`);
  const bad = firstError(result.diagnostics);
  if (bad || !result.svg) {
    const { line, column } = bad ? at(bad) : { line: fence.line, column: fence.column };
    return failure(pageFile, line, column, bad ?? unknown);
  }
  return { svg: result.svg };
}

const unknown = { code: 'internal', message: 'the map could not be drawn' };
const firstError = (ds: readonly Diagnostic[]): Diagnostic | undefined => ds.find((d) => d.severity === 'error');

function warn(ds: readonly Diagnostic[], options: JourneyPluginOptions, place: (d: Diagnostic) => string): void {
  if (!options.onWarning) return;
  for (const d of ds) if (d.severity === 'warning') options.onWarning(`${place(d)}: warning ${d.code}: ${d.message}`);
}

/** Whether `path` is `root` or below it; the root is compared both as given and with its symlinks resolved. */
function inside(root: string, path: string): boolean {
  const within = (dir: string): boolean => {
    const rel = relative(dir, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  if (within(root)) return true;
  try {
    return within(realpathSync(root));
  } catch {
    return false;
  }
}
