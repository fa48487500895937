// A thought or feeling cell on a map with several personas: one entry per persona that has its own
// ("Mom: …"), each led by a short sample of that persona's curve and marked data-persona, so the
// reader matches words to curves and the HTML page hides them with the curve. A value written once
// for everyone is one plain entry, as on a map with a single persona.
import type { PerPersona } from '../model/journey.js';
import { isByPersona, valueFor } from '../model/per-persona.js';
import type { SceneRole } from './scene.js';
import type { Block } from './block.js';
import type { LayoutContext } from './context.js';
import { stack, textBlock } from './block.js';
import { textCell } from './cells.js';
import { labelled, quoted } from './context.js';
import { FONT } from './metrics.js';
import { personaStyles } from './persona-style.js';

const MARK_W = 10;
const MARK_GAP = 5;

export function personaTextCell(ctx: LayoutContext, value: PerPersona<string> | undefined, width: number, role: SceneRole, italic: boolean): Block | undefined {
  const { journey, theme, measurer } = ctx;
  const say = (text: string): string => (role === 'thought' ? quoted(text, journey.locale) : text);
  if (!isByPersona(value) || journey.personas.length < 2) {
    const one = valueFor(value, undefined);
    return one ? textCell(ctx, say(one), width, role, italic) : undefined;
  }
  const styles = personaStyles(theme, journey.personas);
  const entries = journey.personas.flatMap((persona) => {
    const text = valueFor(value, persona.id);
    const style = styles.get(persona.id);
    if (!text || !style) return [];
    const inner = width - 8 - MARK_W - MARK_GAP;
    const words = textBlock(measurer, labelled(journey.locale, persona.name, say(text)), inner, {
      size: FONT.body,
      fill: italic ? theme.muted : theme.text,
      italic,
      role,
    });
    const entry: Block = {
      width,
      height: words.height,
      place: (x, y) => [
        {
          kind: 'group',
          role: 'series',
          data: { series: `persona-${persona.id}`, persona: persona.id },
          children: [
            {
              kind: 'line',
              role: 'legend-mark',
              x1: x + 4,
              y1: y + FONT.body * 0.75,
              x2: x + 4 + MARK_W,
              y2: y + FONT.body * 0.75,
              stroke: style.color,
              strokeWidth: 2.5,
              ...(style.dash ? { dash: style.dash } : {}),
            },
            ...words.place(x + 4 + MARK_W + MARK_GAP, y),
          ],
        },
      ],
    };
    return [entry];
  });
  return entries.length ? stack(entries, 5, width) : undefined;
}
