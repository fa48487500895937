// The options build, check and watch share. How they combine with the config file (a flag typed on
// the command line wins, then cjm.config.yaml or package.json "cjm", then the default) is the
// library's, in src/batch/settings.ts.
import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import type { MapView, PageSize } from '../compile.js';
import { MAP_VIEWS } from '../compile.js';
import { isSafePrefix } from '../render/svg/prefix.js';
import type { ThemeName } from '../layout/index.js';
import { FORMAT_NAMES } from '../batch/config-check.js';
import { loadSettings, MAX_SCALE, MIN_SCALE } from '../batch/settings.js';
import type { BuildSettings, SettingsInput } from '../batch/settings.js';

export interface BatchFlags {
  outDir?: string;
  format?: string;
  theme: ThemeName;
  page: PageSize;
  portrait?: boolean;
  font?: string;
  author?: string;
  scale?: string;
  idPrefix?: string;
  view?: MapView;
  reporter: 'text' | 'json';
  quiet?: boolean;
  config?: string;
  jobs?: string;
  lockTimeout?: string;
}

/** The library's build settings, plus how the CLI reports. */
export interface BatchSettings extends BuildSettings {
  reporter: 'text' | 'json';
  /** How long a build waits for another build into the same --out-dir, in seconds. */
  lockTimeout: number;
}

/** Default for --lock-timeout, in seconds. */
export const LOCK_TIMEOUT_SECONDS = 60;

export function addBatchOptions(command: Command): Command {
  return command
    .option('--out-dir <dir>', "outputs go under this folder, mirroring the sources' folders (default: next to each source)")
    .option('-f, --format <list>', `output formats, comma-separated: ${FORMAT_NAMES.join(', ')} (default: svg)`)
    .addOption(new Option('--theme <name>', 'colour theme').choices(['light', 'dark', 'mono']).default('light'))
    .addOption(
      new Option('--page <size>', 'PDF page size: fit (one page the size of the map), or paper the map is laid out for')
        .choices(['fit', 'a4', 'a3', 'letter'])
        .default('fit'),
    )
    .option('--portrait', 'PDF on paper: portrait sheets (default: landscape)')
    .option('--font <file>', 'PDF and PNG: TTF/OTF/TTC font to draw text with')
    .option('--scale <n>', `PNG: pixels per SVG pixel, ${MIN_SCALE} to ${MAX_SCALE} (default: 2)`)
    .option('--author <name>', 'PDF: author metadata (default: the persona)')
    .option('--id-prefix <prefix>', 'SVG: prefix for every id, class and style rule, so maps can share a page (default: from the output file name)')
    .addOption(new Option('--view <view>', 'SVG/PDF: the full map, or an overview that fits a 960 px column').choices([...MAP_VIEWS]).default('full'))
    .option('--config <file>', 'settings file (default: cjm.config.yaml, or "cjm" in package.json)')
    .option('-j, --jobs <n>', 'threads to build on (default: every core for big batches)')
    .option('--lock-timeout <seconds>', `how long to wait for another build into the same --out-dir (default: ${LOCK_TIMEOUT_SECONDS})`)
    .addOption(new Option('--reporter <kind>', 'diagnostics as text, or one JSON document on stdout').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print errors only');
}

/** Merges flags over the config file (the library's loadSettings); reports usage errors and returns undefined on any. */
export async function batchSettings(files: readonly string[], flags: BatchFlags, command: Command, ctx: CliContext): Promise<BatchSettings | undefined> {
  // Commander fills in defaults for --theme and --page; only a typed one may override the config.
  const typed = (name: string): boolean => command.getOptionValueSource(name) === 'cli';
  const input: SettingsInput = {
    files,
    outDir: flags.outDir,
    format: flags.format,
    theme: typed('theme') ? flags.theme : undefined,
    page: typed('page') ? flags.page : undefined,
    portrait: flags.portrait,
    font: flags.font,
    author: flags.author,
    idPrefix: flags.idPrefix,
    view: typed('view') ? flags.view : undefined,
    jobs: flags.jobs,
    scale: flags.scale,
  };
  if (flags.idPrefix !== undefined && !isSafePrefix(flags.idPrefix)) {
    ctx.error(`--id-prefix "${flags.idPrefix}": use a letter, then letters, digits, "-" or "_" (at most 40)`, EXIT.usage);
    return undefined;
  }
  const { settings, problems } = await loadSettings(input, ctx.cwd, flags.config);
  for (const problem of problems) ctx.error(problem, EXIT.usage);
  // The out-dir lock is the CLI's (src/cli/out-dir-guard.ts), so its timeout is checked here.
  const lockTimeout = flags.lockTimeout === undefined ? LOCK_TIMEOUT_SECONDS : Number(flags.lockTimeout);
  if (!(Number.isFinite(lockTimeout) && lockTimeout >= 0)) {
    ctx.error(`--lock-timeout must be a number of seconds, 0 or more (got "${flags.lockTimeout}")`, EXIT.usage);
    return undefined;
  }
  return settings && { ...settings, reporter: flags.reporter, lockTimeout };
}
