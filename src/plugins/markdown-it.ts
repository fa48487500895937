// `cjm/markdown-it`: a markdown-it plugin (VitePress, and any markdown-it site) that turns a
// ```journey fence into the map's inline SVG at build time. It needs no markdown-it import: it takes
// the md instance it is given, so the site's own markdown-it is the one used.
import type { JourneyPluginOptions } from './journey-fence.js';
import { isJourneyLang, renderFence } from './journey-fence.js';

export type { JourneyPluginOptions } from './journey-fence.js';

/** The parts of markdown-it's Token this plugin reads. */
interface Token {
  info: string;
  content: string;
  map: [number, number] | null;
}
type FenceRule = (tokens: Token[], idx: number, options: unknown, env: unknown, self: unknown) => string;

/** The parts of a markdown-it instance this plugin uses (markdown-it 12 to 14). */
export interface MarkdownItLike {
  render(src: string, env?: unknown): string;
  renderer: { rules: { fence?: FenceRule } };
}

/** What VitePress (and others) pass as env: the page's absolute path, its path under the site root, the body after front matter. */
interface PageEnv {
  path?: string;
  relativePath?: string;
  content?: string;
}

export interface MarkdownItPluginOptions extends JourneyPluginOptions {
  /**
   * 'html' writes the SVG into the page; 'vue' writes `<div v-html="…">` for pages compiled as Vue
   * templates. Default: 'vue' under VitePress, else 'html'.
   */
  output?: 'html' | 'vue';
}

export default function cjmMarkdownIt(md: MarkdownItLike, options: MarkdownItPluginOptions = {}): void {
  // The source as given to md.render, front matter included, so lines count from the file's top
  // even when an earlier plugin (VitePress's front matter) strips it before parsing.
  const sources = new WeakMap<object, string>();
  const render = md.render.bind(md);
  md.render = (src: string, env: unknown = {}) => {
    if (env && typeof env === 'object') sources.set(env, src);
    return render(src, env);
  };

  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, mdOptions, env, self) => {
    const token = tokens[idx]!;
    if (!isJourneyLang(token.info)) return fallback ? fallback(tokens, idx, mdOptions, env, self) : '';
    const page = (env && typeof env === 'object' ? env : {}) as PageEnv;
    const source = sources.get(page);
    const skipped =
      source !== undefined && typeof page.content === 'string' && source.endsWith(page.content)
        ? lineCount(source.slice(0, source.length - page.content.length))
        : 0;
    const line = skipped + (token.map?.[0] ?? 0) + 1;
    const opening = source?.split('\n')[line - 1] ?? '';
    const column = (/^[ \t>]*/.exec(opening)?.[0].length ?? 0) + 1;
    const index = tokens.slice(0, idx).filter((t) => (t as { type?: string }).type === 'fence' && isJourneyLang(t.info)).length;
    const root = options.root ?? siteRoot(page);
    const result = renderFence(
      { attrs: token.info.trim().slice('journey'.length), body: token.content, ...(page.path ? { page: page.path } : {}), line, column, index },
      { ...options, ...(root ? { root } : {}) },
    );
    if (result.error) throw new Error(result.error.text);
    // The XML declaration has no place inside an HTML page.
    const svg = result.svg.replace(/^<\?xml[^>]*\?>\s*/, '');
    const open = '<div class="cjm-journey" style="overflow-x:auto"';
    // A page compiled as a Vue template (VitePress) would lose the map's <style> (Vue drops style
    // tags from templates) and read {{ }} in its text, so Vue gets the SVG as a v-html string.
    const vue = options.output === 'vue' || (options.output === undefined && isVitePress(page));
    return vue ? `${open} v-html="decodeURIComponent('${forVueAttribute(svg)}')"></div>\n` : `${open}>${svg}</div>\n`;
  };
}

/** VitePress's page env holds cleanUrls beside path and relativePath. */
const isVitePress = (env: PageEnv): boolean => 'cleanUrls' in env && typeof env.relativePath === 'string';

/**
 * Text for a single-quoted JS string inside a double-quoted attribute, read back by
 * decodeURIComponent (a global Vue templates may call): only the characters that would end or
 * change either are %-escaped, so CJK text stays as it is.
 */
const forVueAttribute = (text: string): string => text.replace(/[%"'&<>\\\n\r\u2028\u2029]/g, (c) => (c === "'" ? '%27' : encodeURIComponent(c)));

const lineCount = (text: string): number => text.split('\n').length - 1;

/** The folder the page's relativePath is relative to (VitePress's srcDir), when env gives both. */
function siteRoot(env: PageEnv): string | undefined {
  if (!env.path || !env.relativePath) return undefined;
  const abs = env.path.replace(/\\/g, '/');
  const rel = env.relativePath.replace(/\\/g, '/');
  return abs.endsWith(`/${rel}`) ? env.path.slice(0, env.path.length - rel.length - 1) : undefined;
}
