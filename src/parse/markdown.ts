// Markdown journey specs: YAML front matter for the journey fields, `##` stages, `###`
// touchpoints, `key: value` bullets. Produces the same spec-shaped data as the YAML parser, plus
// positions, so validation reports the same diagnostics pointing into the Markdown file.
// The format is documented in docs/markdown-format.md.
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { DataPath, ParseResult } from './source.js';
import { readFrontMatter } from './markdown/front-matter.js';
import { readBlocks } from './markdown/blocks.js';
import { buildSpec } from './markdown/build.js';
import { codePointColumns, positions } from './markdown/positions.js';

export function parseMarkdown(text: string, file: string): ParseResult {
  // A UTF-8 byte order mark is not part of the spec; columns on line 1 are counted without it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  const front = readFrontMatter(lines, file);
  if (hasErrors(front.diagnostics)) return { diagnostics: front.diagnostics };
  const claims = (path: DataPath) => path[0] !== 'stages' && Object.hasOwn(front.data, String(path[0]));
  const columns = codePointColumns(lines);
  const table = positions({ claims, locate: front.locate }, columns);
  const blocks = readBlocks(lines.slice(front.bodyStart), front.bodyStart + 1);
  const built = buildSpec(blocks, front, file, table, columns);
  return {
    source: { file, text: body, format: 'md', data: built.data, locate: table.locate },
    // Top to bottom, as a reader goes through the file.
    diagnostics: [...front.diagnostics, ...built.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
