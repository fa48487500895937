// What every step reports instead of throwing: a positioned, coded message.
export type Severity = 'error' | 'warning';

export interface Span {
  /** 1-based line and column of the first character. */
  line: number;
  column: number;
  /** 1-based, exclusive end; equal to the start for a point. */
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Span {
  severity: Severity;
  /** Stable, kebab-case code, e.g. `unknown-key`; see src/diagnostics/codes.ts. */
  code: string;
  message: string;
  /** Path of the source file as the user named it, or `<stdin>`. */
  file: string;
  /** Optional extra line, e.g. "did you mean `thought`?". */
  hint?: string;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');
