import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { reportText } from '../../src/report/text.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';
import { runCli } from '../helpers/cli.js';

const journey = journeyOf([
  { id: 'Find', touchpoints: [touchpoint('ad', 1), touchpoint('search', -1, { name: 'Searches', pains: ['Ads everywhere'], opportunities: ['Better SEO'] })] },
  {
    id: 'Buy',
    touchpoints: [
      touchpoint('mid', 0),
      touchpoint('pay', -2, { name: 'Pays \u001b[31mred\u001b[0m \u202Eevil', pains: ['Card declined'] }),
      touchpoint('done', 2),
    ],
  },
]);

describe('reportText', () => {
  const text = reportText(journey, analyse(journey), { color: false });
  const lines = text.split('\n');

  it('lists each stage with its figures, aligned', () => {
    const find = lines.find((l) => l.startsWith('1 Find'));
    const buy = lines.find((l) => l.startsWith('2 Buy'));
    expect(find?.split(/\s{2,}/)).toEqual(['1 Find', '0', '−1', '+1', '2/2', '1', '1']);
    expect(buy?.split(/\s{2,}/)).toEqual(['2 Buy', '0', '−2', '+2', '3/3', '1', '0']);
    expect(find?.length).toBe(buy?.length);
  });

  it('draws the curve one row per level, stages apart, valleys marked', () => {
    const chart = lines.filter((l) => /^\s+[+−]?\d \S/.test(l));
    expect(chart).toEqual(['   +2 ·· ··●', '   +1 ●· ···', '    0 ── ●──', '   −1 ·▼ ···', '   −2 ·· ·◆·']);
  });

  it('lists valleys lowest first with their pains and ideas, terminal-safe', () => {
    const start = lines.indexOf('Where it hurts');
    expect(lines.slice(start + 1, start + 6)).toEqual([
      '  ◆  −2  Pays ␛[31mred␛[0m �evil (Buy)',
      '         − Card declined',
      '  ▼  −1  Searches (Find)',
      '         − Ads everywhere',
      '         + Better SEO',
    ]);
    expect(text).not.toMatch(/\u001b|\u202E/);
  });

  it('colours only when asked', () => {
    expect(reportText(journey, analyse(journey), { color: true })).toMatch(/\u001b\[/);
  });
});

describe('cjm report', () => {
  it('reports an example in its own language and exits 0', () => {
    const run = runCli(['report', 'examples/skincare-zh.yaml']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('痛在哪裡');
    expect(run.stdout).toMatch(/◆\s+−2\s+加 LINE 問成分/);
  });
  it('exits 1 with a positioned error on a bad map', () => {
    const run = runCli(['report', '-'], { input: 'title: x\nstages: 3\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('<stdin>:2:9: error');
    expect(run.stdout).toBe('');
  });
});
