// `cjm serve`: the HTML of each map on http://127.0.0.1, rebuilt and reloaded in the browser on save.
import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { batchSettings } from '../batch-options.js';
import type { BatchFlags } from '../batch-options.js';

interface ServeFlags {
  port: string;
  theme: BatchFlags['theme'];
  config?: string;
  quiet?: boolean;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve maps as HTML on 127.0.0.1, reloading the browser when a spec is saved')
    .argument('[files...]', 'spec files, folders or quoted globs (default: "include" in cjm.config.yaml)')
    .option('-p, --port <n>', 'port to listen on, 0 for any free one', '4400')
    .addOption(new Option('--theme <name>', 'colour theme').choices(['light', 'dark', 'mono']).default('light'))
    .option('--config <file>', 'settings file (default: cjm.config.yaml, or "cjm" in package.json)')
    .option('-q, --quiet', 'print errors only')
    .addHelpText('after', '\nExamples:\n  $ cjm serve maps/onboarding.yaml\n  $ cjm serve "maps/**/*.yaml" --port 8080')
    .action(async (files: string[], flags: ServeFlags, cmd: Command) => {
      ctx.quiet = Boolean(flags.quiet);
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return ctx.error(`--port must be a number from 0 to 65535 (got "${flags.port}")`, EXIT.usage);
      const settings = await batchSettings(files, { ...flags, format: 'html', page: 'fit', reporter: 'text' }, cmd, ctx);
      if (!settings) return;
      // The server and the watcher load only for this command.
      const { serveMaps } = await import('../serve-command.js');
      await serveMaps(settings, port, ctx);
    });
}
