// YAML specs: the `yaml` package parses to a Document whose nodes keep their ranges, so every
// syntax problem and every later validation error can point at a line and column.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { Problem } from '../diagnostics/codes.js';
import { shown } from '../diagnostics/values.js';
import type { ParseResult } from './source.js';
import { positioner, spanOf, START } from './position.js';
import type { Positioner } from './position.js';
import { yamlLocator } from './yaml-locate.js';
import { checkAliases } from './yaml-aliases.js';
import { duplicateKeys } from './yaml-duplicates.js';

/** yaml's own alias guard, kept as a second line behind checkAliases. */
const MAX_ALIAS_COUNT = 100;

const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'put quotes around a value that contains ": "',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line: is a ":" missing, or is this line indented wrongly?',
  BAD_INDENT: 'entries at the same level must line up',
  UNEXPECTED_TOKEN: 'check the indentation of this line and the one before it',
};

// yaml's sentences start with a capital; ours do not, unless it is an acronym.
// yaml quotes whole tokens in some messages ("unexpected scalar token in YAML stream: …"), which in
// a file of junk can be thousands of characters on one line; the code frame shows the place anyway.
const MAX_MESSAGE = 160;
const sentence = (message: string): string => {
  const lowered = /^[A-Z](?![A-Z])/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
  const chars = [...lowered];
  return chars.length > MAX_MESSAGE ? `${chars.slice(0, MAX_MESSAGE - 1).join('')}…` : lowered;
};

function problemOf(err: YAMLError, doc: Document): Problem {
  if (err.code === 'MULTIPLE_DOCS') return problems.multipleDocuments();
  if (err.code === 'TAB_AS_INDENT') return problems.tabIndent();
  if (/call stack/i.test(err.message)) return problems.yamlSyntax('this YAML is nested too deeply to read');
  return problems.yamlSyntax(sentence(err.message), HINTS[err.code]);
}

function shapeProblem(doc: Document): Problem | undefined {
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.range?.[0] === root.range?.[1])) return problems.emptyFile();
  if (isMap(root)) return undefined;
  return problems.notAMapping(isSeq(root) ? 'a list' : shown(isScalar(root) ? root.value : undefined));
}

function aliasDiagnostic(doc: Document, file: string, at: Positioner): Diagnostic | undefined {
  const found = checkAliases(doc);
  if (!found) return undefined;
  const { alias } = found;
  const span = alias.range ? spanOf(at, alias.range[0], alias.range[1]) : START;
  const problem =
    found.kind === 'undefined'
      ? problems.undefinedAlias(alias.source)
      : found.kind === 'recursive'
        ? problems.recursiveAlias(alias.source)
        : found.kind === 'too-long'
          ? problems.aliasLimit('text')
          : problems.aliasLimit();
  return diagnosticAt(problem, file, span);
}

/** One syntax error often sets off a cascade of the same one; the first few distinct ones say enough. */
const MAX_REPORTED = 10;

function firstDistinct(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  // A tab in the indentation makes yaml misread the rest of its line; the tab is the one thing to fix there.
  const tabLines = new Set(diagnostics.filter((d) => d.code === 'yaml-tab-indent').map((d) => d.line));
  return diagnostics
    .filter((d) => d.code !== 'yaml-syntax' || !tabLines.has(d.line))
    .filter((d) => {
      const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .slice(0, MAX_REPORTED);
}

export function parseYaml(input: string, file: string): ParseResult {
  // A UTF-8 byte order mark is not part of the spec; columns on line 1 are counted without it.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lineCounter = new LineCounter();
  const at = positioner(text, lineCounter.lineStarts);
  try {
    // logLevel 'error': yaml would otherwise print some problems (collection keys) straight to stderr;
    // not 'silent', which also drops the multiple-documents error.
    // uniqueKeys off: yaml's check is quadratic; duplicateKeys does it in one pass.
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    const where = (e: YAMLError) => spanOf(at, e.pos[0], e.pos[1]);
    const duplicates = duplicateKeys(doc).map(({ offset, name }) => ({
      offset,
      d: diagnosticAt(problems.duplicateKey(name), file, spanOf(at, offset, offset + 1)),
    }));
    const errors = [...doc.errors.map((e) => ({ offset: e.pos[0], d: diagnosticAt(problemOf(e, doc), file, where(e)) })), ...duplicates]
      .sort((a, b) => a.offset - b.offset)
      .map((e) => e.d);
    const diagnostics = firstDistinct([...errors, ...doc.warnings.map((e) => diagnosticAt(problems.yamlWarning(sentence(e.message)), file, where(e)))]);
    if (errors.length > 0) return { diagnostics };
    const shape = shapeProblem(doc);
    if (shape) return { diagnostics: [...diagnostics, diagnosticAt(shape, file, START)] };
    const alias = aliasDiagnostic(doc, file, at);
    if (alias) return { diagnostics: [...diagnostics, alias] };
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { source: { file, text, format: 'yaml', data, locate: yamlLocator(doc, at) }, diagnostics };
  } catch (err) {
    // Only pathological input gets here (nesting deep enough to exhaust the stack, yaml's alias guard).
    const problem =
      err instanceof ReferenceError && /alias/i.test(err.message)
        ? problems.aliasLimit()
        : err instanceof RangeError
          ? problems.yamlSyntax('this YAML is nested too deeply to read')
          : problems.yamlSyntax(`this YAML cannot be read (${err instanceof Error ? sentence(err.message) : String(err)})`);
    return { diagnostics: [diagnosticAt(problem, file, START)] };
  }
}
