// Parses YAML text into a ParsedSource (data + positions) for the front matter.
// TEMPORARY stand-in until src/parse/yaml.ts lands; then front-matter.ts imports that instead.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Diagnostic, Span } from '../../diagnostics/diagnostic.js';
import type { DataPath, ParseResult } from '../source.js';

export function parseYaml(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const at = (start: number, end: number): Span => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(end);
    return { line: Math.max(a.line, 1), column: a.col, endLine: Math.max(b.line, 1), endColumn: b.col };
  };
  const diagnostics: Diagnostic[] = doc.errors.map((e) => ({ severity: 'error', code: 'yaml-syntax', message: e.message.split('\n')[0] ?? e.message, file, ...at(e.pos[0], e.pos[1]) }));
  if (diagnostics.length > 0) return { diagnostics };
  const locate = (path: DataPath, part: 'key' | 'value' = 'value'): Span => {
    let node: unknown = doc.contents;
    let key: unknown;
    let found: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) break;
        key = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        key = undefined;
        node = node.items[segment];
      } else break;
      const target = (part === 'key' && key ? key : node ?? key) as Node | undefined;
      if (target?.range) found = at(target.range[0], target.range[1]);
    }
    return found;
  };
  return { source: { file, text, format: 'yaml', data: doc.toJS() as unknown, locate }, diagnostics };
}
