// `cjm build`: compile specs into SVG / HTML / PDF / JSON files.
import { Command, Option } from 'commander';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { loadSource, parseInputFormat } from '../inputs.js';
import { OUTPUT_FORMATS, prepare, renderFormats } from '../../compile.js';
import type { CompileOptions, OutputFormat, PageSize } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticsToJson } from '../../diagnostics/format.js';
import { writeAtomic } from '../../io/write.js';

interface BuildFlags {
  output?: string;
  outDir?: string;
  format?: string;
  theme: 'light' | 'dark' | 'mono';
  page: PageSize;
  font?: string;
  author?: string;
  inputFormat?: string;
  reporter: 'text' | 'json';
  quiet?: boolean;
}

/** `-f svg,html` or, failing that, the extension of `-o`; SVG by default. */
function outputFormats(flags: BuildFlags, ctx: CliContext): OutputFormat[] | undefined {
  const fromOutput = flags.output && flags.output !== '-' ? extname(flags.output).slice(1).toLowerCase() : undefined;
  const list = flags.format ? flags.format.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) : [fromOutput && (OUTPUT_FORMATS as readonly string[]).includes(fromOutput) ? fromOutput : 'svg'];
  const bad = list.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (bad.length > 0) {
    ctx.error(`unknown output format "${bad.join(', ')}"; choose from ${OUTPUT_FORMATS.join(', ')}`, EXIT.usage);
    return undefined;
  }
  return [...new Set(list)] as OutputFormat[];
}

function outputPath(input: string | undefined, format: OutputFormat, flags: BuildFlags, cwd: string, single: boolean): string {
  if (flags.output && single) {
    if (flags.output === '-') return '-';
    const out = resolve(cwd, flags.output);
    return extname(out).slice(1).toLowerCase() === format ? out : `${out.slice(0, out.length - extname(out).length)}.${format}`;
  }
  const stem = basename(input ?? 'journey', extname(input ?? ''));
  const dir = flags.outDir ? resolve(cwd, flags.outDir) : dirname(input ?? join(cwd, 'x'));
  return join(dir, `${stem}.${format}`);
}

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description('compile journey specs into diagrams')
    .argument('<files...>', 'spec files (.yaml, .yml, .md), or - for standard input')
    .option('-o, --output <file>', 'output file (one input only), or - for standard output')
    .option('--out-dir <dir>', 'write outputs into this folder')
    .option('-f, --format <list>', `output formats, comma-separated: ${OUTPUT_FORMATS.join(', ')} (default: from -o, else svg)`)
    .addOption(new Option('--theme <name>', 'colour theme').choices(['light', 'dark', 'mono']).default('light'))
    .addOption(new Option('--page <size>', 'PDF page size').choices(['fit', 'a4', 'a3', 'letter']).default('fit'))
    .option('--font <file>', 'PDF: TTF/OTF/TTC font to draw text with')
    .option('--author <name>', 'PDF: author metadata (default: the persona)')
    .option('--input-format <fmt>', 'yaml or md, for standard input')
    .addOption(new Option('--reporter <kind>', 'diagnostics as text or one JSON document on stdout').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print errors only')
    .addHelpText(
      'after',
      `
Examples:
  $ cjm build examples/skincare-zh.yaml                 # writes examples/skincare-zh.svg
  $ cjm build map.yaml -o docs/map.svg --theme dark
  $ cjm build map.yaml -f svg,html,pdf --out-dir public/maps
  $ cat map.yaml | cjm build - -o - > map.svg`,
    )
    .action(async (files: string[], flags: BuildFlags) => {
      ctx.quiet = Boolean(flags.quiet);
      const formats = outputFormats(flags, ctx);
      const inputFormat = parseInputFormat(flags.inputFormat, ctx);
      if (!formats || inputFormat === null) return;
      if (flags.output && files.length > 1) return ctx.error('-o/--output takes a single input; use --out-dir for several', EXIT.usage);
      if (flags.output === '-' && formats.length > 1) return ctx.error('-o - writes one format to standard output; pick one with -f', EXIT.usage);
      const collected: Diagnostic[] = [];
      const options: CompileOptions = { theme: flags.theme, page: flags.page, fontPath: flags.font, author: flags.author };
      for (const name of files) {
        const source = await loadSource(name, ctx, inputFormat);
        if (!source) continue;
        const compileOptions = { ...options, file: source.file, inputFormat: source.format };
        const { prepared, diagnostics } = prepare(source.text, compileOptions);
        const rendered = prepared ? await renderFormats(prepared, formats, compileOptions) : undefined;
        const all = [...diagnostics, ...(rendered?.diagnostics ?? [])];
        collected.push(...all);
        if (flags.reporter === 'text') for (const d of all) ctx.report(d, source.text);
        else if (all.some((d) => d.severity === 'error')) ctx.fail(EXIT.invalid);
        if (!rendered) continue;
        for (const format of formats) {
          const content = rendered.outputs[format];
          if (content === undefined) continue;
          const target = outputPath(source.path, format, flags, ctx.cwd, files.length === 1);
          if (target === '-' || (!source.path && !flags.output && !flags.outDir)) {
            ctx.stdout.write(content);
            continue;
          }
          const outcome = await writeAtomic(target, content);
          ctx.info(`${outcome === 'written' ? 'wrote' : 'unchanged'} ${target}`);
        }
      }
      if (flags.reporter === 'json') ctx.stdout.write(diagnosticsToJson(collected));
    });
}
