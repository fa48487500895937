// `cjm validate`: shape and meaning errors, nothing written.
import { type Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { parseInputFormat, readSource } from '../inputs.js';
import { prepareWithBaseline } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticsToJson } from '../../diagnostics/format.js';
import { EXIT } from '../context.js';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expandInputs } from '../../batch/sources.js';
import { isGlob } from '../../batch/glob.js';
import { CONFIG_OPTION, projectDefaults } from '../project-defaults.js';

/** Folders and globs become the spec files in them (as for build); `-` and plain files stay as typed. */
async function expandNames(inputs: readonly string[], ctx: CliContext, collected: Diagnostic[]): Promise<{ name: string; root?: string }[]> {
  const names: { name: string; root?: string }[] = [];
  for (const input of inputs) {
    if (input === '-' || !(isGlob(input) || (await isFolder(resolve(ctx.cwd, input))))) {
      names.push({ name: input });
      continue;
    }
    const { sources, problems } = await expandInputs([input], ctx.cwd);
    for (const problem of problems) {
      ctx.error(problem, EXIT.usage);
      collected.push({ file: input, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'io-error', message: problem });
    }
    // A folder's or glob's specs must really stay in that folder, as for build.
    for (const s of sources) names.push({ name: s.file, root: s.root });
  }
  return names;
}

const isFolder = async (path: string): Promise<boolean> => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check specs for shape and meaning errors (exit 1 if any)')
    .argument('<files...>', 'spec files, folders or quoted globs, or - for standard input')
    .option('--input-format <fmt>', 'yaml or md, for standard input')
    .addOption(new Option('--reporter <kind>', 'text, or one JSON document on stdout').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print errors only')
    .option(...CONFIG_OPTION)
    .addHelpText('after', '\nExamples:\n  $ cjm validate maps\n  $ cjm validate "maps/**/*.{yaml,md}"\n  $ cjm validate map.md --reporter json')
    .action(async (files: string[], flags: { inputFormat?: string; reporter: 'text' | 'json'; quiet?: boolean; config?: string }) => {
      ctx.quiet = Boolean(flags.quiet);
      const inputFormat = parseInputFormat(flags.inputFormat, ctx);
      if (inputFormat === null) return;
      const defaults = await projectDefaults(ctx, flags.config);
      if (!defaults) return;
      const collected: Diagnostic[] = [];
      let valid = 0;
      const names = await expandNames(files, ctx, collected);
      for (const { name, root } of names) {
        const source = await readSource(name, ctx, inputFormat, root);
        if ('problem' in source) {
          ctx.error(source.problem, source.exit);
          // The JSON document lists it too, as the batch reporters do: a tool reading only stdout must see it.
          collected.push({
            file: name,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            severity: 'error',
            code: source.problem.startsWith(`${name}: unsafe-input:`) ? 'unsafe-input' : 'io-error',
            message: source.problem,
          });
          continue;
        }
        const { prepared, diagnostics } = await prepareWithBaseline(source.text, {
          file: source.file,
          ...(source.path ? { path: source.path } : {}),
          cwd: ctx.cwd,
          inputFormat: source.format,
          ...defaults,
        });
        for (const d of diagnostics) collected.push(d);
        if (flags.reporter === 'text') for (const d of diagnostics) ctx.report(d, source.text);
        else if (!prepared) ctx.fail(EXIT.invalid);
        if (prepared) valid += 1;
      }
      if (flags.reporter === 'json') ctx.stdout.write(diagnosticsToJson(collected));
      else ctx.info(`${valid} of ${names.length} valid`);
    });
}
