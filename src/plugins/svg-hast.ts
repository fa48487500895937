// cjm's own SVG as a hast tree, for the remark plugin: an MDX site (Docusaurus, Astro, Next.js) has
// no raw-HTML node, so the map travels as elements. This reads only what src/render/svg writes
// (well-formed XML: double-quoted attributes, five entities and numeric references, no comments or
// CDATA), so it needs no HTML parser dependency.

export interface HastText {
  type: 'text';
  value: string;
}
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, string | string[]>;
  children: (HastElement | HastText)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (ENTITIES[name] ?? all),
  );

/** hast keys: `class` becomes className (a list); every other attribute keeps its name, which hast tools look up. */
function properties(attrs: string): HastElement['properties'] {
  const props: HastElement['properties'] = {};
  for (const m of attrs.matchAll(/([^\s=]+)="([^"]*)"/g)) {
    const value = decode(m[2]!);
    if (m[1] === 'class') props.className = value.split(/\s+/).filter(Boolean);
    else props[m[1]!] = value;
  }
  return props;
}

/** The root <svg> element of an SVG document written by renderSvg. */
export function svgToHast(svg: string): HastElement {
  const root: HastElement = { type: 'element', tagName: 'root', properties: {}, children: [] };
  const stack: HastElement[] = [root];
  const tags = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>|<\?[^>]*\?>/g;
  let last = 0;
  for (const m of svg.matchAll(tags)) {
    const parent = stack[stack.length - 1]!;
    const text = svg.slice(last, m.index);
    last = m.index + m[0].length;
    // Whitespace between elements outside <text> is layout of the file, not content.
    if (text.trim() !== '' || (text !== '' && (parent.tagName === 'text' || parent.tagName === 'tspan')))
      parent.children.push({ type: 'text', value: decode(text) });
    if (m[2] === undefined) continue; // the <?xml …?> declaration
    if (m[1]) {
      if (parent.tagName !== m[2]) throw new Error(`cjm: unexpected </${m[2]}> in SVG`);
      stack.pop();
      continue;
    }
    const el: HastElement = { type: 'element', tagName: m[2], properties: properties(m[3] ?? ''), children: [] };
    parent.children.push(el);
    if (!m[4]) stack.push(el);
  }
  const svgEl = root.children.find((c): c is HastElement => c.type === 'element' && c.tagName === 'svg');
  if (!svgEl || stack.length !== 1) throw new Error('cjm: the SVG is not well formed');
  return svgEl;
}
