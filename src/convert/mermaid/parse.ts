// Reads a Mermaid `journey` diagram the way Mermaid's own grammar (user-journey/parser/journey.jison)
// lexes it, line by line, with a position for every problem:
// - `%%` starts a comment (a `%%{…}%%` line is a directive), and so does `#`, except in an entity such as `#58;`;
// - `title …`, `accTitle: …`, `accDescr: …` or `accDescr { … }` (which may span lines), `section …`;
// - every other line is a task, `Task name: score: actor, actor`: the first colon ends the name, the next
//   one ends the score, and anything after a third colon is ignored (as Mermaid does);
// - `;` is not accepted, `<br>` in any spelling (`<br/>`, `</br />`, `<BR >`) is a line break, and
//   Mermaid's entities (`#58;`, `#amp;`) stand for the character they name.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Problem } from '../../diagnostics/codes.js';
import { diagnosticAt } from '../../diagnostics/codes.js';
import { mermaidProblems as P } from './problems.js';

export interface MermaidTask {
  name: string;
  score: number;
  actors: string[];
}

export interface MermaidSection {
  /** Undefined for tasks written before the first `section`. */
  name?: string;
  tasks: MermaidTask[];
}

export interface MermaidJourney {
  title?: string;
  accTitle?: string;
  accDescr?: string;
  sections: MermaidSection[];
}

export interface MermaidParse {
  journey?: MermaidJourney;
  diagnostics: Diagnostic[];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  semi: ';',
  num: '#',
  comma: ',',
  nbsp: '\u00a0',
};
const ENTITY = /#(\w+);/g;
const BREAK = /<\/?br\s*\/?>/gi;

/** Mermaid text → plain text: entities decoded, `<br>` as a line break, ends trimmed. */
export function mermaidText(raw: string): string {
  return raw
    .replace(BREAK, '\n')
    .replace(ENTITY, (whole, name: string) => {
      if (/^\d+$/.test(name)) {
        const cp = Number(name);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/** Index where a comment starts (`#` outside an entity, or `%%` not opening a directive), else the length. */
function commentStart(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '#' && !/^#\w+;/.test(text.slice(i))) return i;
    if (text.startsWith('%%', i) && text[i + 2] !== '{') return i;
  }
  return text.length;
}

/** Index of a `;` that is not the end of an entity, or -1. */
function semicolonAt(text: string): number {
  const masked = text.replace(ENTITY, (m) => ' '.repeat(m.length));
  return masked.indexOf(';');
}

export function parseMermaidJourney(source: string, file: string, firstLine = 1): MermaidParse {
  const lines = source.split(/\r\n?|\n/);
  const diagnostics: Diagnostic[] = [];
  const journey: MermaidJourney = { sections: [] };
  const report = (problem: Problem, index: number, column: number, length = 1): void => {
    const line = firstLine + index;
    diagnostics.push(diagnosticAt(problem, file, { line, column: column + 1, endLine: line, endColumn: column + 1 + Math.max(length, 1) }));
  };
  const current = (): MermaidSection => {
    const last = journey.sections[journey.sections.length - 1];
    if (last) return last;
    const implicit: MermaidSection = { tasks: [] };
    journey.sections.push(implicit);
    return implicit;
  };

  let i = 0;
  // Front matter (`---` … `---`) may set the title.
  if (lines[0]?.trim() === '---') {
    let j = 1;
    for (; j < lines.length && lines[j]?.trim() !== '---'; j += 1) {
      const m = /^title:\s*(.*)$/.exec(lines[j] ?? '');
      if (m) journey.title = mermaidText((m[1] ?? '').replace(/^(["'])(.*)\1$/, '$2'));
    }
    i = j + 1;
  }
  // Directives and comments may come before the `journey` keyword.
  for (; i < lines.length; i += 1) {
    const trimmed = (lines[i] ?? '').trim();
    if (trimmed !== '' && !trimmed.startsWith('%%')) break;
  }
  const head = lines[i] ?? '';
  const keyword = /^\s*journey\b/i.exec(head);
  if (!keyword) {
    if (i >= lines.length) report(P.notJourney(''), Math.max(0, lines.length - 1), 0);
    else report(P.notJourney(head.trim().split(/\s+/)[0] ?? ''), i, head.length - head.trimStart().length, head.trim().length);
    return { diagnostics };
  }

  /** One statement: `text` is the part of line `index` from column `offset` on. */
  const statement = (index: number, text: string, offset: number): void => {
    const lead = text.length - text.trimStart().length;
    const body = text.slice(lead);
    const col = offset + lead;
    if (body === '' || body.startsWith('%%')) return;
    let m = /^accTitle\s*:\s*/i.exec(body);
    if (m) {
      journey.accTitle = mermaidText(body.slice(m[0].length));
      return;
    }
    m = /^accDescr\s*:\s*/i.exec(body);
    if (m) {
      journey.accDescr = mermaidText(body.slice(m[0].length));
      return;
    }
    m = /^accDescr\s*\{/i.exec(body);
    if (m) {
      // The description runs to the first `}`, possibly lines later; the rest of that line is a statement.
      const parts: string[] = [];
      let rest = body.slice(m[0].length);
      let restCol = col + m[0].length;
      let at = index;
      while (!rest.includes('}')) {
        parts.push(rest);
        at += 1;
        if (at >= lines.length) {
          report(P.unclosedDescription(), index, col, m[0].length);
          i = lines.length;
          return;
        }
        rest = lines[at] ?? '';
        restCol = 0;
      }
      const close = rest.indexOf('}');
      parts.push(rest.slice(0, close));
      journey.accDescr = mermaidText(parts.join('\n').replace(/\n\s+/g, '\n'));
      i = at;
      statement(at, rest.slice(close + 1), restCol + close + 1);
      return;
    }
    const code = body.slice(0, commentStart(body)).trimEnd();
    if (code === '') return;
    const semi = semicolonAt(code);
    if (semi >= 0) {
      report(P.semicolon(), index, col + semi);
      return;
    }
    if (/^title\s*$/i.test(code)) {
      report(P.emptyTitle(), index, col, code.length);
      return;
    }
    m = /^title\s+/i.exec(code);
    if (m) {
      journey.title = mermaidText(code.slice(m[0].length));
      return;
    }
    m = /^section\s+/i.exec(code);
    if (m) {
      const colon = code.indexOf(':');
      if (colon >= 0) {
        report(P.colonInSection(), index, col + colon);
        return;
      }
      journey.sections.push({ name: mermaidText(code.slice(m[0].length)), tasks: [] });
      return;
    }
    const colon = code.indexOf(':');
    const name = mermaidText(colon >= 0 ? code.slice(0, colon) : code);
    if (colon < 0) {
      report(P.missingScore(name), index, col, code.length);
      return;
    }
    const [rawScore = '', rawActors] = code.slice(colon + 1).split(':');
    const scoreText = rawScore.trim();
    const scoreCol = col + colon + 1 + (rawScore.length - rawScore.trimStart().length);
    if (scoreText === '') {
      report(P.missingScore(name), index, col + colon, 1);
      return;
    }
    const score = Number(scoreText);
    if (!Number.isFinite(score) || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(scoreText)) {
      report(P.scoreNotNumber(mermaidText(scoreText)), index, scoreCol, scoreText.length);
      return;
    }
    if (score < 1 || score > 5) {
      report(P.scoreOutOfRange(score), index, scoreCol, scoreText.length);
      return;
    }
    const actors = (rawActors ?? '')
      .split(',')
      .map(mermaidText)
      .filter((a) => a !== '');
    current().tasks.push({ name, score, actors });
  };

  const keywordIndex = i;
  const afterKeyword = keyword[0].length;
  statement(i, head.slice(afterKeyword), afterKeyword);
  for (i += 1; i < lines.length; i += 1) statement(i, lines[i] ?? '', 0);
  if (diagnostics.length === 0 && journey.sections.length === 0) report(P.empty(), keywordIndex, afterKeyword - 'journey'.length, 'journey'.length);
  return diagnostics.length > 0 ? { diagnostics } : { journey, diagnostics };
}
