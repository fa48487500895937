// The command line: a thin shell over the library. Each command lives in src/cli/commands/.
import { Command, CommanderError } from 'commander';
import type { CliContext, CliIO } from './context.js';
import { EXIT } from './context.js';
import { colorEnabled, formatDiagnostic, SourceLines } from '../diagnostics/format.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';

function makeContext(io: CliIO, state: { code: number }): CliContext {
  const color = colorEnabled(io.env, Boolean(io.stderr.isTTY));
  // Diagnostics come file by file: the last file's lines serve all of its code frames.
  let lines: SourceLines | undefined;
  const linesOf = (text: string): SourceLines => (lines?.text === text ? lines : (lines = new SourceLines(text)));
  const ctx: CliContext = {
    ...io,
    color,
    quiet: false,
    fail(code) {
      state.code = Math.max(state.code, code);
    },
    report(diagnostic, sourceText) {
      if (diagnostic.severity === 'error') ctx.fail(EXIT.invalid);
      else if (ctx.quiet) return;
      io.stderr.write(`${formatDiagnostic(diagnostic, linesOf(sourceText), { color })}\n`);
    },
    error(message, code = EXIT.invalid) {
      ctx.fail(code);
      io.stderr.write(`cjm: error: ${message}\n`);
    },
    info(message) {
      if (!ctx.quiet) io.stderr.write(`${message}\n`);
    },
  };
  return ctx;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const state = { code: 0 };
  const ctx = makeContext(io, state);
  const program = new Command('cjm')
    .description('Customer journey maps as code: compile YAML or Markdown journey specs into SVG, HTML and PDF.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  for (const register of COMMANDS) register(program, ctx);
  try {
    await program.parseAsync(['node', 'cjm', ...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      const benign = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      return benign ? EXIT.ok : EXIT.usage;
    }
    // A bug in cjm, not bad input: say so in one line; the stack only with CJM_DEBUG.
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`cjm: internal error: ${message}\n`);
    if (io.env.CJM_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return 70;
  }
  return state.code;
}
