// Parse + validate a YAML text as `cjm validate` would, for the validate tests.
import { parseSource } from '../../src/parse/index.js';
import { validate } from '../../src/validate/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

export function check(text: string) {
  const parsed = parseSource(text, { file: 'map.yaml' });
  if (!parsed.source) throw new Error(`did not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return validate(parsed.source);
}

export const where = (d: Pick<Diagnostic, 'code' | 'line' | 'column'>) => ({ code: d.code, line: d.line, column: d.column });

/** Code, place and message of every diagnostic. */
export const report = (text: string) => check(text).diagnostics.map((d) => ({ ...where(d), message: d.message, ...(d.hint ? { hint: d.hint } : {}) }));

/** A YAML text from its lines. */
export const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
