// `cjm diff` end to end, through the bundled CLI: files of either format, REV:PATH from a real
// temporary git repository, --exit-code, the three formats, and sides that cannot be read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { git } from '../helpers/map-repo.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const map = (scoreB: number, extra = ''): string =>
  [
    'title: Clinic visit',
    'stages:',
    '  - id: book',
    '    touchpoints:',
    '      - id: call',
    '        name: Phone the clinic',
    '        emotion: 1',
    '      - id: wait',
    '        name: Wait on hold',
    `        emotion: ${scoreB}`,
    '        pains: [music loop]',
    extra,
    '  - id: visit',
    '    touchpoints:',
    '      - id: desk',
    '        name: Front desk',
    '        emotion: 0',
    '',
  ].join('\n');

describe('cjm diff in a git repository', () => {
  const repo = join(dir, 'repo');
  git(dir, 'init', '-q', repo);
  writeFileSync(join(repo, 'map.yaml'), map(-2));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'map');

  it('HEAD:map.yaml against the working file: no change, --exit-code 0', () => {
    const run = runCli(['diff', 'HEAD:map.yaml', 'map.yaml', '--exit-code'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('HEAD:map.yaml → map.yaml\nno changes\n');
    expect(run.status).toBe(0);
  });

  it('after an edit: --exit-code 1, and 0 without it (like git diff)', () => {
    writeFileSync(join(repo, 'map.yaml'), map(1, '        opportunities: [call back]'));
    const run = runCli(['diff', 'HEAD:map.yaml', 'map.yaml', '--exit-code'], { cwd: repo });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Wait on hold (book)  −2 → +1 ▲ +3  emotion, opportunities');
    expect(run.stdout).toContain('✓ closed Wait on hold');
    expect(runCli(['diff', 'HEAD:map.yaml', 'map.yaml'], { cwd: repo }).status).toBe(0);
  });

  it('json pins the document', () => {
    writeFileSync(join(repo, 'map.yaml'), map(1, '        opportunities: [call back]'));
    const run = runCli(['diff', 'HEAD:map.yaml', 'map.yaml', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(run.stdout)).toEqual({
      cjmDiff: 1,
      old: 'HEAD:map.yaml',
      new: 'map.yaml',
      differs: true,
      titles: { from: 'Clinic visit', to: 'Clinic visit' },
      fields: [],
      touchpoints: { added: [], removed: [], moved: [], changed: [{ id: 'wait', fields: ['emotion', 'opportunities'], emotion: { from: -2, to: 1 } }] },
      stages: [
        { id: 'book', status: 'kept', fields: [], average: { from: -0.5, to: 1 } },
        { id: 'visit', status: 'kept', fields: [], average: { from: 0, to: 0 } },
      ],
      valleys: { opened: [], closed: ['wait'] },
      pains: { added: [], removed: [] },
      opportunities: { added: [{ touchpoint: 'wait', text: 'call back' }], removed: [] },
    });
  });

  it('a git side that cannot be read: one line, exit 2', () => {
    for (const [side, reason] of [
      ['nope:map.yaml', "invalid object name 'nope'"],
      ['HEAD:gone.yaml', "path 'gone.yaml' does not exist in 'HEAD'"],
    ] as const) {
      const run = runCli(['diff', side, 'map.yaml'], { cwd: repo });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`cjm: error: ${side}: ${reason}.\n`.replace("'HEAD'.\n", "'HEAD'\n"));
    }
    const outside = runCli(['diff', 'HEAD:map.yaml', join(repo, 'map.yaml')], { cwd: dir });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/^cjm: error: HEAD:map\.yaml: not a git repository[^\n]*\n$/);
  });

  it('an invalid map at a revision: its diagnostics at REV:PATH:line:col, exit 1', () => {
    writeFileSync(join(repo, 'bad.yaml'), map(7));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'bad');
    const run = runCli(['diff', 'HEAD:bad.yaml', 'map.yaml'], { cwd: repo });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^HEAD:bad\.yaml:10:18: error emotion-out-of-scale/);
  });
});

describe('cjm diff of files', () => {
  it('pins the document of the example pair: exactly the changes made between them', () => {
    const run = runCli(['diff', 'examples/welcome-current-zh.yaml', 'examples/welcome-future-zh.yaml', '--format', 'json', '--exit-code']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${JSON.stringify(EXAMPLE_PAIR, null, 2)}\n`);
  });

  it('YAML against its Markdown conversion: no change', () => {
    const run = runCli(['diff', 'examples/skincare-zh.yaml', 'examples/skincare-zh.md', '--exit-code']);
    expect(run.stdout).toBe('examples/skincare-zh.yaml → examples/skincare-zh.md\nno changes\n');
    expect(run.status).toBe(0);
  });

  it('md escapes map text and draws both curves', () => {
    const old = join(dir, 'old.yaml');
    const neu = join(dir, 'new.yaml');
    writeFileSync(old, map(-2));
    writeFileSync(neu, map(0).replace('Wait on hold', 'Wait | <b>hold</b> [x](y)'));
    const run = runCli(['diff', old, neu, '--format', 'md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| Wait \\| &lt;b&gt;hold&lt;/b&gt; \\[x\\]\\(y\\) | book | −2 | 0 | ▲ +2; renamed from Wait on hold |');
    expect(run.stdout).toContain('```text\nbefore ▆▁│▅\n\nafter  ▆▅│▅\n```');
  });

  it('colours only on request', () => {
    const args = ['diff', join(ROOT, 'examples/skincare-zh.yaml'), join(dir, 'new.yaml')];
    expect(runCli(args).stdout).not.toContain('\u001b[');
    expect(runCli(args, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });

  it('usage errors exit 2', () => {
    expect(runCli(['diff', 'examples/skincare-zh.yaml']).status).toBe(2);
    expect(runCli(['diff', 'examples/skincare-zh.yaml', 'missing.yaml']).stderr).toBe('cjm: error: missing.yaml: no such file\n');
    expect(runCli(['diff', 'examples/skincare-zh.yaml', 'examples/skincare-zh.md', '--format', 'html']).status).toBe(2);
  });
});

// Taken from cjm's output once, then checked line by line against the edits between the two files.
const EXAMPLE_PAIR = {
  cjmDiff: 1,
  old: 'examples/welcome-current-zh.yaml',
  'new': 'examples/welcome-future-zh.yaml',
  differs: true,
  titles: { from: '新會員歡迎旅程（現況）', to: '新會員歡迎旅程（未來）' },
  fields: ['title', 'type', 'baseline'],
  touchpoints: {
    added: ['tour'],
    removed: ['paper-card'],
    moved: [],
    changed: [
      { id: 'sign-up', fields: ['name', 'channel', 'action', 'thought', 'emotion', 'pains', 'opportunities'], emotion: { from: -1, to: 1 } },
      { id: 'welcome-mail', fields: ['emotion'], emotion: { from: 0, to: 1 } },
      { id: 'locker', fields: ['emotion', 'pains', 'opportunities'], emotion: { from: -1, to: 0 } },
      { id: 'equipment', fields: ['name', 'thought', 'emotion', 'pains', 'opportunities'], emotion: { from: -2, to: 1 } },
      { id: 'class-booking', fields: ['emotion', 'pains'], emotion: { from: -1, to: 1 } },
      { id: 'month-check', fields: ['name', 'channel', 'thought', 'emotion', 'pains', 'opportunities'], emotion: { from: -2, to: 1 } },
    ],
  },
  stages: [
    { id: 'join', status: 'kept', fields: [], average: { from: -0.5, to: 1 } },
    { id: 'first-visit', status: 'kept', fields: [], average: { from: -1.5, to: 1 } },
    { id: 'habit', status: 'kept', fields: [], average: { from: -1, to: 1 } },
  ],
  valleys: { opened: [], closed: ['sign-up', 'equipment', 'month-check'] },
  pains: {
    added: [],
    removed: [
      { touchpoint: 'sign-up', text: '紙本表單重複填寫' },
      { touchpoint: 'locker', text: '沒有指標，繞了一圈' },
      { touchpoint: 'equipment', text: '沒有人主動介紹器材' },
      { touchpoint: 'class-booking', text: '熱門課一開放就額滿' },
      { touchpoint: 'month-check', text: '一個月只去了三次，也沒人問' },
    ],
  },
  opportunities: {
    added: [
      { touchpoint: 'sign-up', text: '入會後直接預約導覽' },
      { touchpoint: 'locker', text: '地面指標與 App 地圖' },
    ],
    removed: [
      { touchpoint: 'sign-up', text: '改成手機線上入會' },
      { touchpoint: 'equipment', text: '第一次到館安排 20 分鐘導覽' },
      { touchpoint: 'month-check', text: '教練第四週主動聯絡' },
    ],
  },
};
