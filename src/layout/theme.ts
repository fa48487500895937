// The three palettes. Every text colour is chosen against the surface it sits on to pass WCAG AA
// (tests/layout/theme.test.ts checks the pairs). Score colours follow Okabe–Ito, which stays
// distinguishable under the common colour-vision deficiencies; valleys also differ by shape.
import type { Paint } from './scene.js';

export type ThemeName = 'light' | 'dark' | 'mono';

export interface Theme {
  name: ThemeName;
  background: Paint;
  surface: Paint;
  text: Paint;
  muted: Paint;
  border: Paint;
  grid: Paint;
  neutralLine: Paint;
  laneStripe: Paint;
  /** Stage header fills; `onStage` text sits on them. Cycled when there are more stages. */
  stages: Paint[];
  onStage: Paint;
  stageTintOpacity: number;
  /** Fallback channel colours when the registry declares none. */
  channels: Paint[];
  pain: { fill: Paint; stroke: Paint; text: Paint; dash?: number[] };
  opportunity: { fill: Paint; stroke: Paint; text: Paint; dash?: number[] };
  valley: { fill: Paint; fillOpacity: number; stroke: Paint; text: Paint; onStroke: Paint };
  curve: Paint;
  area: Paint;
  areaOpacity: number;
  /** From the lowest to the highest score band (five bands). */
  scores: [Paint, Paint, Paint, Paint, Paint];
  avatar: Paint;
  onAvatar: Paint;
}

const light: Theme = {
  name: 'light',
  background: '#F8FAFC',
  surface: '#FFFFFF',
  text: '#1E293B',
  muted: '#475569',
  border: '#CBD5E1',
  grid: '#E2E8F0',
  neutralLine: '#94A3B8',
  laneStripe: '#F1F5F9',
  stages: ['#3B5BDB', '#7C3AED', '#0F766E', '#B45309', '#BE185D', '#1D4ED8', '#4D7C0F', '#9D174D'],
  onStage: '#FFFFFF',
  stageTintOpacity: 0.05,
  channels: ['#2563EB', '#7C3AED', '#0F766E', '#B45309', '#BE185D', '#0369A1', '#4D7C0F', '#6D28D9'],
  pain: { fill: '#FEF2F2', stroke: '#F19999', text: '#991B1B' },
  opportunity: { fill: '#ECFDF5', stroke: '#86D9B4', text: '#065F46' },
  valley: { fill: '#DC2626', fillOpacity: 0.07, stroke: '#DC2626', text: '#B91C1C', onStroke: '#FFFFFF' },
  curve: '#3B5BDB',
  area: '#3B5BDB',
  areaOpacity: 0.08,
  scores: ['#D55E00', '#E69F00', '#8C96A3', '#56B4E9', '#009E73'],
  avatar: '#3B5BDB',
  onAvatar: '#FFFFFF',
};

const dark: Theme = {
  name: 'dark',
  background: '#0F172A',
  surface: '#1E293B',
  text: '#E2E8F0',
  muted: '#A8B4C6',
  border: '#3B4A60',
  grid: '#27344A',
  neutralLine: '#64748B',
  laneStripe: '#131D33',
  stages: ['#3B5BDB', '#7C3AED', '#0F766E', '#B45309', '#BE185D', '#1D4ED8', '#4D7C0F', '#9D174D'],
  onStage: '#FFFFFF',
  stageTintOpacity: 0.08,
  channels: ['#7EA6F8', '#B79CF5', '#4FD1C5', '#F6AD55', '#F687B3', '#63B3ED', '#9AE66E', '#C4B5FD'],
  pain: { fill: '#3A1E27', stroke: '#C2545F', text: '#FECACA' },
  opportunity: { fill: '#153A31', stroke: '#3FA57E', text: '#BBF7D0' },
  valley: { fill: '#F87171', fillOpacity: 0.09, stroke: '#F87171', text: '#FCA5A5', onStroke: '#0F172A' },
  curve: '#8FA8FF',
  area: '#8FA8FF',
  areaOpacity: 0.1,
  scores: ['#F0782E', '#F3B43D', '#A0AEC0', '#56B4E9', '#2DD4A0'],
  avatar: '#3B5BDB',
  onAvatar: '#FFFFFF',
};

// Print-friendly greyscale: kinds differ by border dash and marker shape instead of hue.
const mono: Theme = {
  name: 'mono',
  background: '#FFFFFF',
  surface: '#FFFFFF',
  text: '#111111',
  muted: '#4A4A4A',
  border: '#9A9A9A',
  grid: '#E0E0E0',
  neutralLine: '#777777',
  laneStripe: '#F5F5F5',
  stages: ['#333333', '#555555'],
  onStage: '#FFFFFF',
  stageTintOpacity: 0.03,
  channels: ['#555555'],
  pain: { fill: '#F2F2F2', stroke: '#333333', text: '#111111', dash: [4, 3] },
  opportunity: { fill: '#FFFFFF', stroke: '#777777', text: '#111111' },
  valley: { fill: '#000000', fillOpacity: 0.06, stroke: '#222222', text: '#111111', onStroke: '#FFFFFF' },
  curve: '#222222',
  area: '#000000',
  areaOpacity: 0.06,
  scores: ['#111111', '#444444', '#777777', '#999999', '#BBBBBB'],
  avatar: '#333333',
  onAvatar: '#FFFFFF',
};

export const themes: Record<ThemeName, Theme> = { light, dark, mono };

/** Colour of a score: five bands from the scale's low end to its high end. */
export function scoreColor(theme: Theme, score: number, scale: readonly [number, number]): Paint {
  const [lo, hi] = scale;
  const t = hi === lo ? 0.5 : (score - lo) / (hi - lo);
  const band = Math.min(4, Math.max(0, Math.round(t * 4)));
  return theme.scores[band] ?? theme.neutralLine;
}

/** Stable colour for a channel without a declared one: a tiny string hash into the palette. */
export function channelColor(theme: Theme, channelId: string, declared?: string): Paint {
  if (declared && theme.name !== 'mono' && /^#[0-9a-fA-F]{6}$/.test(declared)) return declared.toUpperCase();
  let h = 2166136261;
  for (let i = 0; i < channelId.length; i++) h = Math.imul(h ^ channelId.charCodeAt(i), 16777619) >>> 0;
  return theme.channels[h % theme.channels.length] ?? theme.muted;
}

export const stageColor = (theme: Theme, index: number): Paint => theme.stages[index % theme.stages.length] ?? theme.muted;
