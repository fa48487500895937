// Markdown that does not fit the format gets a coded error at the right line and column; shape
// and meaning errors found by validation point into the Markdown file just as they do in YAML.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { prepare } from '../../src/compile.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { MD_DIAGNOSTIC_CODES } from '../../src/parse/markdown/problems.js';

const FRONT = '---\ntitle: T\n---\n';

/** Every diagnostic of a Markdown spec, parse and validation, as `code@line:column`. */
function where(body: string): string[] {
  const { diagnostics } = prepare(body, { file: 'map.md' });
  return diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
}

// [what, markdown, expected `code@line:column`]
const CASES: [string, string, string][] = [
  ['touchpoint before any stage', `${FRONT}\n### Sees an ad\n\n- emotion: 1\n`, 'md-touchpoint-outside-stage@5:1'],
  ['unknown key', `${FRONT}## A\n### B\n- emotion: 1\n- mood: happy\n`, 'md-unknown-key@7:3'],
  ['touchpoint key on a stage', `${FRONT}## A\n- emotion: 1\n### B\n`, 'md-unknown-key@5:3'],
  ['face not in the table', `${FRONT}## A\n### B\n- emotion: 🤯\n`, 'md-unknown-face@6:12'],
  ['face that disagrees with the number', `${FRONT}## A\n### B\n- emotion: 2 😣\n`, 'md-face-mismatch@6:12'],
  ['bullet without a key', `${FRONT}## A\n### B\n- just some words\n`, 'md-expected-key@6:3'],
  ['bullet before any stage', `${FRONT}- emotion: 1\n## A\n`, 'md-item-outside-stage@4:1'],
  ['field given twice', `${FRONT}## A\n### B\n- when: day 1\n- when: day 2\n`, 'md-duplicate-key@7:3'],
  ['id in the heading and in a bullet', `${FRONT}## A\n### B {#b}\n- id: c\n`, 'md-duplicate-key@6:3'],
  ['prose and a description bullet', `${FRONT}## A\n### B\n- description: x\n\nMore words.\n`, 'md-duplicate-key@8:1'],
  ['metric listed twice', `${FRONT}## A\n### B\n- metrics:\n  - CSAT: 1\n  - CSAT: 2\n`, 'md-duplicate-key@8:5'],
  ['metrics written inline', `${FRONT}## A\n### B\n- metrics: CSAT 3\n`, 'md-metrics-inline@6:12'],
  ['metric without a value', `${FRONT}## A\n### B\n- metrics:\n  - CSAT\n`, 'md-metric-format@7:5'],
  ['nested list under a single-valued field', `${FRONT}## A\n### B\n- when:\n  - one\n`, 'md-unexpected-list@7:5'],
  ['a value per persona after a value for all', `${FRONT}## A\n### B\n- emotion: 1\n  - mom: 2\n`, 'md-unexpected-list@7:5'],
  ['a value per persona that is not `id: value`', `${FRONT}## A\n### B\n- emotion:\n  - so so\n`, 'md-nested-format@7:5'],
  ['a custom lane that is not `id: text`', `${FRONT}## A\n### B\n- lanes:\n  - just text\n`, 'md-nested-format@7:5'],
  ['a persona given twice', `${FRONT}## A\n### B\n- thought:\n  - mom: a\n  - mom: b\n`, 'md-duplicate-key@8:5'],
  ['lanes written inline', `${FRONT}## A\n### B\n- lanes: kpi 3\n`, 'md-lanes-inline@6:10'],
  ['braces that are not all attributes', `${FRONT}## A\n### B\n- pain: x {#a severity}\n`, 'md-attribute-format@6:15'],
  ['an unterminated quoted attribute', `${FRONT}## A\n### B\n- opportunity: x {owner="a b}\n`, 'md-attribute-format@6:19'],
  ['an attribute of the other kind of item', `${FRONT}## A\n### B\n- pain: x {#a status=done}\n`, 'md-unknown-attribute@6:15'],
  ['an attribute given twice', `${FRONT}## A\n### B\n- pain: x {#a #b}\n`, 'md-duplicate-key@6:15'],
  ['list nested two levels', `${FRONT}## A\n### B\n- pains:\n  - one\n    - two\n`, 'md-nested-too-deep@8:7'],
  ['#### heading', `${FRONT}## A\n### B\n#### C\n`, 'md-heading-level@6:1'],
  ['# title after a stage', `---\n---\n## A\n### B\n# Title\n`, 'md-misplaced-title@5:1'],
  ['two # titles', `# One\n# Two\n## A\n### B\n`, 'md-duplicate-title@2:1'],
  ['# title that differs from the front matter', `${FRONT}# U\n## A\n### B\n`, 'md-title-mismatch@4:3'],
  ['no stages at all', `${FRONT}\nJust a note.\n`, 'md-no-stages@5:1'],
  ['stages in the front matter', '---\ntitle: T\nstages: []\n---\n## A\n', 'md-stages-in-front-matter@3:1'],
  ['front matter never closed', '---\ntitle: T\n## A\n', 'md-unclosed-front-matter@1:1'],
  ['front matter that is a list', '---\n- a\n---\n## A\n', 'md-front-matter-not-mapping@2:1'],
  ['YAML syntax error in the front matter', '---\ntitle: T\npersona: [a\n---\n## A\n', 'yaml-syntax@'],
];

describe('Markdown structure errors', () => {
  for (const [what, md, expected] of CASES) {
    it(`${what} → ${expected}`, () => {
      const found = where(md);
      if (expected.endsWith('@')) expect(found.some((f) => f.startsWith(expected) && !f.startsWith(`${expected}1:`))).toBe(true);
      else expect(found).toContain(expected);
    });
  }

  it('covers every md- error code', () => {
    const covered = new Set(CASES.map(([, , e]) => e.split('@')[0]));
    covered.add('md-text-outside-stage');
    expect(MD_DIAGNOSTIC_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('text before the first stage is a warning that it is not on the map', () => {
    const found = where(`${FRONT}\nAn introduction.\n\n## A\n### B\n- emotion: 1\n### C\n- emotion: 2\n`);
    expect(found.filter((f) => f.startsWith('md-'))).toEqual(['md-text-outside-stage@5:1']);
    expect(prepare(`${FRONT}\nAn introduction.\n\n## A\n### B\n`, { file: 'map.md' }).prepared).toBeDefined();
  });

  it('suggests the attribute that was probably meant, or lists them', () => {
    const typo = parseMarkdown(`${FRONT}## A\n### B\n- opportunity: x {stauts=done}\n`, 'map.md').diagnostics[0];
    expect(typo?.hint).toBe('did you mean "status"?');
    const other = parseMarkdown(`${FRONT}## A\n### B\n- pain: x {status=done}\n`, 'map.md').diagnostics[0];
    expect(other?.hint).toBe('a pain takes: #id, severity, evidence');
  });

  it('suggests a declared lane for a key that is none', () => {
    const d = parseMarkdown('---\ntitle: T\nlanes: [{id: kpi}]\n---\n## A\n### B\n- kip: 3\n', 'map.md').diagnostics[0];
    expect(`${d?.code}@${d?.line}:${d?.column} ${d?.hint}`).toBe('md-unknown-key@7:3 did you mean "kpi"?');
  });

  it('suggests the key that was probably meant', () => {
    const d = parseMarkdown(`${FRONT}## A\n### B\n- thougth: hmm\n`, 'map.md').diagnostics[0];
    expect(d?.hint).toBe('did you mean "thought"?');
  });

  it('lists the faces with their values on the declared scale', () => {
    const d = parseMarkdown('---\ntitle: T\nemotionScale: [1, 5]\n---\n## A\n### B\n- emotion: 🥲\n', 'map.md').diagnostics[0];
    expect(d?.hint).toBe('faces: 😣 1, 🙁 2, 😐 3, 🙂 4, 😀 5');
  });
});

// Validation's own codes, reported at the Markdown line and column that hold the value.
const VALIDATION: [string, string, string][] = [
  ['touchpoint without a name', `${FRONT}## A\n### {#b}\n- emotion: 1\n`, 'missing-key@5:1'],
  ['invalid id in a heading', `${FRONT}## A {#-a}\n### B\n`, 'invalid-id@4:8'],
  ['invalid id in a bullet', `${FRONT}## A\n### B\n- id: a b\n`, 'invalid-id@6:7'],
  ['duplicate stage id', `${FRONT}## A {#a}\n### B\n## C {#a}\n### D\n`, 'duplicate-stage-id@6:8'],
  ['empty title from a # heading', '# ""\n## A\n### B\n', 'empty-value@1:3'],
  ['emotion that is a word', `${FRONT}## A\n### B\n- emotion: high\n`, 'wrong-type@6:12'],
  ['emotion as a JSON string', `${FRONT}## A\n### B\n- emotion: "1"\n`, 'wrong-type@6:12'],
  ['bad colour in the front matter', '---\ntitle: T\nchannels:\n  web: {color: red}\n---\n## A\n### B\n- channel: web\n', 'invalid-color@4:16'],
  ['bad type in the front matter', '---\ntitle: T\ntype: journey\n---\n## A\n### B\n', 'invalid-value@3:7'],
  ['YAML syntax error, at its line in the file', '---\ntitle: T\npersona: {name: [x\n---\n## A\n', 'yaml-syntax@4:1'],
  ['too few emotion scores (warning), at the first stage', `${FRONT}\n## A\n### B\n`, 'too-few-scores@5:1'],
  ['empty stage (warning)', `${FRONT}## A\n### B\n- emotion: 1\n## C\n`, 'empty-stage@7:1'],
];

// A map that declares personas, a source and a lane (10 lines), for the reference checks.
const DECLARED =
  '---\ntitle: T\npersonas:\n  - {id: mom, name: Mom}\n  - {id: kid, name: Kid}\nsources:\n  - {id: survey, kind: survey}\nlanes:\n  - {id: kpi}\n---\n';

const REFERENCES: [string, string, string][] = [
  ['unknown persona, at its id', `${DECLARED}## A\n### B\n- emotion:\n  - mum: 1\n`, 'unknown-persona@14:5'],
  ["one persona's score off the scale, at the score", `${DECLARED}## A\n### B\n- emotion:\n  - kid: 9\n`, 'emotion-out-of-scale@14:10'],
  ['unknown source in evidence, at the id', `${DECLARED}## A\n### B\n- evidence: survey, surv\n`, 'unknown-source@13:21'],
  ['unknown source in a nested evidence list', `${DECLARED}## A\n### B\n- evidence:\n  - survey\n  - surv\n`, 'unknown-source@15:5'],
  ["unknown source in an item's attribute", `${DECLARED}## A\n### B\n- pain: x {evidence=survey,srvey}\n`, 'unknown-source@13:28'],
  ['unknown pain in addresses', `${DECLARED}## A\n### B\n- opportunity: y {addresses=wait}\n`, 'unknown-pain@13:29'],
  ['a severity not in the list', `${DECLARED}## A\n### B\n- pain: x {severity=huge}\n`, 'invalid-value@13:21'],
  ['an invalid pain id', `${DECLARED}## A\n### B\n- pain: x {#-a}\n`, 'invalid-id@13:13'],
  ['two pains with one id', `${DECLARED}## A\n- pain: x {#p}\n### B\n- pain: y {#p}\n`, 'duplicate-pain-id@14:13'],
  ['unknown lane under `- lanes:`, at its id', `${DECLARED}## A\n### B\n- lanes:\n  - kip: 3\n`, 'unknown-lane@14:5'],
];

describe('reference checks through Markdown', () => {
  for (const [what, md, expected] of REFERENCES) {
    it(`${what} → ${expected}`, () => {
      expect(where(md)).toContain(expected);
    });
  }
});

describe('validation codes through Markdown', () => {
  for (const [what, md, expected] of VALIDATION) {
    it(`${what} → ${expected}`, () => {
      expect(where(md)).toContain(expected);
    });
  }
});

describe('validation errors point into the Markdown file', () => {
  const map = [
    '---',
    'title: T',
    'channels:',
    '  web: { label: Web }',
    'persona:',
    '  name: Dana',
    '  goal: x',
    '---',
    '',
    '## Awareness {#awareness}',
    '',
    '### Sees an ad {#ad}',
    '',
    '- channel: wbe',
    '- emotion: 7',
    '',
    '### Reads a review {#ad}',
    '',
    '- emotion: happy',
    '',
  ].join('\n');

  it('reports shape errors at the bullet and front matter errors at their YAML line', () => {
    expect(where(map)).toEqual(expect.arrayContaining(['unknown-key@7:3', 'wrong-type@19:12']));
  });

  it('reports meaning errors at the bullet or heading they concern', () => {
    const fixed = map.replace('  goal: x\n', '').replace('- emotion: happy', '- emotion: 1');
    expect(where(fixed)).toEqual(['unknown-channel@13:12', 'emotion-out-of-scale@14:12', 'duplicate-touchpoint-id@16:22']);
  });

  it('formats them with a code frame of the Markdown line', () => {
    const fixed = map.replace('  goal: x\n', '').replace('- emotion: happy', '- emotion: 1');
    const d = prepare(fixed, { file: 'map.md' }).diagnostics.find((x) => x.code === 'emotion-out-of-scale')!;
    const text = formatDiagnostic(d, fixed, { color: false });
    expect(text).toContain('map.md:14:12: error emotion-out-of-scale');
    expect(text).toContain('> 14 | - emotion: 7');
  });
});
