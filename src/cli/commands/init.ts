// `cjm init`: write a starter map that builds straight away, with a comment on every field.
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { formatFromPath } from '../../parse/index.js';
import type { InputFormat } from '../../parse/source.js';
import { STARTER_LOCALES, starterMap } from '../../init/index.js';
import type { StarterLocale } from '../../init/index.js';
import { writeAtomic } from '../../io/write.js';
import { canonicalLocale } from '../../i18n/labels.js';

/** `--locale` as people type it: zh-TW, zh_hk, ZH-CN, ja-JP, en-GB… → the starter's locale. */
function starterLocale(value: string): StarterLocale {
  const locale = canonicalLocale(value);
  if (!locale) throw new InvalidArgumentError(`choose from ${STARTER_LOCALES.join(', ')} (or a tag such as zh-TW, zh-CN, ja-JP, en-US)`);
  return locale;
}
import { ioReason } from '../../io/reason.js';

interface InitFlags {
  format?: InputFormat;
  locale: StarterLocale;
  force?: boolean;
}

const exists = async (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('write a starter journey map to edit')
    .argument('[file]', 'where to write it (default: journey.yaml, or journey.md with --format md); - for standard output')
    .addOption(new Option('--format <format>', 'yaml or md (default: from the file name, else yaml)').choices(['yaml', 'md']))
    .addOption(
      new Option('--locale <locale>', `language of the starter map: ${STARTER_LOCALES.join(', ')}, or a tag such as zh-TW, zh-CN, ja-JP`)
        .argParser(starterLocale)
        .default('en'),
    )
    .option('--force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ cjm init                                  # writes journey.yaml
  $ cjm init --format md --locale zh-Hant     # writes journey.md, in Traditional Chinese
  $ cjm init --locale ja                      # in Japanese (zh-Hans: Simplified Chinese)
  $ cjm init maps/checkout.md`,
    )
    .action(async (file: string | undefined, flags: InitFlags) => {
      const fromName = file && file !== '-' ? formatFromPath(file) : undefined;
      if (file && file !== '-' && !fromName && !flags.format) {
        return ctx.error(`${file}: name it .yaml, .yml, .md or .markdown, or pass --format`, EXIT.usage);
      }
      const format: InputFormat = flags.format ?? fromName ?? 'yaml';
      const text = starterMap(format, flags.locale);
      if (file === '-') {
        ctx.stdout.write(text);
        return;
      }
      const name = file ?? (format === 'md' ? 'journey.md' : 'journey.yaml');
      const target = resolve(ctx.cwd, name);
      if (!flags.force && (await exists(target))) {
        return ctx.error(`${name} already exists; pass --force to overwrite it`, EXIT.invalid);
      }
      const written = await writeAtomic(target, text).catch((err: unknown) => ctx.error(`${name}: cannot write (${ioReason(err)})`));
      if (written) ctx.info(`wrote ${name}; build it with: cjm build ${name}`);
    });
}
