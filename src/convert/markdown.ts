// Journey → Markdown spec (the format of docs/markdown-format.md): front matter for the journey
// fields, `## Stage {#id}`, `### Touchpoint {#id}`, descriptions as paragraphs, other fields as
// `- key: value` bullets. The Markdown reader turns it back into exactly the same model.
import type { Journey, Stage, Touchpoint } from '../model/journey.js';
import { faceFor } from '../parse/markdown/values.js';
import { itemTexts, valueFor } from '../model/per-persona.js';
import { journeyHeader } from './spec.js';
import { yamlText } from './yaml.js';
import { fieldText, formatNumber, headingText, inlineText, metricName, metricValue, paragraphs } from './markdown-escape.js';

const TEXT_FIELDS = ['channel', 'when', 'action', 'thought', 'feeling'] as const;
const BLUEPRINT_FIELDS = ['frontstage', 'backstage', 'support'] as const;

/** `- pain: x` for one, a nested list for several. */
function listLines(singular: string, plural: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  if (items.length === 1) return [`- ${singular}: ${fieldText(items[0] ?? '')}`];
  return [`- ${plural}:`, ...items.map((item) => `  - ${inlineText(item)}`)];
}

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

function touchpointLines(t: Touchpoint, scale: readonly [number, number]): string[] {
  const bullets: string[] = [];
  // TODO(markdown): per-persona values, item objects, lane lists and custom lanes (written as one value for now).
  for (const key of TEXT_FIELDS) {
    const value = key === 'channel' || key === 'when' ? t[key] : valueFor(t[key], undefined);
    if (value !== undefined) bullets.push(`- ${key}: ${fieldText(value)}`);
  }
  const emotion = valueFor(t.emotion, undefined);
  if (emotion !== undefined) {
    const face = faceFor(emotion, scale);
    bullets.push(`- emotion: ${formatNumber(emotion)}${face ? ` ${face}` : ''}`);
  }
  for (const b of [...listLines('pain', 'pains', itemTexts(t.pains)), ...listLines('opportunity', 'opportunities', itemTexts(t.opportunities))])
    bullets.push(b);
  if (t.owner !== undefined) bullets.push(`- owner: ${fieldText(t.owner)}`);
  if (t.metrics) {
    bullets.push('- metrics:');
    for (const [name, value] of Object.entries(t.metrics)) bullets.push(`  - ${metricName(name)}: ${metricValue(value)}`);
  }
  for (const key of BLUEPRINT_FIELDS) if (t[key] !== undefined) bullets.push(`- ${key}: ${fieldText(t[key].join('\n'))}`);
  return section('###', t.name, t.id, t.description, bullets);
}

function stageLines(s: Stage, scale: readonly [number, number]): string[] {
  const bullets = [...listLines('pain', 'pains', itemTexts(s.pains)), ...listLines('opportunity', 'opportunities', itemTexts(s.opportunities))];
  const lines = section('##', s.name, s.id, s.description, bullets);
  for (const t of s.touchpoints) for (const line of touchpointLines(t, scale)) lines.push(line);
  return lines;
}

export function toMarkdown(journey: Journey): string {
  // The YAML ends with its own newline; trimming more could cut a value's trailing spaces.
  const lines = [`---\n${yamlText(journeyHeader(journey))}---`, ''];
  for (const stage of journey.stages) for (const line of stageLines(stage, journey.emotionScale)) lines.push(line);
  return `${lines.join('\n').trimEnd()}\n`;
}
