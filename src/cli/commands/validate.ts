// `cjm validate`: shape and meaning errors, nothing written.
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { parseInputFormat, readSource } from '../inputs.js';
import { prepare } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticsToJson } from '../../diagnostics/format.js';
import { EXIT } from '../context.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check specs for shape and meaning errors (exit 1 if any)')
    .argument('<files...>', 'spec files, or - for standard input')
    .option('--input-format <fmt>', 'yaml or md, for standard input')
    .addOption(new Option('--reporter <kind>', 'text, or one JSON document on stdout').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print errors only')
    .addHelpText('after', '\nExamples:\n  $ cjm validate maps/*.yaml\n  $ cjm validate map.md --reporter json')
    .action(async (files: string[], flags: { inputFormat?: string; reporter: 'text' | 'json'; quiet?: boolean }) => {
      ctx.quiet = Boolean(flags.quiet);
      const inputFormat = parseInputFormat(flags.inputFormat, ctx);
      if (inputFormat === null) return;
      const collected: Diagnostic[] = [];
      let valid = 0;
      for (const name of files) {
        const source = await readSource(name, ctx, inputFormat);
        if ('problem' in source) {
          ctx.error(source.problem, source.exit);
          // The JSON document lists it too, as the batch reporters do: a tool reading only stdout must see it.
          collected.push({ file: name, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'io-error', message: source.problem });
          continue;
        }
        const { prepared, diagnostics } = prepare(source.text, { file: source.file, inputFormat: source.format });
        collected.push(...diagnostics);
        if (flags.reporter === 'text') for (const d of diagnostics) ctx.report(d, source.text);
        else if (!prepared) ctx.fail(EXIT.invalid);
        if (prepared) valid += 1;
      }
      if (flags.reporter === 'json') ctx.stdout.write(diagnosticsToJson(collected));
      else ctx.info(`${valid} of ${files.length} valid`);
    });
}
