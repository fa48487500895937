// Which lanes a map has, in which order, and what each puts in a column. A lane no touchpoint
// uses is left out. Blueprint lanes sit at the bottom in the classic service-blueprint order:
// physical evidence, customer actions, line of interaction, frontstage, line of visibility,
// backstage, line of internal interaction, support. The experience lanes (thought, feeling, emotion,
// pains, opportunities) stay together above them, and the map's own lanes (`lanes:`) come last, in
// the order they are declared. The README's "Lanes" section documents this order.
import type { Journey, Lane, Stage, Touchpoint } from '../model/journey.js';
import { customLaneSteps } from '../model/lanes.js';
import type { Block } from './block.js';
import type { LayoutContext } from './context.js';
import { quoted } from './context.js';
import { itemCards, stageItems, textCell, touchpointCard } from './cells.js';
import { laneNote } from './lane-notes.js';
import { personaTextCell } from './persona-text.js';

type BlueprintKey = 'physicalEvidence' | 'frontstage' | 'backstage' | 'support';
export type LaneKey = 'touchpoint' | 'action' | 'thought' | 'feeling' | 'pains' | 'opportunities' | BlueprintKey;

export type LaneSpec =
  | {
      kind: 'cells';
      /** A built-in lane (labelled in the map's locale), or 'custom' for one the map declares. */
      key: LaneKey | 'custom';
      /** A custom lane's label as declared (its id when none is). */
      label?: string;
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

const note = (key: BlueprintKey): LaneSpec => ({
  kind: 'cells',
  key,
  cell: (ctx, tp, w) => laneNote(ctx, tp[key], w, key === 'physicalEvidence' ? 'physical-evidence' : key),
});

const custom = (lane: Lane): LaneSpec => ({
  kind: 'cells',
  key: 'custom',
  label: lane.label,
  cell: (ctx, tp, w) => laneNote(ctx, customLaneSteps(tp, lane.id), w, 'custom-lane'),
});

/** Whether a touchpoint has something to show in a lane (a list of only blank steps has not). */
const filled = (steps: readonly string[] | undefined): boolean => !!steps?.some((s) => s.trim() !== '');

const items = (key: 'pains' | 'opportunities', kind: 'pain' | 'opportunity'): LaneSpec => ({
  kind: 'cells',
  key,
  cell: (ctx, tp, w) => (tp[key].length ? itemCards(ctx, tp[key], w, kind, ctx.valleyIds.has(tp.id)) : undefined),
  stageCell: (ctx, stage, w) => (stage[key].length ? stageItems(ctx, stage[key], w, kind) : undefined),
});

export function lanesFor(journey: Journey, hasCurve: boolean): LaneSpec[] {
  const lanes: LaneSpec[] = [{ kind: 'cells', key: 'touchpoint', cell: (ctx, tp, w) => touchpointCard(ctx, tp, w) }];
  const evidence = some(journey, (t) => filled(t.physicalEvidence));
  const front = some(journey, (t) => filled(t.frontstage));
  const back = some(journey, (t) => filled(t.backstage));
  const support = some(journey, (t) => filled(t.support));
  const organisation = front || back || support;
  const blueprint = evidence || organisation;
  const action: LaneSpec | undefined = some(journey, (t) => t.action) ? text('action', (t) => t.action) : undefined;
  if (action && !blueprint) lanes.push(action);
  // Thoughts and feelings: one line per persona when they differ by persona.
  if (some(journey, (t) => t.thought))
    lanes.push({ kind: 'cells', key: 'thought', cell: (ctx, tp, w) => personaTextCell(ctx, tp.thought, w, 'thought', true) });
  if (some(journey, (t) => t.feeling))
    lanes.push({ kind: 'cells', key: 'feeling', cell: (ctx, tp, w) => personaTextCell(ctx, tp.feeling, w, 'feeling', false) });
  if (hasCurve) lanes.push({ kind: 'emotion', key: 'emotion' });
  if (some(journey, (t) => t.pains.length) || journey.stages.some((s) => s.pains.length)) lanes.push(items('pains', 'pain'));
  if (some(journey, (t) => t.opportunities.length) || journey.stages.some((s) => s.opportunities.length)) lanes.push(items('opportunities', 'opportunity'));
  if (blueprint) {
    if (evidence) lanes.push(note('physicalEvidence'));
    if (action) lanes.push(action);
  }
  if (organisation) {
    lanes.push({ kind: 'line', key: 'lineOfInteraction' });
    if (front) lanes.push(note('frontstage'));
    if (front && (back || support)) lanes.push({ kind: 'line', key: 'lineOfVisibility' });
    if (back) lanes.push(note('backstage'));
    if (back && support) lanes.push({ kind: 'line', key: 'lineOfInternalInteraction' });
    if (support) lanes.push(note('support'));
  }
  for (const lane of journey.lanes) if (some(journey, (t) => filled(customLaneSteps(t, lane.id)))) lanes.push(custom(lane));
  return lanes;
}
