// Valley bands: a shaded, dashed-red column behind every valley touchpoint, from the first lane to
// the last, so the worst moments stand out before anything is read.
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';

export function valleyBands(ctx: LayoutContext, top: number, bottom: number): SceneNode[] {
  const { theme } = ctx;
  const out: SceneNode[] = [];
  for (const v of ctx.analysis.valleys) {
    const col = ctx.cols.byTouchpoint.get(v.touchpointId);
    if (!col) continue;
    out.push({
      kind: 'rect',
      role: 'valley-band',
      x: col.x - 4,
      y: top,
      width: col.width + 8,
      height: bottom - top,
      radius: 8,
      fill: theme.valley.fill,
      fillOpacity: theme.valley.fillOpacity * (v.lowest ? 1.4 : 1),
      stroke: theme.valley.stroke,
      strokeWidth: v.lowest ? 1.8 : 1.2,
      dash: [6, 4],
    });
  }
  return out;
}
