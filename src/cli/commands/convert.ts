// `cjm convert`: rewrite a spec as YAML or Markdown (same model, so the same map).
import { Option } from 'commander';
import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { loadSource, parseInputFormat } from '../inputs.js';
import { prepare } from '../../compile.js';
import { toMarkdown, toYaml } from '../../convert/index.js';
import { formatFromPath } from '../../parse/index.js';
import type { InputFormat } from '../../parse/source.js';
import { writeAtomic } from '../../io/write.js';
import { ioReason } from '../../io/reason.js';

interface ConvertFlags {
  to?: InputFormat;
  output?: string;
  inputFormat?: string;
  quiet?: boolean;
}

/** `--to`, else the extension of `-o`, else the other format than the input's. */
function targetFormat(flags: ConvertFlags, input: InputFormat): InputFormat {
  if (flags.to !== undefined) return flags.to;
  const fromOutput = flags.output && flags.output !== '-' && extname(flags.output) ? formatFromPath(flags.output) : undefined;
  return fromOutput ?? (input === 'md' ? 'yaml' : 'md');
}

export function registerConvert(program: Command, ctx: CliContext): void {
  program
    .command('convert')
    .description('convert a spec between YAML and Markdown')
    .argument('<file>', 'spec file (.yaml, .yml, .md, .markdown), or - for standard input')
    .addOption(new Option('--to <format>', 'target format (default: from -o, else the other one)').choices(['yaml', 'md']))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--input-format <fmt>', 'yaml or md, for standard input')
    .option('-q, --quiet', 'print errors only')
    .addHelpText(
      'after',
      `
Examples:
  $ cjm convert journey.yaml --to md > journey.md
  $ cjm convert journey.md --to yaml -o journey.yaml
  $ cat journey.yaml | cjm convert - --to md`,
    )
    .action(async (file: string, flags: ConvertFlags) => {
      ctx.quiet = Boolean(flags.quiet);
      const inputFormat = parseInputFormat(flags.inputFormat, ctx);
      if (inputFormat === null) return;
      const source = await loadSource(file, ctx, inputFormat);
      if (!source) return;
      const to = targetFormat(flags, source.format);
      const { prepared, diagnostics } = prepare(source.text, { file: source.file, inputFormat: source.format });
      for (const d of diagnostics) ctx.report(d, source.text);
      if (!prepared) return ctx.fail(EXIT.invalid);
      const text = to === 'md' ? toMarkdown(prepared.journey) : toYaml(prepared.journey);
      if (!flags.output || flags.output === '-') {
        ctx.stdout.write(text);
        return;
      }
      const target = resolve(ctx.cwd, flags.output);
      const outcome = await writeAtomic(target, text).catch((err: unknown) => ctx.error(`${flags.output}: cannot write (${ioReason(err)})`));
      if (outcome) ctx.info(`${outcome === 'written' ? 'wrote' : 'unchanged'} ${flags.output}`);
    });
}
