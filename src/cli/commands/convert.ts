// `cjm convert`: rewrite a spec as YAML or Markdown (same model, so the same map), import Mermaid
// `journey` diagrams as specs, or export a map as a Mermaid `journey`.
import { Option } from 'commander';
import type { Command } from 'commander';
import { basename, extname, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { loadSource, parseInputFormat } from '../inputs.js';
import type { LoadedSource } from '../inputs.js';
import { prepare } from '../../compile.js';
import { toMarkdown, toYaml } from '../../convert/index.js';
import { yamlText } from '../../convert/yaml.js';
import { markdownJourneyBlocks, mermaidToSpec, parseMermaidJourney, toMermaid } from '../../convert/mermaid/index.js';
import { mermaidProblems } from '../../convert/mermaid/problems.js';
import { diagnosticAt } from '../../diagnostics/codes.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Journey } from '../../model/journey.js';
import { formatFromPath } from '../../parse/index.js';
import type { InputFormat } from '../../parse/source.js';
import { writeAtomic } from '../../io/write.js';
import { ioReason } from '../../io/reason.js';

type SourceFormat = InputFormat | 'mermaid';
type TargetFormat = InputFormat | 'mermaid';

interface ConvertFlags {
  to?: TargetFormat;
  from?: SourceFormat;
  output?: string;
  inputFormat?: string;
  quiet?: boolean;
}

const MERMAID_EXTENSIONS = new Set(['.mmd', '.mermaid']);
const isMermaidPath = (path: string): boolean => MERMAID_EXTENSIONS.has(extname(path).toLowerCase());

/** `--to`, else the extension of `-o`, else the other format than the input's (YAML for Mermaid). */
function targetFormat(flags: ConvertFlags, input: SourceFormat): TargetFormat {
  if (flags.to !== undefined) return flags.to;
  const out = flags.output && flags.output !== '-' && extname(flags.output) ? flags.output : undefined;
  const fromOutput = out ? (isMermaidPath(out) ? 'mermaid' : formatFromPath(out)) : undefined;
  return fromOutput ?? (input === 'md' ? 'yaml' : input === 'mermaid' ? 'yaml' : 'md');
}

const render = (journey: Journey, to: TargetFormat): string => (to === 'md' ? toMarkdown(journey) : to === 'mermaid' ? toMermaid(journey) : toYaml(journey));

async function emit(ctx: CliContext, output: string | undefined, text: string): Promise<void> {
  if (!output || output === '-') {
    ctx.stdout.write(text);
    return;
  }
  const outcome = await writeAtomic(resolve(ctx.cwd, output), text).catch((err: unknown) => ctx.error(`${output}: cannot write (${ioReason(err)})`));
  if (outcome) ctx.info(`${outcome === 'written' ? 'wrote' : 'unchanged'} ${output}`);
}

/** `maps/x.yaml` → `maps/x-2.yaml`: where the n-th of several imported maps goes. */
export const numberedOutput = (output: string, n: number): string => {
  const ext = extname(output);
  return `${output.slice(0, output.length - ext.length)}-${n}${ext}`;
};

/** The Mermaid import: every journey diagram of the source, each written as one spec. */
async function importMermaid(source: LoadedSource, flags: ConvertFlags, ctx: CliContext): Promise<void> {
  const markdown = source.file !== '<stdin>' ? formatFromPath(source.file) === 'md' : /^\s*(`{3,}|~{3,})\s*mermaid/im.test(source.text);
  const blocks = markdown ? markdownJourneyBlocks(source.text) : [{ text: source.text, firstLine: 1 }];
  if (blocks.length === 0) {
    ctx.report(diagnosticAt(mermaidProblems.noJourney(), source.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }), source.text);
    return ctx.fail(EXIT.invalid);
  }
  if (blocks.length > 1 && (!flags.output || flags.output === '-')) {
    return ctx.error(`${source.file} holds ${blocks.length} journey diagrams: give -o FILE to write one map each (FILE-1, FILE-2 …)`, EXIT.usage);
  }
  const to = targetFormat(flags, 'mermaid');
  const stem = source.file === '<stdin>' ? 'Untitled journey' : basename(source.file, extname(source.file));
  const texts: string[] = [];
  for (const [n, block] of blocks.entries()) {
    const parsed = parseMermaidJourney(block.text, source.file, block.firstLine);
    for (const d of parsed.diagnostics) ctx.report(d, source.text);
    if (!parsed.journey) continue;
    const spec = yamlText(mermaidToSpec(parsed.journey, blocks.length > 1 ? `${stem} ${n + 1}` : stem));
    // The spec is built to be valid; should it not be, say so against the generated text rather than lose it.
    const { prepared, diagnostics } = prepare(spec, { file: `${source.file} (converted)`, inputFormat: 'yaml' });
    for (const d of diagnostics.filter((x) => x.severity === 'error')) ctx.report(d, spec);
    if (prepared && !hasErrors(diagnostics)) texts.push(render(prepared.journey, to));
  }
  if (texts.length !== blocks.length) return ctx.fail(EXIT.invalid);
  if (texts.length === 1) return emit(ctx, flags.output, texts[0] ?? '');
  for (const [n, text] of texts.entries()) await emit(ctx, numberedOutput(flags.output ?? '', n + 1), text);
}

export function registerConvert(program: Command, ctx: CliContext): void {
  program
    .command('convert')
    .description('convert a spec between YAML and Markdown, import a Mermaid journey, or export one')
    .argument('<file>', 'spec file (.yaml, .yml, .md, .markdown), a Mermaid file (.mmd), or - for standard input')
    .addOption(new Option('--to <format>', 'target format (default: from -o, else the other one; YAML for Mermaid input)').choices(['yaml', 'md', 'mermaid']))
    .addOption(new Option('--from <format>', 'source format (default: from the extension; mermaid for .mmd)').choices(['yaml', 'md', 'mermaid']))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--input-format <fmt>', 'yaml or md, for standard input')
    .option('-q, --quiet', 'print errors only')
    .addHelpText(
      'after',
      `
Examples:
  $ cjm convert journey.yaml --to md > journey.md
  $ cjm convert journey.md --to yaml -o journey.yaml
  $ cat journey.yaml | cjm convert - --to md
  $ cjm convert diagram.mmd --from mermaid -o journey.yaml
  $ cjm convert docs.md --from mermaid -o maps/docs.yaml    # one map per \`\`\`mermaid journey block: docs-1.yaml …
  $ cjm convert journey.yaml --to mermaid                   # lossy: see the README`,
    )
    .action(async (file: string, flags: ConvertFlags) => {
      ctx.quiet = Boolean(flags.quiet);
      const inputFormat = flags.from !== undefined && flags.from !== 'mermaid' ? flags.from : parseInputFormat(flags.inputFormat, ctx);
      if (inputFormat === null) return;
      const mermaid = flags.from === 'mermaid' || (flags.from === undefined && file !== '-' && isMermaidPath(file));
      // A Mermaid file is read as text whatever its extension: the format given here only skips detection.
      const source = await loadSource(file, ctx, mermaid ? 'md' : inputFormat);
      if (!source) return;
      if (mermaid) return importMermaid(source, flags, ctx);
      const to = targetFormat(flags, source.format);
      const { prepared, diagnostics } = prepare(source.text, { file: source.file, inputFormat: source.format });
      for (const d of diagnostics) ctx.report(d, source.text);
      if (!prepared) return ctx.fail(EXIT.invalid);
      await emit(ctx, flags.output, render(prepared.journey, to));
    });
}
