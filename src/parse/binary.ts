// Files that are not text at all (an image or an archive named .yaml, a UTF-16 export from Word):
// one clear error instead of a screenful of syntax errors quoting binary junk. No YAML or Markdown
// source has a raw NUL character (YAML forbids it; Markdown replaces it), so its presence decides.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';

/** UTF-16 read as UTF-8: a byte-order mark comes out as two U+FFFD (or U+FEFF), then NULs between ASCII letters. */
const UTF16 = /^(\uFFFD\uFFFD|\uFEFF)?([^\0]\0|\0[^\0])/;

/** The not-text error for `text`, at its first NUL; undefined for text. */
export function binaryProblem(text: string, file: string): Diagnostic | undefined {
  const at = text.indexOf('\0');
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return diagnosticAt(problems.notText(UTF16.test(text)), file, { line, column, endLine: line, endColumn: column + 1 });
}
