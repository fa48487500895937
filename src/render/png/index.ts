// PNG output: the scene's SVG rasterised by resvg (@resvg/resvg-js, a native build inside the npm
// package: no browser, no system library). Text reaches resvg as glyph outlines of the bundled fonts
// (svg.ts, outline.ts), so resvg loads no font at all. The built-in faces are read by truetype.ts, a user
// font by fontkit (faces.ts); resvg, and fontkit for a user font, are imported lazily, only when a PNG is asked for. A map too big for one image (past 32,767 px a side, which most viewers and browsers
// refuse, or past MAX_PIXELS) is drawn at the largest scale that fits, with a warning.
import type { Scene } from '../../layout/scene.js';
import { missingCharacters, missingGlyphWarning, weightsUsed } from '../pdf/glyphs.js';
import { outlinedSvg } from './svg.js';
import { withSoftwareChunk } from './chunks.js';
import { loadOutlineFaces } from './faces.js';

export const DEFAULT_SCALE = 2;
/** Longest side of a PNG cjm writes: past it Chromium, Firefox and most image tools refuse to draw. */
export const MAX_SIDE = 32767;
/** Most pixels in one PNG (512 MB of RGBA while drawing). */
export const MAX_PIXELS = 2 ** 27;

export interface PngOptions {
  /** Pixels per SVG px (default 2, for sharp slides). */
  scale?: number;
  /** TTF/OTF/TTC to draw all text with, instead of the built-in Noto Sans (TC, SC or JP by language). */
  fontPath?: string;
}

export interface PngResult {
  /** The file; empty when `error` is set. */
  bytes: Uint8Array;
  width: number;
  height: number;
  /** The scale drawn at: the one asked for, or lower when the map is too big for one image. */
  scale: number;
  /** The missing-glyph warning, if any. */
  warnings: string[];
  /** The characters the font cannot draw (named in `warnings`). */
  missing: string[];
  /** Set when the map was drawn at a lower scale than asked for. */
  scaledDown?: string;
  /** Why no PNG was made (a font that cannot be read). */
  error?: string;
}

/** The scale to draw at: the one asked for, unless the image would be too big; then the largest that fits. */
export function fittingScale(width: number, height: number, scale: number): number {
  const fit = Math.min(MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  // Rounded down to 1/1000 so the pixel size, rounded by resvg, stays inside the limits.
  return scale <= fit ? scale : Math.floor(fit * 1000) / 1000;
}

export async function renderPng(scene: Scene, options: PngOptions = {}): Promise<PngResult> {
  const asked = options.scale ?? DEFAULT_SCALE;
  const empty = { bytes: new Uint8Array(), width: 0, height: 0, scale: asked, warnings: [], missing: [] };
  const loaded = await loadOutlineFaces(weightsUsed(scene), scene.lang, options.fontPath);
  if (!loaded.ok) return { ...empty, error: loaded.message };
  const { faces } = loaded;
  const missing = missingCharacters(scene, faces);
  const warning = missingGlyphWarning(missing, faces.label, 'PNG');
  const scale = fittingScale(scene.width, scene.height, asked);
  const scaledDown =
    scale < asked
      ? `the map is ${Math.round(scene.width)} × ${Math.round(scene.height)} px, too big for one PNG at scale ${asked} (at most ${MAX_SIDE} px a side and ${MAX_PIXELS.toLocaleString('en')} pixels); drawn at scale ${scale}. For a sharper picture split the journey into several maps, or use -f pdf or svg`
      : undefined;
  const svg = outlinedSvg(scene, faces);
  const { renderAsync } = await import('@resvg/resvg-js');
  // No font at all: the scene has no text left, and system fonts would make the output depend on the machine.
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false }, logLevel: 'off' });
  return {
    bytes: withSoftwareChunk(image.asPng()),
    width: image.width,
    height: image.height,
    scale,
    warnings: warning ? [warning] : [],
    missing,
    ...(scaledDown ? { scaledDown } : {}),
  };
}
