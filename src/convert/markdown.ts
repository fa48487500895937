// Journey → Markdown spec (the format of docs/markdown-format.md): front matter for the journey
// fields, `## Stage {#id}`, `### Touchpoint {#id}`, descriptions as paragraphs, other fields as
// `- key: value` bullets. The Markdown reader turns it back into exactly the same model.
import type { Journey, Stage, Touchpoint } from '../model/journey.js';
import { faceFor } from '../parse/markdown/values.js';
import { journeyHeader } from './spec.js';
import { yamlText } from './yaml.js';
import { fieldText, formatNumber, headingText, metricName, metricValue, paragraphs } from './markdown-escape.js';
import { itemLines, laneLines, personaLines, stepLines } from './markdown-fields.js';

const BLUEPRINT_FIELDS = ['physicalEvidence', 'frontstage', 'backstage', 'support'] as const;

/** The heading, then the description as paragraphs (or a bullet when it cannot be one), then the bullets. */
function section(marks: string, name: string, id: string, description: string | undefined, bullets: string[]): string[] {
  const lines = [`${marks} ${headingText(name)} {#${id}}`, ''];
  const prose = description === undefined ? undefined : paragraphs(description);
  if (prose) for (const p of prose) lines.push(p, '');
  else if (description !== undefined) bullets.unshift(`- description: ${fieldText(description)}`);
  // Loops, not push(...spread): a stage can hold more lines than a call takes arguments.
  if (bullets.length > 0) {
    for (const b of bullets) lines.push(b);
    lines.push('');
  }
  return lines;
}

function touchpointLines(t: Touchpoint, journey: Journey): string[] {
  const bullets: string[] = [];
  const add = (lines: readonly string[]) => {
    for (const line of lines) bullets.push(line);
  };
  for (const key of ['channel', 'when', 'action'] as const) if (t[key] !== undefined) bullets.push(`- ${key}: ${fieldText(t[key])}`);
  add(personaLines('thought', t.thought, fieldText));
  add(personaLines('feeling', t.feeling, fieldText));
  add(
    personaLines('emotion', t.emotion, (score) => {
      const face = faceFor(score, journey.emotionScale);
      return `${formatNumber(score)}${face ? ` ${face}` : ''}`;
    }),
  );
  add(itemLines('pain', t.pains));
  add(itemLines('opportunity', t.opportunities));
  if (t.evidence.length > 0) bullets.push(`- evidence: ${t.evidence.join(', ')}`);
  if (t.owner !== undefined) bullets.push(`- owner: ${fieldText(t.owner)}`);
  if (t.metrics) {
    bullets.push('- metrics:');
    for (const [name, value] of Object.entries(t.metrics)) bullets.push(`  - ${metricName(name)}: ${metricValue(value)}`);
  }
  for (const key of BLUEPRINT_FIELDS) add(stepLines(key, t[key]));
  add(laneLines(t.lanes, journey.lanes));
  return section('###', t.name, t.id, t.description, bullets);
}

function stageLines(s: Stage, journey: Journey): string[] {
  const lines = section('##', s.name, s.id, s.description, [...itemLines('pain', s.pains), ...itemLines('opportunity', s.opportunities)]);
  for (const t of s.touchpoints) for (const line of touchpointLines(t, journey)) lines.push(line);
  return lines;
}

export function toMarkdown(journey: Journey): string {
  // The YAML ends with its own newline; trimming more could cut a value's trailing spaces.
  const lines = [`---\n${yamlText(journeyHeader(journey))}---`, ''];
  for (const stage of journey.stages) for (const line of stageLines(stage, journey)) lines.push(line);
  return `${lines.join('\n').trimEnd()}\n`;
}
