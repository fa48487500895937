// Which lanes a map has, in which order, and what each puts in a column. A lane no touchpoint
// uses is left out. Blueprint lanes sit at the bottom, customer actions directly above the line of
// interaction, as in a classic service blueprint; the experience lanes (thought, feeling, emotion,
// pains, opportunities) stay together above them.
import type { Journey, Stage, Touchpoint } from '../model/journey.js';
import { valueFor } from '../model/per-persona.js';
import type { Block } from './block.js';
import type { LayoutContext } from './context.js';
import { quoted } from './context.js';
import { itemCards, noteCard, stageItems, textCell, touchpointCard } from './cells.js';

type LaneKey = 'touchpoint' | 'action' | 'thought' | 'feeling' | 'pains' | 'opportunities' | 'frontstage' | 'backstage' | 'support';

export type LaneSpec =
  | {
      kind: 'cells';
      key: LaneKey;
      cell: (ctx: LayoutContext, tp: Touchpoint, width: number) => Block | undefined;
      stageCell?: (ctx: LayoutContext, stage: Stage, width: number) => Block | undefined;
    }
  | { kind: 'emotion'; key: 'emotion' }
  | { kind: 'line'; key: 'lineOfInteraction' | 'lineOfVisibility' | 'lineOfInternalInteraction' };

const some = (j: Journey, f: (tp: Touchpoint) => unknown): boolean => j.stages.some((s) => s.touchpoints.some((tp) => !!f(tp)));

const text = (key: 'action' | 'thought' | 'feeling', pick: (tp: Touchpoint) => string | undefined, italic = false): LaneSpec => ({
  kind: 'cells',
  key,
  cell: (ctx, tp, w) => {
    const value = pick(tp);
    if (!value) return undefined;
    return textCell(ctx, key === 'thought' ? quoted(value, ctx.journey.locale) : value, w, key, italic);
  },
});

const note = (key: 'frontstage' | 'backstage' | 'support'): LaneSpec => ({
  kind: 'cells',
  key,
  cell: (ctx, tp, w) => (tp[key] ? noteCard(ctx, tp[key].join('\n'), w, key) : undefined), // TODO(lanes): one step per line
});

const items = (key: 'pains' | 'opportunities', kind: 'pain' | 'opportunity'): LaneSpec => ({
  kind: 'cells',
  key,
  cell: (ctx, tp, w) => (tp[key].length ? itemCards(ctx, tp[key], w, kind, ctx.valleyIds.has(tp.id)) : undefined),
  stageCell: (ctx, stage, w) => (stage[key].length ? stageItems(ctx, stage[key], w, kind) : undefined),
});

export function lanesFor(journey: Journey, hasCurve: boolean): LaneSpec[] {
  const lanes: LaneSpec[] = [{ kind: 'cells', key: 'touchpoint', cell: (ctx, tp, w) => touchpointCard(ctx, tp, w) }];
  const front = some(journey, (t) => t.frontstage);
  const back = some(journey, (t) => t.backstage);
  const support = some(journey, (t) => t.support);
  const blueprint = front || back || support;
  const action: LaneSpec | undefined = some(journey, (t) => t.action) ? text('action', (t) => t.action) : undefined;
  if (action && !blueprint) lanes.push(action);
  // TODO(personas): per-persona thoughts and feelings, one line per persona.
  if (some(journey, (t) => t.thought)) lanes.push(text('thought', (t) => valueFor(t.thought, undefined), true));
  if (some(journey, (t) => t.feeling)) lanes.push(text('feeling', (t) => valueFor(t.feeling, undefined)));
  if (hasCurve) lanes.push({ kind: 'emotion', key: 'emotion' });
  if (some(journey, (t) => t.pains.length) || journey.stages.some((s) => s.pains.length)) lanes.push(items('pains', 'pain'));
  if (some(journey, (t) => t.opportunities.length) || journey.stages.some((s) => s.opportunities.length)) lanes.push(items('opportunities', 'opportunity'));
  if (blueprint) {
    if (action) lanes.push(action);
    lanes.push({ kind: 'line', key: 'lineOfInteraction' });
    if (front) lanes.push(note('frontstage'));
    if (front && (back || support)) lanes.push({ kind: 'line', key: 'lineOfVisibility' });
    if (back) lanes.push(note('backstage'));
    if (back && support) lanes.push({ kind: 'line', key: 'lineOfInternalInteraction' });
    if (support) lanes.push(note('support'));
  }
  return lanes;
}
