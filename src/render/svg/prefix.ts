// The per-map name prefix that makes an SVG safe to inline next to other maps and a host page's own
// SVG: every id (`<p>-title`, `<p>-tp-<id>`), every class (`<p>-curve`) and every style rule
// (`#<p>-root text{…}`) carries it. It replaces the `cjm` in the names a bare map would use.

/** The prefix a map gets when nothing else names it (the HTML page's single map, renderSvg's default). */
export const DEFAULT_PREFIX = 'cjm';

/** A CSS identifier that also works as an XML id: a letter first, then letters, digits, `-` and `_`. */
const SAFE = /^[A-Za-z][A-Za-z0-9_-]*$/;
const MAX = 40;

/** FNV-1a over the UTF-8 bytes, base 36: short, stable across runs and platforms. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/**
 * A prefix from a name (a file stem or a title): ASCII letters and digits joined by `-`, lower case.
 * A name that loses letters on the way (Chinese, Japanese, accents dropped as such) gets a short hash
 * of the whole name, so two CJK titles never share a prefix; one with no ASCII left is `cjm-<hash>`.
 */
export function prefixFrom(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX)
    .replace(/-+$/, '');
  const lossy = /[^\x00-\x7f]/.test(ascii);
  if (!slug) return `${DEFAULT_PREFIX}-${hash(name)}`;
  const lead = /^[a-z]/.test(slug) ? slug : `m-${slug}`;
  return lossy ? `${lead}-${hash(name)}` : lead;
}

/**
 * The prefix as given (`docs` or `docs-`; a trailing `-` is dropped) when it is already a safe
 * identifier, else one derived from it by prefixFrom. Undefined or empty gives the default.
 */
export function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/-+$/, '');
  if (!trimmed) return DEFAULT_PREFIX;
  return SAFE.test(trimmed) && trimmed.length <= MAX ? trimmed : prefixFrom(trimmed);
}

/** Whether a typed --id-prefix can be used as it is. */
export const isSafePrefix = (prefix: string): boolean => SAFE.test(prefix.replace(/-+$/, '')) && prefix.length <= MAX + 1;
