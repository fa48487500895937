// Every code cjm reports about a spec, with its wording, in one place (as vega-lite's log/message.ts):
// messages say what is wrong in the analyst's words, hints say how to fix it.
import type { Diagnostic, Severity, Span } from './diagnostic.js';
import { LINT_RULES } from '../model/rules.js';
import { shown, quoted } from './values.js';
import {
  MAX_ALIAS_VALUES,
  MAX_DIAGNOSTICS,
  MAX_EXPANDED_CHARS,
  MAX_PHOTO_BYTES,
  MAX_PHOTO_SIDE,
  MAX_SPEC_BYTES,
  MAX_STAGES,
  MAX_TEXT_LENGTH,
  MAX_TOUCHPOINTS,
} from '../model/limits.js';

/** 5242880 → "5,242,880", the same in every locale. */
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A diagnostic before it is given a place. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
}

const error = (code: string, message: string, hint?: string): Problem =>
  hint === undefined ? { code, severity: 'error', message } : { code, severity: 'error', message, hint };
const warning = (code: string, message: string, hint?: string): Problem =>
  hint === undefined ? { code, severity: 'warning', message } : { code, severity: 'warning', message, hint };
const didYouMean = (suggestion: string | undefined): string | undefined => (suggestion === undefined ? undefined : `did you mean ${quoted(suggestion)}?`);

/** Ids that name each other across a map (personas, pains, opportunities, sources, lanes) are unique. */
const duplicateId = (kind: string, id: string, firstLine: number): Problem =>
  error(`duplicate-${kind}-id`, `${kind} id ${quoted(id)} is already used on line ${firstLine}`, `${kind} ids must be unique across the whole map`);

const unknownReference = (kind: string, id: string, suggestion: string | undefined, known: readonly string[], none: string): Problem =>
  error(
    `unknown-${kind}`,
    `${kind} ${quoted(id)} is not declared in this map`,
    didYouMean(suggestion) ?? (known.length ? `declared ${kind}s: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''}` : none),
  );

export const ID_RULE = 'start with a letter or digit and use only letters, digits, -, _ and .';

export const problems = {
  // Reading the file (src/parse)
  emptyFile: () => error('empty-file', 'the file is empty: a map needs at least a title and stages'),
  notText: (utf16: boolean) =>
    error(
      'not-text',
      utf16 ? 'this file is UTF-16 text, but cjm reads UTF-8' : 'this is not a text file (it holds NUL bytes): a map is a YAML or Markdown file',
      utf16 ? 'save it as UTF-8' : 'check the file name: is this an image, a PDF or an archive?',
    ),
  yamlSyntax: (detail: string, hint?: string) => error('yaml-syntax', detail, hint),
  tabIndent: () => error('yaml-tab-indent', 'tabs cannot indent YAML', 'indent with spaces'),
  duplicateKey: (key: string) =>
    error('duplicate-key', `key ${quoted(key)} appears twice in the same mapping`, 'keep one: the second would silently replace the first'),
  multipleDocuments: () =>
    error('multiple-documents', 'a second YAML document starts here (after ---), but a file holds one map', 'put each map in its own file'),
  yamlWarning: (detail: string) => warning('yaml-warning', detail),
  undefinedAlias: (name: string) => error('undefined-alias', `alias *${name} has no anchor &${name} before it`),
  recursiveAlias: (name: string) => error('recursive-alias', `alias *${name} is used inside the node it names, which would never end`),
  aliasLimit: (what: 'values' | 'text' = 'values') =>
    error(
      'alias-limit',
      `aliases here expand into more than ${what === 'text' ? `${count(MAX_EXPANDED_CHARS)} characters of text` : `${count(MAX_ALIAS_VALUES)} values`}; cjm refuses such files (an "alias bomb")`,
      'write the repeated parts out instead of using *aliases',
    ),
  // Limits (src/model/limits.ts), checked before any costly step
  specTooLarge: (bytes: number) =>
    error('spec-too-large', `this file is ${count(bytes)} bytes; cjm reads specs of up to ${count(MAX_SPEC_BYTES)} bytes`, 'split the map into several files'),
  textTooLong: (field: string, length: number) =>
    error(
      'text-too-long',
      `${field} is ${count(length)} characters long; one text may have up to ${count(MAX_TEXT_LENGTH)}`,
      'shorten it: a map shows a few lines per cell',
    ),
  tooManyTouchpoints: (found: number) =>
    error('too-many-touchpoints', `this map has ${count(found)} touchpoints; cjm draws up to ${count(MAX_TOUCHPOINTS)}`, 'split the journey into several maps'),
  tooManyStages: (found: number) =>
    error('too-many-stages', `this map has ${count(found)} stages; cjm draws up to ${count(MAX_STAGES)}`, 'split the journey into several maps'),
  /** An error when any of those not shown is one, else a warning. */
  tooManyDiagnostics: (more: number, severity: Severity = 'error') =>
    (severity === 'error' ? error : warning)(
      'too-many-diagnostics',
      `and ${count(more)} more ${more === 1 ? 'problem' : 'problems'} in this file, not shown (only the first ${MAX_DIAGNOSTICS} are)`,
      'fix the ones above first',
    ),
  /** `got` as shown(): "a list", "hello"… */
  notAMapping: (got: string) => error('not-a-mapping', `a map must be a YAML mapping with keys such as title: and stages: (got ${got})`),

  // Shape (src/validate, from the zod schema)
  wrongType: (field: string, expected: string, got: unknown, hint?: string) => error('wrong-type', `${field} must be ${expected} (got ${shown(got)})`, hint),
  missingKey: (owner: string, key: string) => error('missing-key', `${owner} needs ${quoted(key)}`),
  unknownKey: (key: string, owner: string, suggestion: string | undefined, allowed: readonly string[]) =>
    error('unknown-key', `unknown key ${quoted(key)} in ${owner}`, didYouMean(suggestion) ?? `${owner} takes: ${allowed.join(', ')}`),
  emptyText: (field: string) => error('empty-value', `${field} must not be empty`),
  emptyList: (field: string, item: string) => error('empty-value', `${field} must list at least one ${item}`),
  invalidId: (field: string, got: unknown, hint?: string) => error('invalid-id', `${field} must ${ID_RULE} (got ${shown(got)})`, hint),
  reservedKey: (key: string) => error('reserved-key', `the name ${quoted(key)} cannot be used here`, 'choose another name'),
  invalidColor: (got: unknown) => error('invalid-color', `color must be #rrggbb, e.g. "#2563EB" (got ${shown(got)})`),
  invalidChoice: (field: string, choices: readonly string[], got: unknown, suggestion?: string) =>
    error('invalid-value', `${field} must be one of ${choices.join(', ')} (got ${shown(got)})`, didYouMean(suggestion)),
  nonFinite: (field: string, got: number) => error('non-finite-number', `${field} must be a finite number (got ${shown(got)})`),
  scaleShape: (got: unknown) => error('invalid-scale', `emotionScale must be two whole numbers, lowest first, e.g. [-2, 2] (got ${shown(got)})`),

  // Meaning (src/validate)
  scaleOrder: (min: number, max: number) =>
    error('invalid-scale', `emotionScale must go from low to high (got [${min}, ${max}])`, max < min ? `write [${max}, ${min}]` : undefined),
  thresholdOutOfScale: (min: number, max: number, got: number, where = 'valleyThreshold') =>
    error(
      'threshold-out-of-scale',
      `${where} must be between ${min} and ${max}, the map's emotionScale (got ${got})`,
      `pick a score on the scale, e.g. ${min + Math.floor((max - min) / 4)}`,
    ),
  emotionOutOfScale: (min: number, max: number, got: number) =>
    error('emotion-out-of-scale', `emotion must be between ${min} and ${max} (got ${got})`, 'change the score, or widen emotionScale'),
  duplicateStageId: (id: string, firstLine: number) =>
    error('duplicate-stage-id', `stage id ${quoted(id)} is already used on line ${firstLine}`, 'stage ids must be unique'),
  duplicateTouchpointId: (id: string, firstLine: number) =>
    error('duplicate-touchpoint-id', `touchpoint id ${quoted(id)} is already used on line ${firstLine}`, 'touchpoint ids must be unique across the whole map'),
  unknownChannel: (channel: string, suggestion: string | undefined, known: readonly string[]) =>
    error(
      'unknown-channel',
      `channel ${quoted(channel)} is not in the channels registry`,
      didYouMean(suggestion) ?? (known.length ? `declared channels: ${known.join(', ')}` : 'the registry is empty: add the channel under channels:'),
    ),
  // Personas, items, sources and lanes (src/validate/references.ts)
  personaTwice: () =>
    error('persona-and-personas', 'this map gives both persona: and personas:', 'keep one: persona: for one persona, personas: (a list with ids) for several'),
  tooManyPersonas: (found: number, max: number) =>
    error(
      'too-many-personas',
      `this map has ${found} personas; cjm draws up to ${max} curves that can still be told apart`,
      'split the map, or merge similar personas into a segment',
    ),
  duplicatePersonaId: (id: string, firstLine: number) => duplicateId('persona', id, firstLine),
  duplicatePainId: (id: string, firstLine: number) => duplicateId('pain', id, firstLine),
  duplicateOpportunityId: (id: string, firstLine: number) => duplicateId('opportunity', id, firstLine),
  duplicateSourceId: (id: string, firstLine: number) => duplicateId('source', id, firstLine),
  duplicateLaneId: (id: string, firstLine: number) => duplicateId('lane', id, firstLine),
  unknownPersona: (id: string, suggestion: string | undefined, known: readonly string[]) =>
    unknownReference('persona', id, suggestion, known, 'give each persona an id under personas:, and use those ids'),
  unknownPain: (id: string, suggestion: string | undefined, known: readonly string[]) =>
    unknownReference('pain', id, suggestion, known, 'give the pain an id: {text: …, id: …}'),
  unknownSource: (id: string, suggestion: string | undefined, known: readonly string[]) =>
    unknownReference('source', id, suggestion, known, 'declare it under sources: at the top of the map'),
  unknownLane: (id: string, suggestion: string | undefined, known: readonly string[]) =>
    unknownReference('lane', id, suggestion, known, 'declare it under lanes: at the top of the map'),
  reservedLaneId: (id: string) =>
    error('reserved-lane-id', `lane id ${quoted(id)} is the name of a built-in lane`, 'choose another id, e.g. a name with a prefix such as kpi-…'),
  unnamedStage: () => error('unnamed-stage', 'a stage needs an id or a name'),
  emptyStage: (stage: string) => warning('empty-stage', `stage ${quoted(stage)} has no touchpoints; it is drawn as an empty column`),
  tooFewScores: (scored: number) =>
    warning(
      'too-few-scores',
      `${scored === 0 ? 'no touchpoint has' : 'only 1 touchpoint has'} an emotion score, so no emotion curve can be drawn`,
      'give at least two touchpoints an emotion:',
    ),
  unknownLocale: (locale: string) =>
    warning(
      'unknown-locale',
      `locale ${quoted(locale)} has no built-in labels; cjm's own words will be in English`,
      'cjm has labels for en, zh-Hant, zh-Hans and ja',
    ),

  // The baseline (src/compare/baseline.ts), reported at the `baseline:` value
  baselineUnreadable: (path: string, reason: string) =>
    error('baseline-unreadable', `baseline ${quoted(path)} cannot be read: ${reason}`, 'the path is relative to this file'),
  baselineNotAMap: (path: string, why: string) =>
    error('baseline-not-a-map', `baseline ${quoted(path)} is not a map: ${why}`, 'name a valid YAML or Markdown map'),
  baselineSelf: (path: string) =>
    error('baseline-self', `baseline ${quoted(path)} is this map itself`, 'name the map this one is compared with, e.g. the current-state map'),
  baselineCycle: (path: string) =>
    error('baseline-cycle', `baseline ${quoted(path)} names this map as its own baseline`, 'only one of the two maps can be the baseline of the other'),

  // A persona photo (src/io/photo.ts, read by compile), reported at the `image:` value
  imageNotLocal: (path: string) =>
    error(
      'image-not-local',
      `image ${quoted(path)} is an address, and cjm never fetches anything from the network`,
      'save the photo beside the map and give its path, e.g. ./photos/mei.jpg',
    ),
  imageMissing: (path: string) => error('image-missing', `image ${quoted(path)} does not exist`, 'the path is relative to this file'),
  imageUnreadable: (path: string, reason: string) => error('image-unreadable', `image ${quoted(path)} cannot be read: ${reason}`),
  imageOutside: (path: string, scope: 'repository' | 'folder') =>
    error(
      'image-outside',
      `image ${quoted(path)} leads outside ${scope === 'repository' ? "this map's git repository" : "this map's folder"}; not read`,
      scope === 'repository'
        ? 'keep the photo inside the repository; a symlink counts where it leads'
        : 'keep the photo in this folder or below it (the map is in no git repository)',
    ),
  imageTooLarge: (path: string, bytes: number) =>
    error(
      'image-too-large',
      `image ${quoted(path)} is ${count(bytes)} bytes, over the ${count(MAX_PHOTO_BYTES)} bytes (1 MB) a photo may have`,
      'a portrait of 256 × 256 px is plenty: the map draws it 56 px wide',
    ),
  imageTooManyPixels: (path: string, size: string) =>
    error(
      'image-too-large',
      `image ${quoted(path)} is ${size} px, over the ${count(MAX_PHOTO_SIDE)} px a side a photo may have`,
      'a portrait of 256 × 256 px is plenty: the map draws it 56 px wide',
    ),
  imageNotPngOrJpeg: (path: string) =>
    error(
      'image-not-png-or-jpeg',
      `image ${quoted(path)} is not a PNG or JPEG file`,
      "cjm goes by the file's first bytes, not its name: save the photo as PNG or JPEG",
    ),

  // Paper (src/layout/sheets.ts, reported by compile for --page): a part of the map taller than a sheet
  pageOverflow: (part: string, paper: string, sheets: string, smallest?: string) =>
    smallest === undefined
      ? warning(
          'page-overflow',
          `${part} is taller than a sheet of ${paper}: it continues over sheets ${sheets}, split between lines`,
          'shorten it to keep it on one sheet, or print on larger paper (--page a3)',
        )
      : warning(
          'page-overflow',
          `${part} is taller than a sheet of ${paper} and has no place to split: sheet ${sheets} is printed smaller, with text down to ${smallest}`,
          'shorten it, or print on larger paper (--page a3)',
        ),

  // Journey quality (src/analyse/lint.ts): warnings a reviewer of the map would raise
  valleyWithoutPain: (touchpoint: string) =>
    warning(
      'valley-without-pain',
      `touchpoint ${quoted(touchpoint)} is a valley but names no pain point or opportunity`,
      'say what hurts here (pains:) and what could be done (opportunities:)',
    ),
  painWithoutOpportunity: (touchpoint: string, stage: string) =>
    warning(
      'pain-without-opportunity',
      `touchpoint ${quoted(touchpoint)} has pain points but stage ${quoted(stage)} has no opportunity`,
      'add an opportunity to this touchpoint or its stage',
    ),
  painUnaddressed: (pain: string, id: string | undefined) =>
    warning(
      'pain-unaddressed',
      `high-severity pain ${quoted(pain)} is not answered by any opportunity`,
      id === undefined ? 'give the pain an id and name it in an opportunity: addresses: [id]' : `name it in an opportunity: addresses: [${id}]`,
    ),
  valleyWithoutEvidence: (touchpoint: string) =>
    warning(
      'valley-without-evidence',
      `touchpoint ${quoted(touchpoint)} is a valley but cites no research, neither itself nor its pain points`,
      'name the sources it rests on: evidence: [source id]',
    ),
  baselineValleyUnanswered: (touchpoint: string, where: string, score: string) =>
    warning(
      'baseline-valley-unanswered',
      `touchpoint ${quoted(touchpoint)} was a valley in the baseline (${where}, score ${score}) and scores no higher here`,
      'raise its score, drop it, or turn the rule off with rules: {baseline-valley-unanswered: off}',
    ),
} as const;

export type ProblemName = keyof typeof problems;

/** Every code above (tests check each one is reported somewhere, at the right place). */
export const DIAGNOSTIC_CODES = [
  'empty-file',
  'not-text',
  'yaml-syntax',
  'yaml-tab-indent',
  'duplicate-key',
  'multiple-documents',
  'yaml-warning',
  'undefined-alias',
  'recursive-alias',
  'alias-limit',
  'not-a-mapping',
  'spec-too-large',
  'text-too-long',
  'too-many-touchpoints',
  'too-many-stages',
  'too-many-diagnostics',
  'wrong-type',
  'missing-key',
  'unknown-key',
  'empty-value',
  'invalid-id',
  'invalid-color',
  'invalid-value',
  'non-finite-number',
  'invalid-scale',
  'reserved-key',
  'emotion-out-of-scale',
  'threshold-out-of-scale',
  'duplicate-stage-id',
  'duplicate-touchpoint-id',
  'unknown-channel',
  'persona-and-personas',
  'too-many-personas',
  'duplicate-persona-id',
  'duplicate-pain-id',
  'duplicate-opportunity-id',
  'duplicate-source-id',
  'duplicate-lane-id',
  'unknown-persona',
  'unknown-pain',
  'unknown-source',
  'unknown-lane',
  'reserved-lane-id',
  'unnamed-stage',
  'empty-stage',
  'too-few-scores',
  'unknown-locale',
  'baseline-unreadable',
  'baseline-not-a-map',
  'baseline-self',
  'baseline-cycle',
  'image-not-local',
  'image-missing',
  'image-unreadable',
  'image-outside',
  'image-too-large',
  'image-not-png-or-jpeg',
  'page-overflow',
  // The journey-quality rules report under their own names.
  ...LINT_RULES,
] as const;

/** Places a problem in a file. */
export const diagnosticAt = (problem: Problem, file: string, span: Span): Diagnostic => ({ ...problem, file, ...span });
