// The job runner: one source, start to finish: read, compile, then hand each output to a writer,
// which writes it (build), compares it with what is on disk (check) or puts it elsewhere (stdout,
// a server). Runs the same in the main thread and in a worker; jobs and results are plain data so
// they cross the thread boundary by structured clone (a worker uses the default writer).
import { dirname } from 'node:path';
import type { CompileOptions, CompileResult, MapView, OutputFormat, PageSize } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { ThemeName } from '../layout/index.js';
import type { InputFormat } from '../parse/source.js';
import { readIfExists, writeAtomic } from '../io/write.js';
import { ioReason } from '../io/reason.js';
import { assertFolderInside } from '../io/contain.js';
import { readSpecFile, specReadProblem, UNSAFE_INPUT } from '../io/read-spec.js';
import type { PlannedOutput } from './plan.js';
import { STDOUT } from './plan.js';

import type { RuleLevel } from '../model/rules.js';

export type JobMode = 'write' | 'check';

/** The compile options that make sense for a whole batch (no measurer: it cannot cross threads). */
export interface BatchOptions {
  theme?: ThemeName;
  page?: PageSize;
  portrait?: boolean;
  fontPath?: string;
  author?: string;
  /** PNG pixels per SVG px. */
  scale?: number;
  /** Project defaults from cjm.config.yaml (see CompileOptions). */
  valleyThreshold?: number;
  rules?: Record<string, RuleLevel>;
  /** SVG: the map's id/class prefix; default from each output's file name. */
  idPrefix?: string;
  /** SVG and PDF: the full map or the overview. */
  view?: MapView;
}

export interface Job {
  id: number;
  file: string;
  path: string;
  /** The folder the spec's real path must stay in; defaults to its own folder. */
  root?: string;
  outputs: PlannedOutput[];
  options: BatchOptions;
  mode: JobMode;
  /** The source's text when it is already in hand (standard input); otherwise `path` is read. */
  text?: string;
  /** Set when the file name does not tell (standard input, --input-format). */
  inputFormat?: InputFormat;
  /** Folder a source without a path (standard input) resolves `baseline:` from; default the process's. */
  cwd?: string;
}

/** build: written | unchanged; check: current | stale | missing. */
export type OutputStatus = 'written' | 'unchanged' | 'current' | 'stale' | 'missing';

export interface JobResult {
  id: number;
  file: string;
  failed: boolean;
  diagnostics: Diagnostic[];
  /** The source, when there are diagnostics to show with a code frame. */
  sourceText?: string;
  /** A failure that is not about the spec's content (unreadable source, unwritable output). */
  problem?: string;
  /** The code the JSON report gives `problem` (default io-error). */
  problemCode?: string;
  outputs: (PlannedOutput & { status: OutputStatus })[];
}

/**
 * Where a finished output goes. Returns its status, or undefined when it is not a file to report
 * (standard output). Throws when it cannot be written; the job then fails with the reason.
 */
export type OutputWriter = (output: PlannedOutput, content: string | Uint8Array) => Promise<OutputStatus | undefined>;

export type CompileFn = (text: string, options: CompileOptions & { format: readonly OutputFormat[] }) => Promise<CompileResult>;

const toBytes = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

async function compareWithDisk(path: string, content: string | Uint8Array, root?: string): Promise<OutputStatus> {
  if (root !== undefined) await assertFolderInside(dirname(path), root);
  const bytes = toBytes(content);
  const existing = await readIfExists(path, bytes.length);
  if (!existing) return 'missing';
  return existing.length === bytes.length && Buffer.compare(existing, bytes) === 0 ? 'current' : 'stale';
}

/** `file: internal error: …`, with the stack when CJM_DEBUG is set (in a worker too: it shares the environment). */
export function internalError(file: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const stack = process.env.CJM_DEBUG && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return `${file}: internal error: ${message}; set CJM_DEBUG=1 for the stack${stack}`;
}

/**
 * The writer a job's mode implies: write files atomically, or compare them with the disk; either
 * way nothing is read or written through a folder that leads out of the output's `root`.
 */
export const writerFor = (mode: JobMode): OutputWriter =>
  mode === 'check'
    ? (output, content) => compareWithDisk(output.path, content, output.root)
    : (output, content) => writeAtomic(output.path, content, output.root);

/** Reads the job's source (unless it came with its text), compiles it and writes its outputs. */
export async function runJob(job: Job, compile: CompileFn, write: OutputWriter = writerFor(job.mode)): Promise<JobResult> {
  let text = job.text;
  if (text === undefined) {
    // Only a regular file inside the folder being built is read (src/io/read-spec.ts).
    const read = await readSpecFile(job.path, job.root ?? dirname(job.path));
    if (!read.ok)
      return {
        id: job.id,
        file: job.file,
        diagnostics: [],
        outputs: [],
        failed: true,
        problem: specReadProblem(job.file, read),
        ...(read.unsafe ? { problemCode: UNSAFE_INPUT } : {}),
      };
    text = read.text;
  }
  return compileJob(job, text, compile, write);
}

/** Compiles a source already read and hands each output to `write`; a failed map writes nothing. */
export async function compileJob(job: Job, text: string, compile: CompileFn, write: OutputWriter = writerFor(job.mode)): Promise<JobResult> {
  const base = { id: job.id, file: job.file, diagnostics: [] as Diagnostic[], outputs: [] as JobResult['outputs'] };
  const format = job.inputFormat === undefined ? {} : { inputFormat: job.inputFormat };
  // The SVG's default id prefix comes from the file it is written to (the first named output when it goes to stdout).
  const named = [...job.outputs].sort((a, b) => Number(b.format === 'svg') - Number(a.format === 'svg')).find((o) => o.path !== STDOUT);
  const outputName = named ? { outputName: named.path } : {};
  let result: CompileResult;
  try {
    // A spec's `baseline:` is relative to its folder (path), or to cwd for standard input.
    const where = { ...(job.path !== STDOUT ? { path: job.path } : {}), ...(job.cwd !== undefined ? { cwd: job.cwd } : {}) };
    result = await compile(text, { ...job.options, ...format, ...where, ...outputName, file: job.file, format: job.outputs.map((o) => o.format) });
  } catch (err) {
    // A bug in cjm, not bad input: this map fails, the others still build.
    return { ...base, failed: true, problem: internalError(job.file, err) };
  }
  const shown = result.diagnostics.length > 0 ? { sourceText: text } : {};
  const missing = job.outputs.find((o) => result.outputs[o.format] === undefined);
  if (!result.ok || hasErrors(result.diagnostics) || missing) {
    // A failed map writes nothing, so the last good outputs stay in place.
    const problem = result.ok && missing ? { problem: `${job.file}: no ${missing.format} output` } : {};
    return { ...base, ...shown, ...problem, failed: true, diagnostics: result.diagnostics };
  }
  const outputs: JobResult['outputs'] = [];
  for (const output of job.outputs) {
    const content = result.outputs[output.format] as string | Uint8Array;
    try {
      const status = await write(output, content);
      if (status !== undefined) outputs.push({ ...output, status });
    } catch (err) {
      return {
        ...base,
        ...shown,
        failed: true,
        diagnostics: result.diagnostics,
        outputs,
        problem: `${output.shown}: cannot ${job.mode === 'check' ? 'read' : 'write'} (${ioReason(err)})`,
      };
    }
  }
  return { ...base, ...shown, failed: false, diagnostics: result.diagnostics, outputs };
}
