// The one way the SVG writer names an element or points at one, so an id prefix reaches every id
// and every reference (aria-labelledby/-describedby lists, url(#…), href="#…") without rewriting text.

export interface SvgIds {
  /** An id attribute's value. */
  id(name: string): string;
  /** A space-separated id list (aria-labelledby, aria-describedby). */
  list(...names: string[]): string;
  /** A paint or clip reference: url(#…). */
  url(name: string): string;
  /** A link to an element: #…. */
  href(name: string): string;
}

export function idsWith(prefix: string): SvgIds {
  const id = (name: string): string => prefix + name;
  return {
    id,
    list: (...names) => names.map(id).join(' '),
    url: (name) => `url(#${id(name)})`,
    href: (name) => `#${id(name)}`,
  };
}
