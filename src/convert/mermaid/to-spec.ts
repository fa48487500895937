// A parsed Mermaid journey → a cjm spec (plain data, ready for YAML or the model).
// title → title (else accTitle, else the fallback); accTitle beside a title, and accDescr, → description;
// section → stage; task → touchpoint with `emotion` on emotionScale [1, 5] and its actors as `owner`.
import type { MermaidJourney } from './parse.js';

/** Name of the stage for tasks written before the first `section`. */
export const UNSECTIONED_STAGE = 'Tasks';

export function mermaidToSpec(diagram: MermaidJourney, fallbackTitle: string): Record<string, unknown> {
  const title = diagram.title || diagram.accTitle || fallbackTitle;
  const about = [diagram.title && diagram.accTitle && diagram.accTitle !== diagram.title ? diagram.accTitle : undefined, diagram.accDescr].filter(Boolean);
  return {
    title,
    ...(about.length > 0 ? { description: about.join('\n') } : {}),
    emotionScale: [1, 5],
    stages: diagram.sections.map((section) => ({
      name: section.name || UNSECTIONED_STAGE,
      touchpoints: section.tasks.map((task) => ({
        name: task.name,
        emotion: task.score,
        ...(task.actors.length > 0 ? { owner: task.actors.join(', ') } : {}),
      })),
    })),
  };
}
