// Valley bands: a shaded, dashed-red column behind every valley touchpoint, from the first lane to
// the last, so the worst moments stand out before anything is read. One band per touchpoint, however
// many personas have a valley there (their pills on the curve say whose); a band of one persona's
// valley is marked data-persona, so hiding that persona's curve on the HTML page hides it too.
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';

export function valleyBands(ctx: LayoutContext, top: number, bottom: number): SceneNode[] {
  const { theme } = ctx;
  const byTouchpoint = new Map<string, { lowest: boolean; personas: string[] }>();
  for (const v of ctx.analysis.valleys) {
    const seen = byTouchpoint.get(v.touchpointId) ?? { lowest: false, personas: [] };
    seen.lowest ||= v.lowest;
    if (v.personaId !== undefined) seen.personas.push(v.personaId);
    byTouchpoint.set(v.touchpointId, seen);
  }
  const out: SceneNode[] = [];
  for (const [id, { lowest, personas }] of byTouchpoint) {
    const col = ctx.cols.byTouchpoint.get(id);
    if (!col) continue;
    const band: SceneNode = {
      kind: 'rect',
      role: 'valley-band',
      x: col.x - 4,
      y: top,
      width: col.width + 8,
      height: bottom - top,
      radius: 8,
      fill: theme.valley.fill,
      fillOpacity: theme.valley.fillOpacity * (lowest ? 1.4 : 1),
      stroke: theme.valley.stroke,
      strokeWidth: lowest ? 1.8 : 1.2,
      dash: [6, 4],
    };
    out.push(
      personas.length === 1 ? { kind: 'group', role: 'series', data: { series: `persona-${personas[0]}`, persona: personas[0]! }, children: [band] } : band,
    );
  }
  return out;
}
