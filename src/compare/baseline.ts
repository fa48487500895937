// A map's `baseline:`: the other map it is drawn against. Reading that file is the caller's
// business (an injected reader, so the CLI reads the disk and a docs plugin or a test supplies
// text); parsing, validating and comparing stay pure. The baseline's own `baseline:` is not followed.
import { dirname, resolve } from 'node:path';
import type { Analysis } from '../analyse/analysis.js';
import { analyse } from '../analyse/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { Journey } from '../model/journey.js';
import { formatFromPath, parseSource } from '../parse/index.js';
import type { ParsedSource } from '../parse/source.js';
import { validate } from '../validate/index.js';
import type { JourneyChange } from './change.js';
import { diffJourneys } from './diff.js';

/** Reads a file by absolute path; rejects (any error) when it cannot. */
export type ReadText = (absolutePath: string) => Promise<string>;

export interface Baseline {
  /** As written in `baseline:`; diagnostics and the legend name it so. */
  file: string;
  journey: Journey;
  analysis: Analysis;
  source: ParsedSource;
  /** From the baseline to this map. */
  change: JourneyChange;
}

/** Where `baseline:` points: relative to the spec's folder (the working folder for stdin). */
export const baselinePath = (baseline: string, specPath: string | undefined, cwd: string): string =>
  specPath === undefined ? resolve(cwd, baseline) : resolve(cwd, dirname(specPath), baseline);

/** The spec's own path: `path` when known, else `file` taken relative to `cwd` (none for stdin). */
const specPathOf = (options: ResolveOptions): string | undefined =>
  options.path ?? (!options.file || options.file === '<stdin>' ? undefined : resolve(options.cwd, options.file));

export interface ResolveOptions {
  /** The spec's name as given (a path relative to `cwd`, or `<stdin>`). */
  file?: string;
  /** The spec's absolute path, when known (else `file` relative to `cwd`). */
  path?: string;
  cwd: string;
  read: ReadText;
  /** Why a read failed, in words (e.g. ioReason); the error's message when omitted. */
  reason?: (err: unknown) => string;
}

/** Loads and compares the baseline `journey` names; problems are errors at the `baseline:` value. */
export async function resolveBaseline(
  journey: Journey,
  analysis: Analysis,
  source: ParsedSource | undefined,
  options: ResolveOptions,
): Promise<{ baseline?: Baseline; diagnostics: Diagnostic[] }> {
  if (journey.baseline === undefined) return { diagnostics: [] };
  const file = options.file ?? '<stdin>';
  const span = source?.locate(['baseline'], 'value') ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const fail = (problem: ReturnType<(typeof problems)[keyof typeof problems]>) => ({ diagnostics: [diagnosticAt(problem, file, span)] });
  const named = journey.baseline;
  const self = specPathOf(options);
  const path = baselinePath(named, self, options.cwd);
  if (path === self) return fail(problems.baselineSelf(named));
  const format = formatFromPath(path);
  if (!format) return fail(problems.baselineNotAMap(named, 'it is not a .yaml, .yml, .md or .markdown file'));
  let text: string;
  try {
    text = await options.read(path);
  } catch (err) {
    return fail(problems.baselineUnreadable(named, options.reason ? options.reason(err) : err instanceof Error ? err.message : String(err)));
  }
  const parsed = parseSource(text, { file: named, format });
  const validated = parsed.source && !hasErrors(parsed.diagnostics) ? validate(parsed.source) : undefined;
  const first = [...parsed.diagnostics, ...(validated?.diagnostics ?? [])].find((d) => d.severity === 'error');
  if (!parsed.source || !validated?.journey || first) {
    const why = first ? `${first.file}:${first.line}:${first.column}: ${first.code}: ${first.message}` : 'it holds no map';
    return fail(problems.baselineNotAMap(named, why));
  }
  const theirs = validated.journey;
  if (theirs.baseline !== undefined && self !== undefined && baselinePath(theirs.baseline, path, options.cwd) === self)
    return fail(problems.baselineCycle(named));
  const theirAnalysis = analyse(theirs);
  return {
    baseline: { file: named, journey: theirs, analysis: theirAnalysis, source: parsed.source, change: diffJourneys(theirs, journey, theirAnalysis, analysis) },
    diagnostics: [],
  };
}
