// Everything a command may touch of the outside world, passed in so tests can run the CLI in-process.
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  readStdin(): Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface CliContext extends CliIO {
  /** Whether stderr gets colours (NO_COLOR / FORCE_COLOR / TTY). */
  color: boolean;
  /** Raise the process exit code; it never goes down. */
  fail(code: 1 | 2): void;
  /** Print a diagnostic with its code frame to stderr. */
  report(diagnostic: Diagnostic, sourceText: string): void;
  /** Print a one-line error to stderr (`cjm: error: …`) and raise the exit code. */
  error(message: string, code?: 1 | 2): void;
  /** Print an informational line to stderr unless quiet. */
  info(message: string): void;
  quiet: boolean;
}
