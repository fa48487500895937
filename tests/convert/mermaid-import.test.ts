// Mermaid `journey` import: every syntax case of Mermaid's own parser tests (journey.spec.ts) and of its
// grammar (journey.jison) is a fixture in mermaid-fixtures/, whose first lines name where it comes from.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMermaidJourney, markdownJourneyBlocks, mermaidToSpec, MERMAID_DIAGNOSTIC_CODES } from '../../src/convert/mermaid/index.js';
import type { MermaidJourney } from '../../src/convert/mermaid/index.js';
import { yamlText } from '../../src/convert/yaml.js';
import { prepare } from '../../src/compile.js';

const DIR = fileURLToPath(new URL('./mermaid-fixtures/', import.meta.url));
const read = (name: string): string => readFileSync(`${DIR}${name}`, 'utf8');
const parse = (name: string) => parseMermaidJourney(read(name), name);

/** Expected journey, or expected diagnostics (code, line, column). */
type Expected = { journey: MermaidJourney } | { errors: { code: string; line: number; column: number }[] };

const task = (name: string, score: number, ...actors: string[]) => ({ name, score, actors });
const ADDING = 'Adding journey diagram functionality to mermaid';

const EXPECTED: Record<string, Expected> = {
  // journey.spec.ts: Mermaid accepts a title alone; cjm has nothing to draw without a stage.
  'spec-title.mmd': { errors: [{ code: 'mermaid-empty', line: 3, column: 1 }] },
  'spec-acc-descr.mmd': { journey: { title: ADDING, accDescr: 'A user journey for family shopping', sections: [{ name: 'Order from website', tasks: [] }] } },
  'spec-acc-descr-multiline.mmd': {
    journey: {
      title: ADDING,
      accTitle: 'Adding acc journey diagram functionality to mermaid',
      accDescr: 'A user journey for\nfamily shopping',
      sections: [{ name: 'Order from website', tasks: [] }],
    },
  },
  'spec-acc-title.mmd': { journey: { accTitle: 'The title', sections: [{ name: 'Order from website', tasks: [] }] } },
  'spec-section.mmd': { journey: { title: ADDING, sections: [{ name: 'Order from website', tasks: [] }] } },
  'spec-section-line-breaks.mmd': {
    journey: { title: 'Adding gantt diagram functionality to mermaid', sections: [{ name: 'Line1\nLine2\nLine3\nLine4\nLine5', tasks: [] }] },
  },
  // Mermaid keeps `E task: 5:` as people [''], an empty actor: cjm drops empty names.
  'spec-task.mmd': {
    journey: {
      title: ADDING,
      sections: [
        {
          name: 'Documentation',
          tasks: [
            task('A task', 5, 'Alice', 'Bob', 'Charlie'),
            task('B task', 3, 'Bob', 'Charlie'),
            task('C task', 5),
            task('D task', 5, 'Charlie', 'Alice'),
            task('E task', 5),
          ],
        },
        { name: 'Another section', tasks: [task('P task', 5), task('Q task', 5), task('R task', 5)] },
      ],
    },
  },
  'grammar-colon-in-task-name.mmd': { errors: [{ code: 'mermaid-score', line: 5, column: 6 }] },
  'grammar-colon-entity.mmd': { journey: { title: 'Colons: escaped', sections: [{ name: 'Step: one', tasks: [task('Pay: by card', 4, 'Me, myself')] }] } },
  'grammar-missing-score.mmd': { errors: [{ code: 'mermaid-missing-score', line: 5, column: 1 }] },
  'grammar-empty-score.mmd': { errors: [{ code: 'mermaid-missing-score', line: 5, column: 13 }] },
  'grammar-score-out-of-range.mmd': { errors: [{ code: 'mermaid-score', line: 5, column: 8 }] },
  'grammar-score-not-number.mmd': { errors: [{ code: 'mermaid-score', line: 5, column: 8 }] },
  'grammar-score-decimal.mmd': { journey: { title: 'Decimal', sections: [{ name: 'Start', tasks: [task('Okay', 3.5, 'Me'), task('Better', 4, 'Me')] }] } },
  'grammar-comments.mmd': { journey: { title: 'Comments', sections: [{ name: 'Start', tasks: [task('Open', 4, 'Me'), task('Close', 2, 'Me')] }] } },
  'grammar-case-insensitive.mmd': { journey: { title: 'Shouting', sections: [{ name: 'Start', tasks: [task('Open', 4, 'Me')] }] } },
  'grammar-semicolon.mmd': { errors: [{ code: 'mermaid-syntax', line: 5, column: 5 }] },
  'grammar-colon-in-section.mmd': { errors: [{ code: 'mermaid-syntax', line: 4, column: 14 }] },
  'grammar-task-before-section.mmd': { journey: { title: 'No section', sections: [{ tasks: [task('Open', 4, 'Me'), task('Close', 2)] }] } },
  'grammar-extra-colon.mmd': { journey: { title: 'Extra colons', sections: [{ name: 'Start', tasks: [task('Open', 4, 'Me', 'You')] }] } },
  'grammar-not-journey.mmd': { errors: [{ code: 'mermaid-not-journey', line: 2, column: 1 }] },
  'grammar-unclosed-acc-descr.mmd': { errors: [{ code: 'mermaid-syntax', line: 4, column: 1 }] },
  'grammar-front-matter.mmd': { journey: { title: 'From front matter', sections: [{ name: 'Start', tasks: [task('Open', 4, 'Me')] }] } },
  'docs-working-day.mmd': {
    journey: {
      title: 'My working day',
      sections: [
        { name: 'Go to work', tasks: [task('Make tea', 5, 'Me'), task('Go upstairs', 3, 'Me'), task('Do work', 1, 'Me', 'Cat')] },
        { name: 'Go home', tasks: [task('Go downstairs', 5, 'Me'), task('Sit down', 5, 'Me')] },
      ],
    },
  },
};

describe('Mermaid journey fixtures', () => {
  it('every fixture has an expectation and names its source', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.mmd'))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    for (const f of files) expect(read(f)).toMatch(/^(---[\s\S]*?---\n)?%% From (mermaid-js\/mermaid|the Mermaid docs)/);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const { journey, diagnostics } = parse(name);
      if ('journey' in expected) {
        expect(diagnostics).toEqual([]);
        expect(journey).toEqual(expected.journey);
        // Every accepted fixture becomes a valid cjm spec.
        const spec = mermaidToSpec(journey!, name);
        const prepared = prepare(yamlText(spec), { file: name });
        expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      } else {
        expect(journey).toBeUndefined();
        expect(diagnostics.map(({ code, line, column, file }) => ({ code, line, column, file }))).toEqual(expected.errors.map((e) => ({ ...e, file: name })));
      }
    });
  }

  it('every Mermaid diagnostic code is expected by some fixture', () => {
    const seen = new Set(Object.values(EXPECTED).flatMap((e) => ('errors' in e ? e.errors.map((x) => x.code) : [])));
    expect(MERMAID_DIAGNOSTIC_CODES.filter((c) => !seen.has(c))).toEqual([]);
  });
});

describe('Mermaid to cjm spec', () => {
  it('maps sections to stages, tasks to touchpoints on [1, 5], actors to owner, accessibility text to description', () => {
    const spec = mermaidToSpec(parse('spec-acc-descr-multiline.mmd').journey!, 'x');
    expect(spec).toEqual({
      title: ADDING,
      description: 'Adding acc journey diagram functionality to mermaid\nA user journey for\nfamily shopping',
      emotionScale: [1, 5],
      stages: [{ name: 'Order from website', touchpoints: [] }],
    });
    const tasks = mermaidToSpec(parse('grammar-task-before-section.mmd').journey!, 'x');
    expect(tasks.stages).toEqual([
      {
        name: 'Tasks',
        touchpoints: [
          { name: 'Open', emotion: 4, owner: 'Me' },
          { name: 'Close', emotion: 2 },
        ],
      },
    ]);
    // accTitle is the title when there is no title; the file name when there is neither.
    expect(mermaidToSpec(parse('spec-acc-title.mmd').journey!, 'x').title).toBe('The title');
    expect(mermaidToSpec({ sections: [] }, 'diagram').title).toBe('diagram');
  });

  it('finds the ```mermaid journey blocks of a Markdown file, with their line numbers, and skips other diagrams', () => {
    const md = [
      '# Notes',
      '',
      '```mermaid',
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '~~~mermaid',
      'journey',
      'title One',
      'section S',
      'A: 3',
      '~~~',
      '',
      '```mermaid',
      '%% c',
      'journey',
      'title Two',
      'section S',
      'B: x',
      '```',
      '',
    ].join('\n');
    const blocks = markdownJourneyBlocks(md);
    expect(blocks.map((b) => b.firstLine)).toEqual([9, 16]);
    const second = parseMermaidJourney(blocks[1]!.text, 'notes.md', blocks[1]!.firstLine);
    expect(second.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['mermaid-score', 20, 4]]);
  });
});
