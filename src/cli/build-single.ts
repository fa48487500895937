// `cjm build` with standard input (`-`) or one named output (`-o FILE`, `-o -`): the one-map
// path, which may write to stdout. Names (planSingle) and builds (runJob) with the library's job
// runner, one source at a time; reports through the same reporters as a batch.
import { performance } from 'node:perf_hooks';
import { extname } from 'node:path';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import { loadSource, parseInputFormat } from './inputs.js';
import type { BatchSettings } from './batch-options.js';
import { reporterFor } from './batch-run.js';
import { compile } from '../compile.js';
import type { OutputFormat } from '../compile.js';
import type { JobResult, OutputWriter } from '../batch/job.js';
import { runJob, writerFor } from '../batch/job.js';
import { parseFormats } from '../batch/config-check.js';
import { STDOUT, planSingle } from '../batch/plan.js';

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

export async function buildSingle(files: readonly string[], flags: SingleFlags, settings: BatchSettings, ctx: CliContext): Promise<void> {
  const started = performance.now();
  const formats = formatsFor(settings, flags);
  const inputFormat = parseInputFormat(flags.inputFormat, ctx);
  if (inputFormat === null) return;
  if (flags.output && files.length > 1) return ctx.error('-o/--output takes a single input; use --out-dir for several', EXIT.usage);
  if (flags.output === '-' && formats.length > 1) return ctx.error('-o - writes one format to standard output; pick one with -f', EXIT.usage);
  const ext = flags.output && flags.output !== '-' ? extname(flags.output).slice(1) : '';
  if (ext && flags.format === undefined && parseFormats(ext).formats.length === 0) {
    return ctx.error(
      `-o ${flags.output}: cannot tell the output format from ".${ext}"; name the file .svg, .html, .pdf, .png or .json, or pass -f`,
      EXIT.usage,
    );
  }
  const reporter = reporterFor(settings, ctx, 'write');
  reporter.start(files.length);
  const results: JobResult[] = [];
  const toFile = writerFor('write');
  const write: OutputWriter = async (output, content) => {
    if (output.path !== STDOUT) return toFile(output, content);
    ctx.stdout.write(content);
    return undefined;
  };
  for (const [id, name] of files.entries()) {
    const source = await loadSource(name, ctx, inputFormat);
    if (!source) continue;
    const outputs = planSingle(source.path, formats, flags.output, settings.outDir, ctx.cwd);
    const job = {
      id,
      file: source.file,
      path: source.path ?? STDOUT,
      outputs,
      options: settings.options,
      mode: 'write' as const,
      text: source.text,
      inputFormat: source.format,
      cwd: ctx.cwd,
    };
    const result = await runJob(job, compile, write);
    results.push(result);
    reporter.result(result);
  }
  reporter.finish({ command: 'build', results, orphans: [], seconds: (performance.now() - started) / 1000 });
}
