// A journey → Mermaid `journey` text, for places where only Mermaid renders (a GitHub README or issue).
// Lossy by nature (see README "Mermaid"): only title, description, stage names, touchpoint names,
// scores and owners survive. Scores are rescaled onto Mermaid's 1–5 and rounded to whole numbers,
// halves toward the neutral 3, so a map's neutral stays neutral; a touchpoint without a score gets 3.
// Characters Mermaid's grammar would misread are written as its entities (#58; for a colon).
// A Mermaid task has one score, so a map with several personas gives each task the score of the
// first persona scored there, and names as its actors the personas with that very score (whose
// score it is, never someone else's), before the owners.
import type { Journey, Touchpoint } from '../../model/journey.js';
import { primaryEmotion, valueFor } from '../../model/per-persona.js';

/** `value` on [low, high] → 1…5, rounded to a whole number with halves toward 3. */
export function mermaidScore(value: number | undefined, [low, high]: readonly [number, number]): number {
  if (value === undefined || high <= low) return 3;
  const exact = 1 + ((value - low) * 4) / (high - low);
  const clamped = Math.min(5, Math.max(1, exact));
  const floor = Math.floor(clamped);
  const fraction = clamped - floor;
  if (Math.abs(fraction - 0.5) < 1e-9) return floor < 3 ? floor + 1 : floor;
  return Math.round(clamped);
}

const ENTITIES: Record<string, string> = { ':': '#58;', ';': '#59;', '#': '#35;', ',': '#44;' };

/** One line of Mermaid text: line breaks as `<br>`, the characters in `special` as entities. */
function escapeMermaid(text: string, special: string): string {
  return [...text.trim()]
    .map((ch) => (special.includes(ch) ? ENTITIES[ch] : ch))
    .join('')
    .replace(/\r\n|[\n\r\u2028\u2029]/g, '<br>')
    .replace(/%%/g, '%#37;');
}

/** The task's score on the map's scale, and the personas it is the score of (none for a map with one persona or none). */
function taskScore(journey: Journey, tp: Touchpoint): { score?: number; personas: string[] } {
  if (journey.personas.length < 2) return { score: primaryEmotion(journey, tp.emotion), personas: [] };
  const scored = journey.personas.flatMap((p) => {
    const score = valueFor(tp.emotion, p.id);
    return score === undefined ? [] : [{ name: p.name, score }];
  });
  const score = scored[0]?.score;
  return { score, personas: scored.filter((s) => s.score === score).map((s) => s.name) };
}

export function toMermaid(journey: Journey): string {
  const out = ['journey', `  title ${escapeMermaid(journey.title, ';#')}`];
  if (journey.description) out.push(`  accDescr: ${journey.description.replace(/\s*\n\s*/g, ' ').trim()}`);
  for (const stage of journey.stages) {
    out.push(`  section ${escapeMermaid(stage.name, ':;#')}`);
    for (const tp of stage.touchpoints) {
      const { score, personas } = taskScore(journey, tp);
      // A name is one actor: its commas are entities; an owner's commas separate actors.
      const actors = [...personas.map((name) => escapeMermaid(name, ':;#,')), ...(tp.owner ?? '').split(',').map((a) => escapeMermaid(a, ':;#'))].filter(
        (a) => a !== '',
      );
      out.push(`    ${escapeMermaid(tp.name, ':;#')}: ${mermaidScore(score, journey.emotionScale)}${actors.length ? `: ${actors.join(', ')}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
