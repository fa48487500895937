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

export default function cjmMarkdownIt(md: MarkdownItLike, options: JourneyPluginOptions = {}): void {
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
    const skipped = source !== undefined && typeof page.content === 'string' && source.endsWith(page.content) ? lineCount(source.slice(0, source.length - page.content.length)) : 0;
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
    // v-pre: a site that compiles pages as Vue templates (VitePress) must not read {{ }} in map text.
    // The XML declaration has no place inside an HTML page.
    return `<div class="cjm-journey" style="overflow-x:auto" v-pre>${result.svg.replace(/^<\?xml[^>]*\?>\s*/, '')}</div>\n`;
  };
}

const lineCount = (text: string): number => text.split('\n').length - 1;

/** The folder the page's relativePath is relative to (VitePress's srcDir), when env gives both. */
function siteRoot(env: PageEnv): string | undefined {
  if (!env.path || !env.relativePath) return undefined;
  const abs = env.path.replace(/\\/g, '/');
  const rel = env.relativePath.replace(/\\/g, '/');
  return abs.endsWith(`/${rel}`) ? env.path.slice(0, env.path.length - rel.length - 1) : undefined;
}
