// `cjm watch`: the same as `cjm build --watch`.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { addBatchOptions } from '../batch-options.js';
import { buildAction } from './build.js';
import type { BuildFlags } from './build.js';

export function registerWatch(program: Command, ctx: CliContext): void {
  const command = program
    .command('watch')
    .description('build, then rebuild each map when its source is saved (same as build --watch)')
    .argument('[files...]', 'spec files, folders or quoted globs (default: "include" in cjm.config.yaml)');
  addBatchOptions(command)
    .addHelpText('after', '\nExamples:\n  $ cjm watch "maps/**/*.yaml" --out-dir docs/maps -f svg,html')
    .action((files: string[], flags: BuildFlags, cmd: Command) => buildAction(files, { ...flags, watch: true }, cmd, ctx));
}
