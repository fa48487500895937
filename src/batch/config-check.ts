// The settings a config file may hold, checked one by one with the place each was written, so a
// typo reads `cjm.config.yaml:3:1: unknown setting "fromats" (did you mean "formats"?)`.
import { editDistance } from '../diagnostics/suggest.js';
import type { OutputFormat, PageSize } from '../compile.js';
import type { ThemeName } from '../layout/index.js';
import { LINT_RULES, RULE_LEVELS } from '../model/rules.js';
import type { RuleLevel } from '../model/rules.js';

/** Kept in step with compile.ts's OUTPUT_FORMATS by the two type checks below (no runtime import of the pipeline). */
export const FORMAT_NAMES = ['svg', 'html', 'pdf', 'png', 'json'] as const satisfies readonly OutputFormat[];
type MustBeTrue<T extends true> = T;
export type FormatNamesComplete = MustBeTrue<OutputFormat extends (typeof FORMAT_NAMES)[number] ? true : false>;

const THEMES = ['light', 'dark', 'mono'] as const satisfies readonly ThemeName[];
const PAGES = ['fit', 'a4', 'a3', 'letter'] as const satisfies readonly PageSize[];

export interface ConfigValues {
  include?: string[];
  exclude?: string[];
  outDir?: string;
  formats?: OutputFormat[];
  theme?: ThemeName;
  page?: PageSize;
  portrait?: boolean;
  font?: string;
  /** Defaults for every map; a map's own `valleyThreshold:` and `rules:` win. */
  valleyThreshold?: number;
  rules?: Record<string, RuleLevel>;
}

export interface Located {
  key: string;
  value: unknown;
  /** `file:line:col` (or `file: cjm.key`) of the key and of its value. */
  keyAt: string;
  valueAt: string;
}

const KEYS = ['include', 'exclude', 'outDir', 'formats', 'theme', 'page', 'portrait', 'font', 'valleyThreshold', 'rules'] as const;

/** `{valley-without-pain: off}` → rule levels, with one problem per unknown rule or level. */
function checkRules(value: unknown, at: string, problems: string[]): Record<string, RuleLevel> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return void problems.push(`${at}: rules must be a mapping of rule → level, e.g. {valley-without-pain: off}`);
  const rules: Record<string, RuleLevel> = {};
  for (const [rule, level] of Object.entries(value)) {
    if (!(LINT_RULES as readonly string[]).includes(rule)) problems.push(`${at}: unknown rule "${rule}" (known: ${LINT_RULES.join(', ')})`);
    else if (!(RULE_LEVELS as readonly unknown[]).includes(level)) problems.push(`${at}: rule ${rule} must be one of ${RULE_LEVELS.join(', ')}`);
    else rules[rule] = level as RuleLevel;
  }
  return rules;
}

/** `svg,html` or `[svg, html]` → formats; names that are not formats come back in `bad`. */
export function parseFormats(value: string | readonly string[]): { formats: OutputFormat[]; bad: string[] } {
  const names = (typeof value === 'string' ? [value] : value)
    .flatMap((s) => s.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const known = (name: string): name is OutputFormat => (FORMAT_NAMES as readonly string[]).includes(name);
  return { formats: [...new Set(names.filter(known))], bad: names.filter((n) => !known(n)) };
}

const suggestion = (key: string): string => {
  const best = [...KEYS].sort((x, y) => editDistance(key.toLowerCase(), x.toLowerCase()) - editDistance(key.toLowerCase(), y.toLowerCase()))[0] ?? '';
  return editDistance(key.toLowerCase(), best.toLowerCase()) <= 2 ? ` (did you mean "${best}"?)` : ` (known: ${KEYS.join(', ')})`;
};

const stringList = (value: unknown): string[] | undefined =>
  typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

export function checkConfig(entries: readonly Located[]): { values: ConfigValues; problems: string[] } {
  const values: ConfigValues = {};
  const problems: string[] = [];
  for (const { key, value, keyAt, valueAt } of entries) {
    const bad = (expected: string): void => void problems.push(`${valueAt}: ${key} must be ${expected}`);
    const oneOf = <T extends string>(options: readonly T[]): T | undefined =>
      typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : void bad(`one of ${options.join(', ')}`);
    if (key === 'include' || key === 'exclude') {
      const list = stringList(value);
      if (list) values[key] = list;
      else bad('a glob or a list of globs');
    } else if (key === 'outDir' || key === 'font') {
      if (typeof value === 'string' && value !== '') values[key] = value;
      else bad('a path');
    } else if (key === 'formats') {
      const list = stringList(value);
      const parsed = list ? parseFormats(list) : undefined;
      if (parsed && parsed.bad.length === 0 && parsed.formats.length > 0) values.formats = parsed.formats;
      else bad(`a list of output formats (${FORMAT_NAMES.join(', ')})`);
    } else if (key === 'theme') values.theme = oneOf(THEMES);
    else if (key === 'page') values.page = oneOf(PAGES);
    // Each map checks it against its own emotionScale (compile.ts), as the scales differ.
    else if (key === 'valleyThreshold')
      values.valleyThreshold = typeof value === 'number' && Number.isFinite(value) ? value : void bad('a score, e.g. -1 on a [-2, 2] scale');
    else if (key === 'rules') values.rules = checkRules(value, valueAt, problems);
    else if (key === 'portrait') {
      if (typeof value === 'boolean') values.portrait = value;
      else bad('true or false');
    } else problems.push(`${keyAt}: unknown setting "${key}"${suggestion(key)}`);
  }
  for (const key of Object.keys(values) as (keyof ConfigValues)[]) if (values[key] === undefined) delete values[key];
  return { values, problems };
}
