// Every text colour against the surface it sits on passes WCAG 2.x AA (4.5:1 for normal text;
// the map's smallest text is 10–12 px, so no large-text allowance is taken).
import { describe, expect, it } from 'vitest';
import { themes } from '../../src/layout/theme.js';
import type { Theme } from '../../src/layout/theme.js';

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string): number => {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** `top` at `opacity` over `base`, as the viewer sees it. */
const over = (top: string, opacity: number, base: string): string =>
  `#${rgb(top)
    .map((c, i) =>
      Math.round(c * opacity + rgb(base)[i]! * (1 - opacity))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

function pairs(t: Theme): [string, string, string][] {
  const out: [string, string, string][] = [
    ['text on background', t.text, t.background],
    ['text on surface', t.text, t.surface],
    ['muted on surface', t.muted, t.surface],
    ['muted on background', t.muted, t.background],
    ['muted on lane stripe', t.muted, t.laneStripe],
    ['text on lane stripe', t.text, t.laneStripe],
    ['pain text', t.pain.text, t.pain.fill],
    ['opportunity text', t.opportunity.text, t.opportunity.fill],
    ['valley label on surface', t.valley.text, t.surface],
    ['lowest label on its pill', t.valley.onStroke, t.valley.stroke],
    ['avatar initial', t.onAvatar, t.avatar],
    ['text in a valley band', t.text, over(t.valley.fill, t.valley.fillOpacity * 1.4, t.background)],
  ];
  t.stages.forEach((s, i) => {
    out.push([`stage header ${i + 1}`, t.onStage, s]);
  });
  t.channels.forEach((c, i) => {
    out.push([`channel pill ${i + 1}`, t.text, over(c, 0.14, t.surface)]);
  });
  return out;
}

describe('theme contrast', () => {
  for (const theme of Object.values(themes)) {
    it(`${theme.name}: every text colour passes AA on its surface`, () => {
      const failing = pairs(theme)
        .filter(([, fg, bg]) => contrast(fg, bg) < 4.5)
        .map(([name, fg, bg]) => `${name}: ${fg} on ${bg} = ${contrast(fg, bg).toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }
  it('computes known ratios', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});
