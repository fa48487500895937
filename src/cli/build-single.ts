// `cjm build` with standard input (`-`) or one named output (`-o FILE`, `-o -`): the one-map
// path, which may write to stdout. Reports through the same reporters as a batch.
import { performance } from 'node:perf_hooks';
import { basename, extname, join, resolve } from 'node:path';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import { loadSource, parseInputFormat } from './inputs.js';
import type { BatchSettings } from './batch-options.js';
import { reporterFor } from './batch-run.js';
import { compile } from '../compile.js';
import type { OutputFormat } from '../compile.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { writeAtomic } from '../io/write.js';
import { ioReason } from '../io/reason.js';
import type { JobResult } from '../batch/job.js';
import { internalError } from '../batch/job.js';
import { parseFormats } from '../batch/config-check.js';
import { shownPath } from '../batch/plan.js';

export interface SingleFlags {
  output?: string;
  inputFormat?: string;
  /** -f as typed, to tell it from formats that came from the config file. */
  format?: string;
}

/** -f, else the extension of -o (more specific than a project default), else the config's formats, else SVG. */
function formatsFor(settings: BatchSettings, flags: SingleFlags): OutputFormat[] {
  if (flags.format !== undefined && settings.formats) return settings.formats;
  const fromOutput = flags.output && flags.output !== '-' ? parseFormats(extname(flags.output).slice(1)).formats : [];
  return fromOutput.length > 0 ? fromOutput : (settings.formats ?? ['svg']);
}

function target(path: string | undefined, format: OutputFormat, output: string | undefined, settings: BatchSettings, cwd: string): string {
  if (output === '-') return '-';
  if (output) {
    const out = resolve(cwd, output);
    return extname(out).slice(1).toLowerCase() === format ? out : `${out.slice(0, out.length - extname(out).length)}.${format}`;
  }
  const stem = basename(path ?? 'journey', extname(path ?? ''));
  const dir = settings.outDir ? resolve(cwd, settings.outDir) : path ? resolve(path, '..') : undefined;
  return dir ? join(dir, `${stem}.${format}`) : '-';
}

export async function buildSingle(files: readonly string[], flags: SingleFlags, settings: BatchSettings, ctx: CliContext): Promise<void> {
  const started = performance.now();
  const formats = formatsFor(settings, flags);
  const inputFormat = parseInputFormat(flags.inputFormat, ctx);
  if (inputFormat === null) return;
  if (flags.output && files.length > 1) return ctx.error('-o/--output takes a single input; use --out-dir for several', EXIT.usage);
  if (flags.output === '-' && formats.length > 1) return ctx.error('-o - writes one format to standard output; pick one with -f', EXIT.usage);
  const ext = flags.output && flags.output !== '-' ? extname(flags.output).slice(1) : '';
  if (ext && flags.format === undefined && parseFormats(ext).formats.length === 0) {
    return ctx.error(`-o ${flags.output}: cannot tell the output format from ".${ext}"; name the file .svg, .html, .pdf or .json, or pass -f`, EXIT.usage);
  }
  const reporter = reporterFor(settings, ctx, 'write');
  reporter.start(files.length);
  const results: JobResult[] = [];
  for (const [id, name] of files.entries()) {
    const source = await loadSource(name, ctx, inputFormat);
    if (!source) continue;
    let compiled: Awaited<ReturnType<typeof compile>>;
    try {
      compiled = await compile(source.text, { ...settings.options, file: source.file, ...(source.path ? { path: source.path } : {}), cwd: ctx.cwd, inputFormat: source.format, format: formats });
    } catch (err) {
      // A bug in cjm, not bad input: this map fails, the others still build.
      const failed: JobResult = { id, file: source.file, failed: true, diagnostics: [], outputs: [], problem: internalError(source.file, err) };
      results.push(failed);
      reporter.result(failed);
      continue;
    }
    const failed = !compiled.ok || hasErrors(compiled.diagnostics);
    const result: JobResult = { id, file: source.file, failed, diagnostics: compiled.diagnostics, sourceText: source.text, outputs: [] };
    for (const format of failed ? [] : formats) {
      const content = compiled.outputs[format];
      const path = target(source.path, format, flags.output, settings, ctx.cwd);
      if (content === undefined) continue;
      if (path === '-') {
        ctx.stdout.write(content);
        continue;
      }
      const shown = shownPath(path, ctx.cwd);
      try {
        result.outputs.push({ format, path, shown, status: await writeAtomic(path, content) });
      } catch (err) {
        // An unwritable folder is the user's to fix, not a crash: say which file and why, as a batch does.
        result.failed = true;
        result.problem = `${shown}: cannot write (${ioReason(err)})`;
        break;
      }
    }
    results.push(result);
    reporter.result(result);
  }
  reporter.finish({ command: 'build', results, orphans: [], seconds: (performance.now() - started) / 1000 });
}
