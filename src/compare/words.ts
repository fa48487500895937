// Small pieces every reading of a change shares (text, Markdown, the drawing): score deltas and the
// one-line summary, so the terminal, the pull-request comment and the map say the same thing.
import { formatScore } from '../text/score.js';
import type { FromTo, JourneyChange } from './change.js';
import { rescale } from './diff.js';

/** `▲ +3`, `▼ −1` (one decimal at most); empty for no change. */
export function formatDelta(delta: number): string {
  const d = Math.round(delta * 10) / 10;
  if (d === 0) return '';
  return d > 0 ? `▲ +${d}` : `▼ \u2212${-d}`;
}

/** The new score minus the old one (rescaled onto the new map's scale); undefined when either is missing. */
export function scoreDelta(change: JourneyChange, score: FromTo<number>): number | undefined {
  if (score.from === null || score.to === null) return undefined;
  return score.to - rescale(score.from, change.scales.from, change.scales.to);
}

export const scoreText = (score: number | null, scale: readonly [number, number]): string => (score === null ? '–' : formatScore(score, scale));

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `touchpoints: 2 changed, 1 added · 2 scores up, 1 down · 1 valley opened, 2 closed`. */
export function summaryLine(change: JourneyChange): string {
  if (!change.differs) return 'no changes';
  const t = change.touchpoints;
  const deltas = t.changed.map((c) => (c.emotion ? scoreDelta(change, c.emotion) : undefined)).filter((d): d is number => d !== undefined);
  const up = deltas.filter((d) => d > 0).length;
  const down = deltas.filter((d) => d < 0).length;
  const tps = [
    t.changed.length ? `${t.changed.length} changed` : '',
    t.added.length ? `${t.added.length} added` : '',
    t.removed.length ? `${t.removed.length} removed` : '',
    t.moved.length ? `${t.moved.length} moved` : '',
  ].filter(Boolean);
  const parts: string[] = [];
  if (tps.length) parts.push(`touchpoints: ${tps.join(', ')}`);
  if (up || down) parts.push([up ? count(up, 'score') + ' up' : '', down ? `${up ? down : count(down, 'score')} down` : ''].filter(Boolean).join(', '));
  const { opened, closed } = change.valleys;
  if (opened.length || closed.length)
    parts.push(
      [
        opened.length ? `${count(opened.length, 'valley')} opened` : '',
        closed.length ? `${opened.length ? closed.length : count(closed.length, 'valley')} closed` : '',
      ]
        .filter(Boolean)
        .join(', '),
    );
  const stages = change.stages.filter((s) => s.status !== 'kept');
  if (stages.length) parts.push(`${count(stages.length, 'stage')} ${[...new Set(stages.map((s) => s.status))].join('/')}`);
  if (change.fields.length) parts.push(`map: ${change.fields.join(', ')}`);
  return parts.length ? parts.join(' · ') : 'stage details changed';
}
