// Prepares the standalone SVG document for inlining into the page. Ids are not touched here: two
// copies of the map (light and dark) live in one document, so the page asks renderSvg for the second
// copy with an id prefix (SvgOptions.idPrefix) and never rewrites finished markup.

/** Drops the XML prolog and doctype, which have no place inside an HTML body. */
export function stripProlog(svg: string): string {
  return svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '');
}

export function embedSvg(svg: string): string {
  return stripProlog(svg).trim();
}
