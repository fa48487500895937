// The options build, check and watch share, and how they combine with the config file: a flag
// typed on the command line wins, then cjm.config.yaml (or package.json "cjm"), then the default.
import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import type { OutputFormat, PageSize } from '../compile.js';
import type { ThemeName } from '../layout/index.js';
import type { BatchOptions } from '../batch/job.js';
import { FORMAT_NAMES, parseFormats } from '../batch/config-check.js';
import { loadConfig } from '../batch/config.js';

export interface BatchFlags {
  outDir?: string;
  format?: string;
  theme: ThemeName;
  page: PageSize;
  portrait?: boolean;
  font?: string;
  author?: string;
  reporter: 'text' | 'json';
  quiet?: boolean;
  config?: string;
  jobs?: string;
}

export interface BatchSettings {
  /** Files, folders and globs: from the command line, else the config's include. */
  inputs: string[];
  exclude: string[];
  outDir?: string;
  /** Undefined when neither -f nor the config chose (build -o then goes by the file's extension). */
  formats?: OutputFormat[];
  options: BatchOptions;
  /** --jobs; undefined lets the batch decide. */
  parallel?: number;
  reporter: 'text' | 'json';
}

export function addBatchOptions(command: Command): Command {
  return command
    .option('--out-dir <dir>', 'outputs go under this folder, mirroring the sources\' folders (default: next to each source)')
    .option('-f, --format <list>', `output formats, comma-separated: ${FORMAT_NAMES.join(', ')} (default: svg)`)
    .addOption(new Option('--theme <name>', 'colour theme').choices(['light', 'dark', 'mono']).default('light'))
    .addOption(new Option('--page <size>', 'PDF page size: fit (one page the size of the map), or paper the map is laid out for').choices(['fit', 'a4', 'a3', 'letter']).default('fit'))
    .option('--portrait', 'PDF on paper: portrait sheets (default: landscape)')
    .option('--font <file>', 'PDF: TTF/OTF/TTC font to draw text with')
    .option('--author <name>', 'PDF: author metadata (default: the persona)')
    .option('--config <file>', 'settings file (default: cjm.config.yaml, or "cjm" in package.json)')
    .option('-j, --jobs <n>', 'threads to build on (default: every core for big batches)')
    .addOption(new Option('--reporter <kind>', 'diagnostics as text, or one JSON document on stdout').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print errors only');
}

/** Merges flags over the config file; reports usage errors and returns undefined on any. */
export async function batchSettings(files: readonly string[], flags: BatchFlags, command: Command, ctx: CliContext): Promise<BatchSettings | undefined> {
  let ok = true;
  const usage = (message: string): void => {
    ok = false;
    ctx.error(message, EXIT.usage);
  };
  const config = await loadConfig(ctx.cwd, flags.config);
  config.problems.forEach(usage);
  const typed = (name: string): boolean => command.getOptionValueSource(name) === 'cli';
  let formats = config.values.formats;
  if (flags.format !== undefined) {
    const parsed = parseFormats(flags.format);
    if (parsed.bad.length > 0 || parsed.formats.length === 0) usage(`unknown output format "${parsed.bad.join(', ') || flags.format}"; choose from ${FORMAT_NAMES.join(', ')}`);
    formats = parsed.formats;
  }
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) usage(`--jobs must be a whole number of 1 or more (got "${flags.jobs}")`);
  const inputs = files.length > 0 ? [...files] : (config.values.include ?? []);
  if (inputs.length === 0) usage('no input files: name specs, folders or globs, or set "include" in cjm.config.yaml');
  if (!ok) return undefined;
  const fontPath = flags.font ?? config.values.font;
  return {
    inputs,
    exclude: config.values.exclude ?? [],
    outDir: flags.outDir ?? config.values.outDir,
    formats,
    options: {
      theme: typed('theme') ? flags.theme : (config.values.theme ?? flags.theme),
      page: typed('page') ? flags.page : (config.values.page ?? flags.page),
      portrait: flags.portrait ?? config.values.portrait ?? false,
      fontPath: fontPath === undefined ? undefined : resolve(ctx.cwd, fontPath),
      author: flags.author,
    },
    parallel: jobs,
    reporter: flags.reporter,
  };
}
