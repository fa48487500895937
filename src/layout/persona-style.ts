// How each persona's curve looks on a map with several: a colour (the persona's own `color`, else
// the theme's series palette) and a dash, so the curves still differ in the mono theme and in
// greyscale print, where every colour is a grey. The first persona keeps the map's usual curve.
import type { Persona } from '../model/journey.js';
import type { Paint } from './scene.js';
import type { Theme, ThemeName } from './theme.js';

export interface PersonaStyle {
  color: Paint;
  /** Undefined: solid. */
  dash?: number[];
}

/** Six colours per theme (MAX_PERSONAS), each at least 3:1 against the theme's surface (tests/layout/persona-style.test.ts). */
const PALETTES: Record<ThemeName, readonly Paint[]> = {
  light: ['#3B5BDB', '#C2410C', '#0F766E', '#7E22CE', '#A16207', '#BE185D'],
  dark: ['#8FA8FF', '#FDBA74', '#5EEAD4', '#D8B4FE', '#FDE047', '#F9A8D4'],
  mono: ['#222222', '#555555', '#222222', '#555555', '#222222', '#555555'],
};

/** Solid, dashed, dotted, dash-dot, short dashes, dash-dot-dot: told apart without colour. */
export const PERSONA_DASHES: readonly (number[] | undefined)[] = [undefined, [9, 5], [1, 6], [12, 4, 1, 4], [5, 4], [14, 4, 1, 4, 1, 4]];

export function personaStyle(theme: Theme, persona: Pick<Persona, 'color'>, index: number): PersonaStyle {
  const palette = PALETTES[theme.name];
  const own = persona.color && theme.name !== 'mono' && /^#[0-9a-fA-F]{6}$/.test(persona.color) ? persona.color.toUpperCase() : undefined;
  const color = own ?? palette[index % palette.length] ?? theme.curve;
  const dash = PERSONA_DASHES[index % PERSONA_DASHES.length];
  return dash ? { color, dash } : { color };
}

/** The style of every persona, by id, in `personas` order. */
export function personaStyles(theme: Theme, personas: readonly Persona[]): Map<string, PersonaStyle> {
  return new Map(personas.map((p, i) => [p.id, personaStyle(theme, p, i)]));
}

/** Text colour on a fill of this colour: near-black on a light one (the dark theme's pale curves), white on a dark one. */
export function onColor(fill: Paint): Paint {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(fill);
  if (!m) return '#FFFFFF';
  const lin = (h: string): number => {
    const c = Number.parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
  // About where white and near-black give the same contrast.
  return l > 0.2 ? '#111111' : '#FFFFFF';
}
