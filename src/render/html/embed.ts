// Prepares the standalone SVG document for inlining into the page. Two copies of the map (light and
// dark) live in one document, so the second copy's ids get a prefix: otherwise `url(#…)` paints and
// `#tp-…` anchors would resolve into the other copy. The SVG serializer escapes `<`, `>` and `"`
// inside attribute values, so a tag is exactly `<` up to the next `>`, and only tags are rewritten
// (text content, i.e. user text, is never touched).

/** Drops the XML prolog and doctype, which have no place inside an HTML body. */
export function stripProlog(svg: string): string {
  return svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '');
}

const ID_ATTRS = /\s(id|aria-labelledby|aria-describedby)="([^"]*)"/g;

/** Prefixes every id and every reference to one (url(#…), href="#…", aria id lists). */
export function prefixIds(svg: string, prefix: string): string {
  return svg.replace(/<[A-Za-z][^<>]*>/g, (tag) =>
    tag
      .replace(ID_ATTRS, (_m, name: string, value: string) => ` ${name}="${value.split(/\s+/).map((v) => (v ? prefix + v : v)).join(' ')}"`)
      .replace(/url\(#/g, `url(#${prefix}`)
      .replace(/(\s(?:xlink:)?href=")#/g, `$1#${prefix}`),
  );
}

export function embedSvg(svg: string, idPrefix?: string): string {
  const body = stripProlog(svg).trim();
  return idPrefix ? prefixIds(body, idPrefix) : body;
}
