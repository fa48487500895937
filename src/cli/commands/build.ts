// `cjm build`: compile specs (files, folders, globs) into SVG / HTML / PDF / JSON files.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addBatchOptions, batchSettings } from '../batch-options.js';
import type { BatchFlags } from '../batch-options.js';
import { runBatch } from '../batch-run.js';
import { buildSingle } from '../build-single.js';

export interface BuildFlags extends BatchFlags {
  output?: string;
  inputFormat?: string;
  watch?: boolean;
}

export const BUILD_EXAMPLES = `
Examples:
  $ cjm build examples/skincare-zh.yaml                 # writes examples/skincare-zh.svg
  $ cjm build map.yaml -o docs/map.svg --theme dark
  $ cjm build "maps/**/*.{yaml,md}" --out-dir docs/maps -f svg,html
  $ cjm build maps --out-dir docs/maps --watch           # rebuild on every save
  $ cat map.yaml | cjm build - -o - > map.svg

With no files, the "include" globs of cjm.config.yaml (or "cjm" in package.json) are built.`;

/** Shared by `cjm build --watch` and `cjm watch`. */
export async function buildAction(files: string[], flags: BuildFlags, command: Command, ctx: CliContext): Promise<void> {
  ctx.quiet = Boolean(flags.quiet);
  const settings = await batchSettings(files, flags, command, ctx);
  if (!settings) return;
  if (flags.output || files.includes('-')) return buildSingle(files, flags, settings, ctx);
  if (flags.watch) {
    // Loaded only when asked for, so a one-off build starts no faster or slower for it.
    const { watchBuild } = await import('../watch-command.js');
    return watchBuild(settings, ctx);
  }
  return runBatch(settings, 'write', ctx);
}

export function registerBuild(program: Command, ctx: CliContext): void {
  const command = program
    .command('build')
    .description('compile journey specs into diagrams')
    .argument('[files...]', 'spec files (.yaml, .yml, .md), folders, quoted globs, or - for standard input')
    .option('-o, --output <file>', 'output file (one input only), or - for standard output');
  addBatchOptions(command)
    .option('--input-format <fmt>', 'yaml or md, for standard input')
    .option('-w, --watch', 'rebuild a map whenever its source is saved (Ctrl-C stops)')
    .addHelpText('after', BUILD_EXAMPLES)
    .action((files: string[], flags: BuildFlags, cmd: Command) => buildAction(files, flags, cmd, ctx));
}
