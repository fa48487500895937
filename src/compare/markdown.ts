// `cjm diff --format md`: the change as a pull-request comment (GitHub-flavoured Markdown): a summary
// line, score changes as a table, valleys, pains and opportunities, and both curves as a small chart.
// Every piece of map text is escaped, so a pain point can never become a link, a heading or HTML.
import type { ItemChanges, JourneyChange } from './change.js';
import { rescale } from './diff.js';
import { formatDelta, scoreDelta, scoreText, summaryLine } from './words.js';

/** Map text as literal Markdown inline text (table-safe: no pipes, no line breaks). */
export const mdText = (text: string): string =>
  text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:@$^=]/g, (ch) => `\\${ch}`);

/** Code spans cannot escape backticks; use a fence longer than any run inside. */
const code = (text: string): string => {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${clean.startsWith('`') || clean.endsWith('`') ? ` ${clean} ` : clean}${fence}`;
};

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** Both curves as two rows of bars on the new map's scale; `·` where a side has no score, `│` between stages. */
function chart(change: JourneyChange): string[] {
  const [lo, hi] = change.scales.to;
  const bar = (score: number | null, fromScale: readonly [number, number]): string => {
    if (score === null) return '·';
    const s = rescale(score, fromScale, change.scales.to);
    return BARS[Math.round(((s - lo) / (hi - lo || 1)) * (BARS.length - 1))] ?? '·';
  };
  let before = '';
  let after = '';
  let stage: string | undefined;
  for (const e of change.timeline) {
    if (stage !== undefined && e.stageId !== stage) {
      before += '│';
      after += '│';
    }
    stage = e.stageId;
    before += bar(e.emotion.from, change.scales.from);
    after += bar(e.emotion.to, change.scales.to);
  }
  return [
    '```text',
    `before ${before}`,
    '',
    `after  ${after}`,
    '```',
    `_${BARS[0]} lowest … ${BARS[BARS.length - 1]} highest score, · no score, │ next stage_`,
  ];
}

export function changeMarkdown(change: JourneyChange, names: { old: string; new: string }): string {
  const [from, to] = [change.scales.from, change.scales.to];
  const stageName = new Map(change.stages.map((s) => [s.id, s.name]));
  const stage = (id: string): string => mdText(stageName.get(id) ?? id);
  const out: string[] = [`### Journey map: ${mdText(change.titles.to)}`, '', `${code(names.old)} → ${code(names.new)}: **${summaryLine(change)}**`];
  if (!change.differs) return `${out.join('\n')}\n`;
  if (change.titles.from !== change.titles.to) out.push('', `Title: ${mdText(change.titles.from)} → ${mdText(change.titles.to)}`);

  // Looked up by id, not searched per row: a 1,000-touchpoint diff stays linear.
  const edits = new Map(change.touchpoints.changed.map((c) => [c.id, c]));
  const moves = new Map(change.touchpoints.moved.map((m) => [m.id, m]));
  const rows = change.timeline.filter((e) => e.status !== 'kept' || e.emotion.from !== e.emotion.to || edits.has(e.id) || moves.has(e.id));
  if (rows.length) {
    out.push('', '**Score changes**', '', '| Touchpoint | Stage | Before | After | Change |', '|---|---|--:|--:|---|');
    for (const e of rows) {
      const d = scoreDelta(change, e.emotion);
      const edit = edits.get(e.id);
      const move = moves.get(e.id);
      const notes = [
        e.status === 'added' ? '**new**' : e.status === 'removed' ? '**dropped**' : d !== undefined ? formatDelta(d) : '',
        move ? `moved from ${stage(move.from)}` : '',
        edit?.renamed ? `renamed from ${mdText(edit.renamed.from)}` : '',
        edit ? edit.fields.filter((f) => f !== 'emotion' && f !== 'name').join(', ') : '',
      ].filter(Boolean);
      out.push(`| ${mdText(e.name)} | ${stage(e.stageId)} | ${scoreText(e.emotion.from, from)} | ${scoreText(e.emotion.to, to)} | ${notes.join('; ')} |`);
    }
  }

  const stages = change.stages.filter((s) => s.status !== 'kept' || s.average.from !== s.average.to || s.fields.length > 0);
  if (stages.length) {
    out.push('', '**Stage averages**', '', '| Stage | Average before | After | Change |', '|---|--:|--:|---|');
    for (const s of stages) {
      const d = scoreDelta(change, s.average);
      const note = s.status !== 'kept' ? `**${s.status}**` : [d !== undefined ? formatDelta(d) : '', s.fields.join(', ')].filter(Boolean).join('; ');
      out.push(`| ${mdText(s.name)} | ${scoreText(s.average.from, from)} | ${scoreText(s.average.to, to)} | ${note} |`);
    }
  }

  const { opened, closed } = change.valleys;
  if (opened.length || closed.length) {
    out.push('', '**Valleys**', '');
    const who = (v: (typeof opened)[number]): string => (v.persona ? `${mdText(v.persona.name)}, ` : '');
    for (const v of opened) out.push(`- ▼ opened: ${mdText(v.name)} (${who(v)}${stage(v.stageId)}, ${scoreText(v.emotion, to)})`);
    for (const v of closed)
      out.push(`- ✓ closed: ${mdText(v.name)} (${who(v)}${stage(v.stageId)}, was ${scoreText(v.emotion, from)}${v.dropped ? ', dropped' : ''})`);
  }
  const items = (title: string, c: ItemChanges): void => {
    if (!c.added.length && !c.removed.length) return;
    out.push('', `**${title}**`, '');
    for (const i of c.added) out.push(`- added: ${mdText(i.text)} _(${mdText(i.name)})_`);
    for (const i of c.removed) out.push(`- removed: ~~${mdText(i.text)}~~ _(${mdText(i.name)})_`);
  };
  items('Pains', change.pains);
  items('Opportunities', change.opportunities);
  if (change.timeline.some((e) => e.emotion.from !== null || e.emotion.to !== null)) out.push('', '**Emotion curve**', '', ...chart(change));
  return `${out.join('\n')}\n`;
}
