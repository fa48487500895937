// Scene colours (`#rrggbb`, or `#rgb`) as pdfkit RGB triples. Anything else paints nothing rather
// than inheriting whatever colour the previous node left set.
export type Rgb = [number, number, number];

export function rgb(paint: string | undefined): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(paint ?? '');
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  const n = parseInt(hex, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** SVG semantics: an opacity of 1 or more (or none) is opaque; negative is clamped to 0. */
export const opacity = (o: number | undefined): number => (o === undefined ? 1 : Math.max(0, Math.min(1, o)));

/** A dash pattern PDF accepts (every length finite and positive), or none. */
export const dashPattern = (d: readonly number[] | undefined): number[] | undefined =>
  d && d.length > 0 && d.every((x) => Number.isFinite(x) && x > 0) ? [...d] : undefined;
