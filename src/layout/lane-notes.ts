// The note card of a blueprint or custom lane: one step as plain text, several as a small bulleted
// list, one step per line. Bullets, not numbers: a list of steps may be done in any order (systems
// in the support lane, things the customer sees), and a number would claim a sequence.
import type { SceneRole } from './scene.js';
import type { Block, TextStyle } from './block.js';
import type { LayoutContext } from './context.js';
import type { Measurer } from '../text/measurer.js';
import { card, stack, textBlock } from './block.js';
import { FONT } from './metrics.js';

const STEP_GAP = 3;
const BULLET = '•';

/** Several steps as a list, `width` wide; wrapped lines start under the step's first word, not back under the bullet. */
export function stepList(measurer: Measurer, steps: readonly string[], width: number, style: TextStyle): Block {
  // Rounded up to a hundredth: the bullet's own box must hold it, and scene numbers have two decimals.
  const indent = Math.min(Math.ceil(measurer.width(`${BULLET} `, style.size, style.weight ?? 'normal') * 100) / 100, width / 2);
  const items = steps.map((step): Block => {
    const bullet = textBlock(measurer, BULLET, indent, style);
    const text = textBlock(measurer, step, width - indent, style);
    return { width, height: text.height, place: (x, y) => [...bullet.place(x, y), ...text.place(x + indent, y)] };
  });
  return stack(items, STEP_GAP, width);
}

/** A small framed note with a lane's steps at one touchpoint; undefined when there is nothing to show. */
export function laneNote(ctx: LayoutContext, steps: readonly string[] | undefined, width: number, role: SceneRole): Block | undefined {
  const { theme, measurer } = ctx;
  const shown = (steps ?? []).filter((s) => s.trim() !== '');
  if (shown.length === 0) return undefined;
  const style: TextStyle = { size: FONT.body, fill: theme.text };
  const inner = width - 16;
  const body = shown.length === 1 ? textBlock(measurer, shown[0]!, inner, style) : stepList(measurer, shown, inner, style);
  return card(body, width, { role, fill: theme.surface, stroke: theme.border, pad: 8, radius: 6 });
}
