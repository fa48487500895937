// zod's shape issues → positioned diagnostics in the analyst's words:
// `emotion must be a number (got "high")`, unknown keys with "did you mean", at the key itself.
import type { core } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { Problem } from '../diagnostics/codes.js';
import type { DataPath, ParsedSource } from '../parse/source.js';
import { fieldName, ownerAt, valueAt } from './paths.js';
import { closest } from '../diagnostics/suggest.js';
import { slugify } from './ids.js';
import { MAX_DIAGNOSTICS } from '../model/limits.js';

type Issue = core.$ZodIssue;

interface Found {
  problem: Problem;
  path: DataPath;
  part: 'key' | 'value';
  /** For a missing key: its name. For an unknown key: the key it was probably meant to be. */
  missing?: string;
  meant?: string;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  tuple: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  boolean: 'true or false',
};
const expectedWords = (expected: string): string => EXPECTED[expected] ?? expected;

const toPath = (path: readonly PropertyKey[]): DataPath => path.map((s) => (typeof s === 'number' ? s : String(s)));

const isNonFinite = (value: unknown): value is number => typeof value === 'number' && !Number.isFinite(value);

function typeProblem(path: DataPath, data: unknown, expected: string): Found {
  const value = valueAt(data, path);
  const parent = path.slice(0, -1);
  const key = path[path.length - 1];
  if (path[0] === 'emotionScale') return { problem: problems.scaleShape(valueAt(data, ['emotionScale'])), path: ['emotionScale'], part: 'value' };
  if (value === undefined && typeof key === 'string' && !Object.hasOwn(Object(valueAt(data, parent)), key)) {
    return { problem: problems.missingKey(ownerAt(parent)?.label ?? fieldName(parent), key), path: parent, part: 'value', missing: key };
  }
  if (isNonFinite(value)) return { problem: problems.nonFinite(fieldName(path), value), path, part: 'value' };
  return { problem: problems.wrongType(fieldName(path), expectedWords(expected), value, quoteHint([expected], value)), path, part: 'value' };
}

/** `name: 404` is a number to YAML; quoting it makes it text. */
const quoteHint = (expected: readonly string[], value: unknown): string | undefined =>
  expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')
    ? `write it in quotes to use it as text: "${String(value)}"`
    : undefined;

function unionProblems(issue: Extract<Issue, { code: 'invalid_union' }>, path: DataPath, data: unknown): Found[] {
  const value = valueAt(data, path);
  if (isNonFinite(value)) return [{ problem: problems.nonFinite(fieldName(path), value), path, part: 'value' }];
  // The branch whose type matches the value says what is wrong inside it.
  const matching = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  const best = [...matching].sort((a, b) => a.length - b.length)[0];
  if (best) return best.flatMap((i) => issueProblems(i, path, data));
  const expected = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === 'invalid_type' && i.path.length === 0 ? [i.expected] : [])));
  const words = [...new Set(expected.map(expectedWords))].join(' or ');
  return [{ problem: problems.wrongType(fieldName(path), words, value, quoteHint(expected, value)), path, part: 'value' }];
}

function issueProblems(issue: Issue, prefix: DataPath, data: unknown): Found[] {
  const path = [...prefix, ...toPath(issue.path)];
  const value = valueAt(data, path);
  const at = (problem: Problem, part: 'key' | 'value' = 'value'): Found[] => [{ problem, path, part }];
  switch (issue.code) {
    case 'invalid_type':
      return [typeProblem(path, data, issue.expected)];
    case 'unrecognized_keys': {
      const owner = ownerAt(path);
      const allowed = owner?.keys ?? [];
      const present = Object.keys(Object(value));
      const presentSet = new Set(present);
      const free = allowed.filter((k) => !presentSet.has(k));
      // Only the first keys are ever shown (MAX_DIAGNOSTICS): the rest skip the costly "did you mean".
      return issue.keys.map((key, i) => {
        const meant = i < MAX_DIAGNOSTICS ? closest(key, free) : undefined;
        const problem = problems.unknownKey(key, owner?.label ?? fieldName(path), meant, allowed);
        return { problem, path: [...path, key], part: 'key' as const, ...(meant === undefined ? {} : { meant }) };
      });
    }
    case 'too_small':
    case 'too_big':
      if (path[0] === 'emotionScale') return at(problems.scaleShape(valueAt(data, ['emotionScale'])));
      if (issue.origin === 'string') return at(problems.emptyText(fieldName(path)));
      return at(problems.emptyList(fieldName(path), path[path.length - 1] === 'stages' ? 'stage' : 'entry'));
    case 'invalid_format':
      if (path[path.length - 1] === 'color') return at(problems.invalidColor(value));
      return at(problems.invalidId(fieldName(path), value, slugHint(value)));
    case 'invalid_key': {
      // Only the channels registry constrains its keys: they are channel ids.
      const key = path[path.length - 1];
      return at(problems.invalidId(path[0] === 'channels' ? 'a channel id' : 'a key', key, slugHint(key)), 'key');
    }
    case 'invalid_value': {
      const choices = issue.values.map(String);
      return at(problems.invalidChoice(fieldName(path), choices, value, typeof value === 'string' ? closest(value, choices) : undefined));
    }
    case 'invalid_union':
      return unionProblems(issue, path, data);
    default:
      return at(problems.wrongType(fieldName(path), 'valid', value));
  }
}

function slugHint(value: unknown): string | undefined {
  const slug = typeof value === 'string' ? slugify(value) : '';
  return slug && slug !== value ? `try "${slug}"` : undefined;
}

const parentKey = (path: DataPath): string => JSON.stringify(path.slice(0, -1));

/** `Stages:` both misses "stages" and is unknown; the unknown key with its hint says it all. */
function withoutEchoes(found: Found[]): Found[] {
  const meant = new Set(found.flatMap((f) => (f.meant === undefined ? [] : [`${parentKey(f.path)}/${f.meant}`])));
  return found.filter((f) => f.missing === undefined || !meant.has(`${parentKey([...f.path, f.missing])}/${f.missing}`));
}

export function shapeDiagnostics(issues: readonly Issue[], source: ParsedSource): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const found of withoutEchoes(issues.flatMap((issue) => issueProblems(issue, [], source.data)))) {
    const d = diagnosticAt(found.problem, source.file, source.locate(found.path, found.part));
    const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
