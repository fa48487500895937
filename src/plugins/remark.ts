// `cjm/remark`: a remark (unified) plugin, for Docusaurus, Astro, Next.js MDX and any unified
// pipeline, that turns a ```journey code block into the map's inline SVG at build time. It walks
// mdast itself and hands the SVG to remark-rehype as hast (data.hName/hChildren), so it needs no
// unified, unist-util-visit or raw-HTML support from the site, and works in MDX.
import { resolve } from 'node:path';
import type { JourneyPluginOptions } from './journey-fence.js';
import { isJourneyLang, renderFence } from './journey-fence.js';
import { svgToHast } from './svg-hast.js';

export type { JourneyPluginOptions } from './journey-fence.js';

interface Point {
  line: number;
  column: number;
}
/** The parts of an mdast node this plugin reads or writes. */
interface Node {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: Point; end: Point };
  children?: Node[];
  data?: Record<string, unknown>;
}
/** The parts of a VFile this plugin uses (vfile 4 to 6). */
export interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
  fail(reason: string, place?: Point | { start: Point; end: Point }, origin?: string): never;
}

export default function remarkCjm(options: JourneyPluginOptions = {}) {
  return (tree: Node, file: VFileLike): void => {
    const page = file.path ?? file.history?.[file.history.length - 1];
    let index = 0;
    const visit = (node: Node): void => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'code' && isJourneyLang(child.lang)) children[i] = journeyNode(child, index++);
        else visit(child);
      }
    };
    const journeyNode = (code: Node, n: number): Node => {
      const start = code.position?.start ?? { line: 1, column: 1 };
      // remark splits the info string: `journey` is lang, the rest (src="…") is meta.
      const attrs = `${(code.lang ?? '').trim().slice('journey'.length)} ${code.meta ?? ''}`;
      const result = renderFence(
        { attrs, body: code.value ?? '', ...(page ? { page: resolvePage(page, file.cwd) } : {}), line: start.line, column: start.column, index: n },
        options,
      );
      if (result.error) {
        const { line, column, code: rule, message } = result.error;
        file.fail(`${rule}: ${message}`, { line, column }, `cjm:${rule}`);
      }
      // A paragraph every mdast tool knows, which remark-rehype turns into <div class="cjm-journey"><svg…></div>.
      return {
        type: 'paragraph',
        children: [],
        ...(code.position ? { position: code.position } : {}),
        data: { hName: 'div', hProperties: { className: ['cjm-journey'], style: 'overflow-x:auto' }, hChildren: [svgToHast(result.svg)] },
      };
    };
    visit(tree);
  };
}

const resolvePage = (page: string, cwd: string | undefined): string => resolve(cwd ?? process.cwd(), page);
