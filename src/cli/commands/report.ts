// `cjm report`: valleys, stage averages and the curve in the terminal, for a quick read of a map.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { loadSource, parseInputFormat } from '../inputs.js';
import { prepare } from '../../compile.js';
import { colorEnabled } from '../../diagnostics/format.js';
import { reportText } from '../../report/text.js';
import { CONFIG_OPTION, projectDefaults } from '../project-defaults.js';

export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('print the valleys, stage averages and emotion curve of a map')
    .argument('<file>', 'a spec file, or - for standard input')
    .option('--input-format <fmt>', 'yaml or md, for standard input')
    .option(...CONFIG_OPTION)
    .addHelpText('after', '\nExamples:\n  $ cjm report examples/skincare-zh.yaml\n  $ cjm report map.md | less -R')
    .action(async (file: string, flags: { inputFormat?: string; config?: string }) => {
      const inputFormat = parseInputFormat(flags.inputFormat, ctx);
      if (inputFormat === null) return;
      const defaults = await projectDefaults(ctx, flags.config);
      if (!defaults) return;
      const source = await loadSource(file, ctx, inputFormat);
      if (!source) return;
      const { prepared, diagnostics } = prepare(source.text, { file: source.file, inputFormat: source.format, ...defaults });
      for (const d of diagnostics) ctx.report(d, source.text);
      if (!prepared) return;
      ctx.stdout.write(reportText(prepared.journey, prepared.analysis, { color: colorEnabled(ctx.env, Boolean(ctx.stdout.isTTY)) }));
    });
}
