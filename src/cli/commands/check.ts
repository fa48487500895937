// `cjm check`: the CI gate. Rebuilds in memory, compares with the files on disk, writes nothing,
// lists every output that is stale or missing (and with --strict, outputs with no source), exit 1 if any.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { addBatchOptions, batchSettings } from '../batch-options.js';
import type { BatchFlags } from '../batch-options.js';
import { runBatch } from '../batch-run.js';

export function registerCheck(program: Command, ctx: CliContext): void {
  const command = program
    .command('check')
    .description('list outputs that are stale or missing, without writing (exit 1 if any)')
    .argument('[files...]', 'the same files, folders or globs you build (default: "include" in cjm.config.yaml)');
  addBatchOptions(command)
    .option('--strict', 'also list outputs under the output folder that no source produces')
    .addHelpText(
      'after',
      `
Examples:
  $ cjm check "maps/**/*.{yaml,md}" --out-dir docs/maps -f svg,html
  $ cjm check --strict                     # with include/outDir/formats in cjm.config.yaml`,
    )
    .action(async (files: string[], flags: BatchFlags & { strict?: boolean }, cmd: Command) => {
      ctx.quiet = Boolean(flags.quiet);
      if (files.includes('-')) return ctx.error('check compares files on disk; it cannot read standard input', EXIT.usage);
      const settings = await batchSettings(files, flags, cmd, ctx);
      if (settings) await runBatch(settings, 'check', ctx, Boolean(flags.strict));
    });
}
