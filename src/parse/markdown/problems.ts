// Every problem the Markdown reader reports about a file's structure, with its wording, in one
// place like src/diagnostics/codes.ts. Shape and meaning problems come from validation, as in YAML.
import type { Problem } from '../../diagnostics/codes.js';
import { quoted } from '../../diagnostics/values.js';

const error = (code: string, message: string, hint?: string): Problem =>
  hint === undefined ? { code, severity: 'error', message } : { code, severity: 'error', message, hint };

export const mdProblems = {
  unclosedFrontMatter: () =>
    error('md-unclosed-front-matter', 'the front matter opened by `---` on line 1 is never closed', 'end it with a line holding only `---`'),
  frontMatterNotMapping: () => error('md-front-matter-not-mapping', 'the front matter must be YAML fields such as `title: …` and `locale: …`'),
  stagesInFrontMatter: () =>
    error('md-stages-in-front-matter', 'stages are not written in the front matter', 'write each stage as a `## Name` heading in the body'),
  noStages: () => error('md-no-stages', 'no stages found', 'write each stage as a `## Name` heading, and its touchpoints as `### Name` headings under it'),
  misplacedTitle: () => error('md-misplaced-title', 'a `#` heading is the title of the map, so it must come before the first `##` stage'),
  duplicateTitle: () => error('md-duplicate-title', 'the map has one title, but this is a second `#` heading', 'use `##` for stages and `###` for touchpoints'),
  titleMismatch: (heading: string, front: string) =>
    error('md-title-mismatch', `the \`#\` heading ${quoted(heading)} differs from the front matter title ${quoted(front)}`, 'keep one of them'),
  touchpointOutsideStage: (name: string | undefined) =>
    error(
      'md-touchpoint-outside-stage',
      `${name === undefined ? 'this touchpoint' : `touchpoint ${quoted(name)}`} comes before any stage`,
      'add a stage heading such as `## Awareness` above it',
    ),
  headingLevel: (level: number) =>
    error('md-heading-level', `\`${'#'.repeat(level)}\` headings are not part of the format`, 'use `##` for a stage and `###` for a touchpoint'),
  itemOutsideStage: () =>
    error(
      'md-item-outside-stage',
      'this list is not under a stage or touchpoint',
      'put it under a `##` stage or `###` touchpoint; title, persona and the other journey fields go in the front matter',
    ),
  expectedKey: (text: string) =>
    error('md-expected-key', `expected a \`key: value\` bullet, got ${quoted(text)}`, 'e.g. `- thought: …`, `- pain: …`, `- emotion: 🙁`'),
  unknownKey: (key: string, owner: 'stage' | 'touchpoint', suggestion: string | undefined, allowed: readonly string[]) =>
    error(
      'md-unknown-key',
      `unknown key ${quoted(key)} for a ${owner}`,
      suggestion === undefined ? `a ${owner} takes: ${allowed.join(', ')}` : `did you mean ${quoted(suggestion)}?`,
    ),
  touchpointKeyOnStage: (key: string) =>
    error('md-unknown-key', `${quoted(key)} belongs to a touchpoint, not to a stage`, 'put it under a `###` touchpoint heading'),
  duplicateField: (field: string, owner: 'stage' | 'touchpoint', firstLine: number) =>
    error('md-duplicate-key', `${field} is already set on line ${firstLine}`, `a ${owner} has one ${field}; remove one of them`),
  duplicateDescription: (owner: 'stage' | 'touchpoint', bulletLine: number) =>
    error('md-duplicate-key', `this ${owner} already has a \`description:\` bullet on line ${bulletLine}`, 'keep the paragraphs or the bullet, not both'),
  duplicateMetric: (name: string) => error('md-duplicate-key', `metric ${quoted(name)} is listed twice`),
  metricsInline: () => error('md-metrics-inline', 'metrics take a nested list, one metric per item', 'e.g. `- metrics:` then `  - CSAT: 3.9` on the next line'),
  metricFormat: (text: string) => error('md-metric-format', `a metric is \`name: value\`, got ${quoted(text)}`, 'e.g. `  - CSAT: 3.9`'),
  nestedTooDeep: () =>
    error('md-nested-too-deep', 'lists go one level deep here', 'one nested item per pain, opportunity, step, persona, source, lane or metric'),
  unexpectedList: (field: string) =>
    error(
      'md-unexpected-list',
      `${field} takes a single value, not a nested list`,
      'nested items go under pains, opportunities, emotion, thought, feeling, evidence, metrics, lanes and the blueprint lanes',
    ),
  valueAndPersonaList: (field: string) =>
    error(
      'md-unexpected-list',
      `${field} already has one value for every persona, so it cannot also take a nested list`,
      `for a value per persona, leave \`- ${field}:\` empty and list \`- persona-id: value\` under it`,
    ),
  personaFormat: (field: string, text: string) =>
    error('md-nested-format', `a ${field} per persona is \`persona-id: value\`, got ${quoted(text)}`, `e.g. \`  - mom: ${field === 'emotion' ? '-1' : '…'}\``),
  duplicatePersonaValue: (field: string, id: string) => error('md-duplicate-key', `${field} for persona ${quoted(id)} is given twice`),
  laneFormat: (text: string) => error('md-nested-format', `a custom lane is \`lane-id: text\`, got ${quoted(text)}`, 'e.g. `  - kpi: NPS 42`'),
  lanesInline: () =>
    error('md-lanes-inline', 'lanes take a nested list, one `lane-id: text` per item', 'e.g. `- lanes:` then `  - kpi: NPS 42` on the next line'),
  attributeFormat: (text: string) =>
    error(
      'md-attribute-format',
      `expected \`#id\` or \`key=value\` in the braces, got ${quoted(text)}`,
      'e.g. `{#wait severity=high evidence=survey}`; a value with spaces goes in quotes: `owner="門診 資訊組"`',
    ),
  unknownAttribute: (key: string, kind: 'pain' | 'opportunity', suggestion: string | undefined, allowed: readonly string[]) =>
    error(
      'md-unknown-attribute',
      `unknown attribute ${quoted(key)} for ${kind === 'pain' ? 'a pain' : 'an opportunity'}`,
      suggestion === undefined
        ? `${kind === 'pain' ? 'a pain' : 'an opportunity'} takes: #id, ${allowed.filter((a) => a !== 'id').join(', ')}`
        : `did you mean ${quoted(suggestion)}?`,
    ),
  duplicateAttribute: (key: string) => error('md-duplicate-key', `${key} is given twice in these braces`),
  unknownFace: (got: string, table: string) => error('md-unknown-face', `emotion must be a number or one face, got ${quoted(got)}`, `faces: ${table}`),
  faceMismatch: (number: string, face: string, value: number, scale: readonly [number, number]) =>
    error(
      'md-face-mismatch',
      `emotion ${number} does not match ${face}, which stands for ${value} on the scale ${scale[0]} to ${scale[1]}`,
      'write the number or the face',
    ),
  textOutsideStage: (): Problem => ({
    code: 'md-text-outside-stage',
    severity: 'warning',
    message: 'this text is not under a stage or touchpoint, so it is not part of the map',
    hint: 'move it under a heading to make it a description, or into an <!-- HTML comment -->',
  }),
} as const;

/** Every code above. */
export const MD_DIAGNOSTIC_CODES = [
  'md-unclosed-front-matter',
  'md-front-matter-not-mapping',
  'md-stages-in-front-matter',
  'md-no-stages',
  'md-misplaced-title',
  'md-duplicate-title',
  'md-title-mismatch',
  'md-touchpoint-outside-stage',
  'md-heading-level',
  'md-item-outside-stage',
  'md-expected-key',
  'md-unknown-key',
  'md-duplicate-key',
  'md-metrics-inline',
  'md-metric-format',
  'md-nested-too-deep',
  'md-unexpected-list',
  'md-nested-format',
  'md-lanes-inline',
  'md-attribute-format',
  'md-unknown-attribute',
  'md-unknown-face',
  'md-face-mismatch',
  'md-text-outside-stage',
] as const;
