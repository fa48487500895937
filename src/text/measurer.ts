// Text measurement is injected into layout (as in nomnoml), so geometry is deterministic and testable.

export type FontWeight = 'normal' | 'bold';

export interface Measurer {
  /** Advance width of `text` at `fontSize` px. */
  width(text: string, fontSize: number, weight?: FontWeight): number;
  /** Ascent and descent as fractions of the font size (positive numbers). */
  readonly ascent: number;
  readonly descent: number;
}
