// The journey spec as zod schemas: the single source of truth for the input shape.
// schemas/journey.schema.json is generated from `JourneySpecSchema` (npm run schema);
// every `.describe()` becomes editor hover text, so write them for analysts.
import { z } from 'zod';

export const MAP_TYPES = ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'] as const;
export const DEFAULT_STAGE_IDS = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;

/**
 * Ids appear in URLs, HTML anchors and data attributes: letters (any script), digits, `-`, `_`, `.`,
 * and after the first character the combining marks many scripts write letters with (Thai, Hindi…).
 */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_.-]*$/u;

const text = (description: string) => z.string().describe(description);
const textList = (description: string) => z.array(z.string()).describe(description);
const id = (description: string) => z.string().regex(ID_PATTERN).describe(description);
const color = (description: string) =>
  z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .describe(description);

export const MAX_PERSONAS = 6;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;
export const SOURCE_KINDS = ['survey', 'interview', 'analytics', 'reviews', 'support-tickets', 'other'] as const;

const evidence = () =>
  z
    .array(z.string().regex(ID_PATTERN))
    .describe('Ids of the `sources` (research) this rests on, e.g. [survey-2025, interviews-q3]. Drawn as footnote markers.');

/** A value for every persona, or one per persona id: `emotion: -1` or `emotion: {mom: -1, grandpa: -2}`. */
const perPersona = <T extends z.ZodType>(value: T, description: string) =>
  z
    .union([value, z.record(z.string().regex(ID_PATTERN).describe('Id of a persona from `personas`.'), value.describe(`This persona's own: ${description}`))])
    .describe(`${description} With several \`personas\`, a mapping by persona id gives each their own.`);

/** Blueprint lanes take one line or several steps. */
const laneText = (description: string) => z.union([z.string(), z.array(z.string())]).describe(`${description} One text, or a list of steps.`);

export const PainObjectSchema = z
  .strictObject({
    text: text('The pain point, in a sentence.').min(1),
    id: id('Id of this pain, so opportunities can name it in `addresses`.').optional(),
    severity: z.enum(SEVERITIES).describe('How much it hurts: low, medium or high. High pains are drawn bold with a strong frame.').optional(),
    evidence: evidence().optional(),
  })
  .describe('A pain point with weight.');

export const PainSpecSchema = z.union([z.string(), PainObjectSchema]).describe('A pain point: plain text, or {text, id, severity, evidence}.');

export const OpportunityObjectSchema = z
  .strictObject({
    text: text('The opportunity, in a sentence.').min(1),
    id: id('Id of this opportunity.').optional(),
    status: z.enum(OPPORTUNITY_STATUSES).describe('Where the work stands: idea, planned, in-progress or done.').optional(),
    owner: text('Who owns the work, e.g. a team or a person.').optional(),
    link: text('Where the work is tracked: an http(s) address (a ticket, a document). Shown as a link in HTML, as text elsewhere.').optional(),
    addresses: z
      .array(z.string().regex(ID_PATTERN))
      .describe('Ids of the pains this opportunity answers. Hovering one highlights the other on the HTML page.')
      .optional(),
    evidence: evidence().optional(),
  })
  .describe('An opportunity with status and owner.');

export const OpportunitySpecSchema = z
  .union([z.string(), OpportunityObjectSchema])
  .describe('An opportunity: plain text, or {text, id, status, owner, link, addresses, evidence}.');

export const TouchpointSpecSchema = z
  .strictObject({
    id: id('Stable id of the touchpoint (letters, digits, -, _). Derived from the name when omitted.').optional(),
    name: text('Short name of the moment of contact, e.g. "Sees an Instagram ad".').min(1),
    description: text('Longer free text about this touchpoint.').optional(),
    channel: text(
      'Where the contact happens: instagram, line, website, store, call-centre, e-mail... An id from `channels` when that registry is declared.',
    ).optional(),
    when: text('When it happens within the timescale, e.g. "day 1" or "week 2".').optional(),
    action: text('What the customer does.').optional(),
    thought: perPersona(z.string(), 'What the customer thinks, in their own words.').optional(),
    feeling: perPersona(z.string(), 'What the customer feels.').optional(),
    emotion: perPersona(
      z.number(),
      'Emotion score on the declared `emotionScale` (default -2 = very negative … 2 = very positive). Joined in order, scores make the emotion curve.',
    ).optional(),
    pains: z.array(PainSpecSchema).describe('Pain points the customer meets here.').optional(),
    opportunities: z.array(OpportunitySpecSchema).describe('Ideas to improve this moment.').optional(),
    evidence: evidence().optional(),
    owner: text('The team that owns this touchpoint.').optional(),
    metrics: z
      .record(
        z.string().describe('Name of the metric, e.g. CSAT.'),
        z.union([z.number(), z.string()]).describe('Value of the metric: a number, or text such as "12%".'),
      )
      .describe('Numbers shown beside the touchpoint, e.g. {conversion: "12%", CSAT: 3.9}.')
      .optional(),
    physicalEvidence: laneText('Service blueprint: what the customer sees or touches here (a receipt, a screen, a sign).').optional(),
    frontstage: laneText('Service blueprint: what the customer-facing staff or system does.').optional(),
    backstage: laneText("Service blueprint: what happens out of the customer's sight.").optional(),
    support: laneText('Service blueprint: supporting processes and systems.').optional(),
    lanes: z
      .record(z.string().regex(ID_PATTERN).describe('Id of a lane declared in the map-level `lanes`.'), laneText('What this lane holds here.'))
      .describe('Custom lanes for this touchpoint, by lane id, e.g. {kpi: "NPS 42"}.')
      .optional(),
  })
  .describe('A moment of contact between the customer and the brand.');

export const StageSpecSchema = z
  .strictObject({
    id: id("Stable id of the stage. awareness, consideration, purchase, retention and advocacy get a default name in the map's locale.").optional(),
    name: text('Stage name as shown on the map, in any language, e.g. "認知" or "Awareness".').min(1).optional(),
    description: text('Longer free text about this stage.').optional(),
    pains: z.array(PainSpecSchema).describe('Pain points that belong to the whole stage.').optional(),
    opportunities: z.array(OpportunitySpecSchema).describe('Opportunities that belong to the whole stage.').optional(),
    touchpoints: z.array(TouchpointSpecSchema).describe('The touchpoints of this stage, in journey order.'),
  })
  .describe('A phase of the journey, drawn as a column.');

export const PersonaSpecSchema = z
  .strictObject({
    id: id('Id of the persona, used as a key in per-persona `emotion`, `thought` and `feeling`. Derived from the name when omitted.').optional(),
    name: text("The persona's name.").min(1),
    description: text('Who they are: age, work, habits.').optional(),
    goals: textList('What they want to achieve.').optional(),
    needs: textList('What they need from the brand.').optional(),
    frustrations: textList('What annoys or blocks them.').optional(),
    quote: text('A sentence in their own voice.').optional(),
    color: color(
      "Colour of this persona's curve, card and avatar, as #rrggbb (the mono theme keeps its greys). Default: the map's curve colour for the first persona, a palette colour for the others; each curve also has its own dash.",
    ).optional(),
    image: text(
      'A photo drawn in a circle in place of the initial: a PNG or JPEG file of at most 1 MB, relative to this file and inside its repository. Never fetched from the network.',
    ).optional(),
  })
  .describe('A customer whose journey this is: the only one (`persona`), or one of several (`personas`).');

export const SourceSpecSchema = z
  .strictObject({
    id: id('Id of the source, named in `evidence` lists.'),
    kind: z.enum(SOURCE_KINDS).describe('What kind of research: survey, interview, analytics, reviews, support-tickets or other.'),
    title: text('What the source is, e.g. "Patient survey, spring 2025".').min(1).optional(),
    n: z.number().int().min(0).describe('How many respondents, sessions or items it covers.').optional(),
    date: text('When it was gathered, e.g. 2025-04 or "Q3 2025".').optional(),
    link: text('Where to read it: an http(s) address. Shown as a link in HTML, as text elsewhere.').optional(),
  })
  .describe('A piece of research the map rests on.');

export const LaneSpecSchema = z
  .strictObject({
    id: id('Id of the lane, used as a key in touchpoint `lanes`.'),
    label: text("Name of the lane as drawn on the map, in the map's language.").min(1).optional(),
  })
  .describe('A custom lane, drawn after the built-in lanes.');

export const TimescaleRangeSchema = z
  .strictObject({
    start: text('Start date, e.g. 2025-03-01.'),
    end: text('End date, e.g. 2025-03-21.'),
  })
  .describe('A date range.');

export const TimescaleSpecSchema = z
  .union([text('Free text, e.g. "3 weeks" or "15 minutes".').min(1), TimescaleRangeSchema])
  .describe('How long the journey spans.');

export const ChannelSpecSchema = z
  .strictObject({
    label: text('Name shown on the map.').optional(),
    color: color('Colour as #rrggbb.').optional(),
  })
  .describe('A channel in the registry.');

import { LINT_RULES, RULE_DEFAULTS, RULE_LEVELS } from './rules.js';
import type { LintRule, RuleLevel } from './rules.js';

export type { LintRule, RuleLevel } from './rules.js';

export const RulesSpecSchema = z
  .strictObject(
    Object.fromEntries(
      LINT_RULES.map((rule) => [
        rule,
        z
          .enum(RULE_LEVELS)
          .describe(
            RULE_DEFAULTS[rule] === 'off'
              ? `Level of the ${rule} check: off (default: the check is opt-in), warning or error (the build fails).`
              : `Level of the ${rule} check: off, warning (default) or error (the build fails).`,
          )
          .optional(),
      ]),
    ) as Record<LintRule, z.ZodOptional<z.ZodEnum<{ [K in RuleLevel]: K }>>>,
  )
  .describe(
    'Journey-quality checks turned off or up for this map, e.g. {valley-without-pain: off, pain-without-opportunity: error}. Overrides `rules` in cjm.config.yaml.',
  );

export const JourneySpecSchema = z
  .strictObject({
    $schema: z.string().describe('Path or URL of the JSON Schema, for editors.').optional(),
    title: text('Title of the map.').min(1),
    description: text('What the map is about, in a sentence or two. It opens the accessible description that screen readers give for the map.').optional(),
    type: z.enum(MAP_TYPES).describe('Kind of map. service-blueprint adds frontstage, backstage and support lanes.').optional(),
    baseline: text(
      'Another map to compare this one with, e.g. ./clinic-current.yaml (YAML or Markdown, relative to this file). Its curve is drawn ghosted behind this one, with the change of every touchpoint matched by id.',
    )
      .min(1)
      .optional(),
    locale: text('Language of built-in labels (lane names, legend, default stage names): en, zh-Hant, zh-Hans, ja.').optional(),
    persona: PersonaSpecSchema.optional(),
    personas: z
      .array(PersonaSpecSchema)
      .min(1)
      .describe(
        `Several personas or segments on one map (up to ${MAX_PERSONAS}), each with an id: one emotion curve each, with its own valleys. Touchpoints give \`emotion\`, \`thought\` and \`feeling\` per persona by id. Use either \`persona\` or \`personas\`, not both.`,
      )
      .optional(),
    sources: z.array(SourceSpecSchema).describe('The research the map rests on, named by id in `evidence` lists.').optional(),
    lanes: z.array(LaneSpecSchema).describe('Custom lanes, drawn after the built-in ones in this order, e.g. [{id: kpi, label: KPI}].').optional(),
    timescale: TimescaleSpecSchema.optional(),
    emotionScale: z
      .tuple([z.number().int().describe('Lowest score: the most negative feeling.'), z.number().int().describe('Highest score: the most positive feeling.')])
      .describe('Lowest and highest emotion score, e.g. [-2, 2] (default) or [1, 5].')
      .optional(),
    valleyThreshold: z
      .number()
      .describe(
        'Score at or below which a low in the emotion curve counts as a valley (red band, "where it hurts"), within `emotionScale`. Default: strictly below neutral (below 0 on [-2, 2], below 3 on [1, 5]). Overrides `valleyThreshold` in cjm.config.yaml.',
      )
      .optional(),
    rules: RulesSpecSchema.optional(),
    channels: z
      .record(z.string().regex(ID_PATTERN).describe('Channel id, used as `channel:` in touchpoints.'), ChannelSpecSchema)
      .describe('Registry of channels (id → label, colour). When declared, every touchpoint channel must be one of these ids.')
      .optional(),
    font: text('PDF only: path of a TTF/OTF/TTC font to draw text with, relative to this file.').optional(),
    stages: z.array(StageSpecSchema).min(1).describe('The stages of the journey, in order.'),
  })
  .describe('A customer journey map (cjm).');

export type JourneySpec = z.input<typeof JourneySpecSchema>;
export type StageSpec = z.input<typeof StageSpecSchema>;
export type TouchpointSpec = z.input<typeof TouchpointSpecSchema>;
export type PersonaSpec = z.input<typeof PersonaSpecSchema>;
export type PainSpec = z.input<typeof PainSpecSchema>;
export type OpportunitySpec = z.input<typeof OpportunitySpecSchema>;
export type SourceSpec = z.input<typeof SourceSpecSchema>;
export type Severity = (typeof SEVERITIES)[number];
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type MapType = (typeof MAP_TYPES)[number];
