// The one way the SVG writer names an element or points at one, so the map's prefix reaches every id,
// every class and every reference (aria-labelledby/-describedby lists, url(#…), href="#…") without
// rewriting text. A scene name `tp-pay` becomes the id `<prefix>-tp-pay`; a role `curve` the class
// `<prefix>-curve`.

export interface SvgIds {
  /** The normalised prefix itself (see prefix.ts). */
  prefix: string;
  /** An id attribute's value. */
  id(name: string): string;
  /** A class attribute's value for a scene role. */
  cls(role: string): string;
  /** A space-separated id list (aria-labelledby, aria-describedby). */
  list(...names: string[]): string;
  /** A paint or clip reference: url(#…). */
  url(name: string): string;
  /** A link to an element: #…. */
  href(name: string): string;
}

/** `prefix` must already be normalised (normalisePrefix): it goes into CSS selectors as it is. */
export function idsWith(prefix: string): SvgIds {
  const id = (name: string): string => `${prefix}-${name}`;
  return {
    prefix,
    id,
    cls: id,
    list: (...names) => names.map(id).join(' '),
    url: (name) => `url(#${id(name)})`,
    href: (name) => `#${id(name)}`,
  };
}
