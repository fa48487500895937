// The ToUnicode CMap of each embedded font, written as bfchar entries. pdfkit (0.20.2) writes it as
// `bfrange` lines with arrays of destinations (`<0000> <00d3> [<5c0f> <82b3> …]`); poppler reads those,
// but Ghostscript keeps only the low byte of each destination, so `gs -sDEVICE=txtwrite` and every
// `pdfwrite` round trip (print shops, PDF mergers) turn all text above U+00FF into garbage. One
// `<cid> <unicode>` pair per glyph is the plainest form of the CMap, and every reader takes it.

/** The parts of pdfkit's EmbeddedFont this module uses (pinned with pdfkit 0.20.2). */
interface EmbeddedFontInternals {
  document: { ref(): { end(data: string): void } };
  /** Code points per glyph id (= CID: pdfkit embeds with CIDToGIDMap /Identity). */
  unicode: (number[] | undefined)[];
  toUnicodeCmap(): unknown;
  cjmBfchar?: true;
}

/** The PDF limit on entries in one beginbfchar … endbfchar block. */
const BLOCK = 100;

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** UTF-16 code units, as a CMap destination string. */
function utf16Hex(codePoints: readonly number[]): string {
  return String.fromCodePoint(...codePoints)
    .split('')
    .map((u) => hex4(u.charCodeAt(0)))
    .join('');
}

export function bfcharCmap(unicode: readonly (readonly number[] | undefined)[]): string {
  const pairs: string[] = [];
  unicode.forEach((cps, cid) => {
    if (cid > 0 && cps && cps.length > 0) pairs.push(`<${hex4(cid)}> <${utf16Hex(cps)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += BLOCK) {
    const block = pairs.slice(i, i + BLOCK);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Makes the document's current font (an embedded TrueType/OpenType face) write a bfchar CMap. */
export function useBfcharCmap(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!font || font.cjmBfchar || !Array.isArray(font.unicode) || typeof font.toUnicodeCmap !== 'function') return;
  font.cjmBfchar = true;
  font.toUnicodeCmap = function toUnicodeCmap(this: EmbeddedFontInternals) {
    const ref = this.document.ref();
    ref.end(bfcharCmap(this.unicode));
    return ref;
  };
}
