// Text measurement is injected into layout (as in nomnoml), so geometry is deterministic and testable.

export type FontWeight = 'normal' | 'bold';

export interface Measurer {
  /** Advance width of `text` at `fontSize` px. */
  width(text: string, fontSize: number, weight?: FontWeight): number;
  /**
   * The advance in the font's own metrics, for a measurer whose `width` is deliberately wider (the
   * browser safety margin). Layout records it on each line, so a back-end that embeds that very font
   * (the PDF) places centred and right-aligned text exactly without measuring anything itself.
   */
  advance?(text: string, fontSize: number, weight?: FontWeight): number;
  /** Ascent and descent as fractions of the font size (positive numbers). */
  readonly ascent: number;
  readonly descent: number;
}
