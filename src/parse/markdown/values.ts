// Field values that are not plain text: emotion scores (a number, a face, or both) and metrics.
// Anything that is neither stays a string, so validation reports it like it would in YAML.
import type { Problem } from '../../diagnostics/codes.js';
import { jsonString, unescapeMarkdown } from './text.js';
import { mdProblems } from './problems.js';

/** The face table, lowest to highest; spread evenly over the declared emotion scale. */
export const FACES = ['😣', '🙁', '😐', '🙂', '😀'] as const;
const ALIASES: Record<string, string> = { '☹': '🙁' };
export const DEFAULT_SCALE: readonly [number, number] = [-2, 2];

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

export const faceValue = (index: number, [low, high]: readonly [number, number]): number => low + ((high - low) * index) / (FACES.length - 1);

/** The face that stands exactly for `value` on the scale, if one does. */
export function faceFor(value: number, scale: readonly [number, number]): string | undefined {
  const index = FACES.findIndex((_, i) => faceValue(i, scale) === value);
  return index < 0 ? undefined : FACES[index];
}

const faceIndex = (text: string): number => FACES.indexOf((ALIASES[text] ?? text) as (typeof FACES)[number]);

/** The scale declared in front matter when it is well formed; validation reports it otherwise. */
export function scaleOf(declared: unknown): readonly [number, number] {
  if (!Array.isArray(declared) || declared.length !== 2) return DEFAULT_SCALE;
  const [low, high] = declared as unknown[];
  return Number.isInteger(low) && Number.isInteger(high) && (low as number) < (high as number) ? [low as number, high as number] : DEFAULT_SCALE;
}

/** `1.8` → 1.8; anything else, and any JSON-quoted value, stays text. */
export function readNumberOrText(raw: string): number | string {
  const quoted = jsonString(raw);
  if (quoted !== undefined) return quoted;
  const text = unescapeMarkdown(raw);
  return NUMBER.test(text) ? Number(text) : text;
}

export type EmotionReading = { value: number | string } | { problem: Problem };

const table = (scale: readonly [number, number]): string => FACES.map((face, i) => `${face} ${faceValue(i, scale)}`).join(', ');

/** `-1`, `🙁`, or `-1 🙁` (as toMarkdown writes it); the face maps onto `scale`. */
export function readEmotion(raw: string, scale: readonly [number, number]): EmotionReading {
  const value = readNumberOrText(raw);
  if (typeof value === 'number' || jsonString(raw) !== undefined) return { value };
  const parts = value
    .replace(/\uFE0F/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const faces = parts.filter((p) => PICTOGRAPH.test(p));
  if (faces.length === 0 || parts.length > 2 || faces.length > 1) {
    return faces.length > 0 ? { problem: mdProblems.unknownFace(value, table(scale)) } : { value };
  }
  const face = faces[0] ?? '';
  const index = faceIndex(face);
  if (index < 0) return { problem: mdProblems.unknownFace(value, table(scale)) };
  const number = parts.find((p) => p !== faces[0]);
  if (number === undefined) return { value: faceValue(index, scale) };
  if (!NUMBER.test(number)) return { value };
  if (Number(number) !== faceValue(index, scale)) {
    return { problem: mdProblems.faceMismatch(number, face, faceValue(index, scale), scale) };
  }
  return { value: Number(number) };
}
