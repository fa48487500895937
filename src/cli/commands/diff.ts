// `cjm diff OLD NEW`: what changed between two maps, matched by touchpoint id. Either side is a file
// or REV:PATH read from git; the change comes from the library (src/compare), this only reads and prints.
import { Option } from 'commander';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { loadSource } from '../inputs.js';
import type { LoadedSource } from '../inputs.js';
import { prepare, renderFormats } from '../../compile.js';
import type { JourneyChange } from '../../compare/change.js';
import { writeAtomic } from '../../io/write.js';
import { ioReason } from '../../io/reason.js';
import type { Prepared } from '../../compile.js';
import { colorEnabled } from '../../diagnostics/format.js';
import { formatFromPath } from '../../parse/index.js';
import { gitShow, splitRevPath } from '../../io/git-show.js';
import { diffJourneys } from '../../compare/diff.js';
import { changeText } from '../../compare/text.js';

interface DiffFlags {
  format: 'text' | 'md' | 'json';
  exitCode?: boolean;
  output?: string;
  theme?: 'light' | 'dark' | 'mono';
}

const DRAWN = ['svg', 'html', 'pdf'] as const;

/** `-o change.svg|.html|.pdf`: NEW drawn with OLD as its baseline, the same drawing as `baseline:` gives. */
async function writeChangeMap(
  before: Prepared,
  after: Prepared,
  names: { old: string; new: string },
  change: JourneyChange,
  flags: DiffFlags,
  ctx: CliContext,
): Promise<void> {
  const output = flags.output!;
  const format = DRAWN.find((f) => extname(output).toLowerCase() === `.${f}`);
  if (!format) return ctx.error(`-o ${output}: name the file .svg, .html or .pdf`, EXIT.usage);
  const baseline = { file: names.old, journey: before.journey, analysis: before.analysis, source: before.source!, change };
  const rendered = await renderFormats({ ...after, baseline }, [format], { file: names.new, ...(flags.theme ? { theme: flags.theme } : {}) });
  for (const d of rendered.diagnostics) ctx.report(d, after.source?.text ?? '');
  const bytes = rendered.outputs[format];
  if (bytes === undefined) return;
  const outcome = await writeAtomic(resolve(ctx.cwd, output), bytes).catch((err: unknown) => ctx.error(`${output}: cannot write (${ioReason(err)})`));
  if (outcome) ctx.info(`${outcome === 'written' ? 'wrote' : 'unchanged'} ${output}`);
}

/** A file when one of that name exists (or `-`, or no colon); else `REV:PATH` from git, as `git show` reads it. */
async function readSide(name: string, ctx: CliContext): Promise<LoadedSource | undefined> {
  const revPath = splitRevPath(name);
  if (name === '-' || !revPath || existsSync(resolve(ctx.cwd, name))) return loadSource(name, ctx);
  const format = formatFromPath(revPath.path);
  if (!format) {
    ctx.error(`${name}: unknown input format; name a .yaml, .yml, .md or .markdown file`, EXIT.usage);
    return undefined;
  }
  const read = await gitShow(name, ctx.cwd);
  if ('problem' in read) {
    ctx.error(`${name}: ${read.problem}`, EXIT.usage);
    return undefined;
  }
  return { file: name, text: read.text, format };
}

/** Parses and validates one side; its errors are printed with its own name (REV:PATH:line:col for git). */
function prepareSide(source: LoadedSource, ctx: CliContext): Prepared | undefined {
  const { prepared, diagnostics } = prepare(source.text, { file: source.file, inputFormat: source.format });
  // Journey-quality warnings are the business of `cjm validate`; a diff shows only what stops it.
  for (const d of diagnostics) if (d.severity === 'error') ctx.report(d, source.text);
  if (!prepared) ctx.fail(EXIT.invalid);
  return prepared;
}

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('show what changed between two maps: touchpoints, scores, stages, valleys, pains and opportunities')
    .argument('<old>', 'the earlier map: a file, or REV:PATH read from git (HEAD:maps/a.yaml)')
    .argument('<new>', 'the later map: a file, or REV:PATH')
    .addOption(
      new Option('--format <format>', 'text for a terminal, md for a pull-request comment, json for tools').choices(['text', 'md', 'json']).default('text'),
    )
    .option('--exit-code', 'exit with 1 when the maps differ (like git diff --exit-code)')
    .option('-o, --output <file>', 'also draw NEW with OLD as its baseline: change.svg, .html or .pdf')
    .addOption(new Option('--theme <theme>', 'theme of the -o drawing').choices(['light', 'dark', 'mono']))
    .addHelpText(
      'after',
      `
Examples:
  $ cjm diff HEAD:maps/clinic.yaml maps/clinic.yaml
  $ cjm diff origin/main:maps/clinic.yaml maps/clinic.yaml --format md > comment.md
  $ cjm diff clinic-current.yaml clinic-future.md --format json
  $ cjm diff HEAD:maps/clinic.yaml maps/clinic.yaml -o change.svg`,
    )
    .action(async (oldName: string, newName: string, flags: DiffFlags) => {
      if (oldName === '-' && newName === '-') return ctx.error('only one side can be standard input', EXIT.usage);
      const oldSource = await readSide(oldName, ctx);
      const newSource = await readSide(newName, ctx);
      if (!oldSource || !newSource) return;
      const before = prepareSide(oldSource, ctx);
      const after = prepareSide(newSource, ctx);
      if (!before || !after) return;
      const change = diffJourneys(before.journey, after.journey, before.analysis, after.analysis);
      const names = { old: oldSource.file, new: newSource.file };
      if (flags.format === 'json') ctx.stdout.write((await import('../../compare/json.js')).changeToJson(change, names));
      else if (flags.format === 'md') ctx.stdout.write((await import('../../compare/markdown.js')).changeMarkdown(change, names));
      else ctx.stdout.write(changeText(change, names, { color: colorEnabled(ctx.env, Boolean(ctx.stdout.isTTY)) }));
      if (flags.output) await writeChangeMap(before, after, names, change, flags, ctx);
      if (flags.exitCode && change.differs) ctx.fail(EXIT.invalid);
    });
}
