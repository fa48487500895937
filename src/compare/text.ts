// `cjm diff` (default format): the change for a terminal. Green for what got better or was added,
// red for worse or removed; colour only when asked. User text goes through printable(), so a map
// can never send escape sequences to the terminal.
import { Chalk } from 'chalk';
import { printable } from '../diagnostics/cells.js';
import type { ItemChanges, JourneyChange } from './change.js';
import { formatDelta, scoreDelta, scoreText, summaryLine } from './words.js';

export function changeText(change: JourneyChange, names: { old: string; new: string }, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const p = printable;
  const [from, to] = [change.scales.from, change.scales.to];
  const stageName = new Map(change.stages.map((s) => [s.id, s.name]));
  const where = (stageId: string): string => c.dim(`(${p(stageName.get(stageId) ?? stageId)})`);
  const delta = (d: number | undefined): string => (d === undefined || formatDelta(d) === '' ? '' : d > 0 ? c.green(formatDelta(d)) : c.red(formatDelta(d)));
  const out: string[] = [c.bold(`${p(names.old)} → ${p(names.new)}`), summaryLine(change)];
  if (change.titles.from !== change.titles.to) out.push(`title: ${p(change.titles.from)} → ${p(change.titles.to)}`);
  if (!change.differs) return `${out.join('\n')}\n`;

  const t = change.touchpoints;
  const tpLines: string[] = [];
  for (const a of t.added) tpLines.push(`  ${c.green('+')} ${c.bold(p(a.name))} ${where(a.stageId)}  ${scoreText(a.emotion, to)}  ${c.green('new')}`);
  for (const r of t.removed) tpLines.push(`  ${c.red('−')} ${c.bold(p(r.name))} ${where(r.stageId)}  ${scoreText(r.emotion, from)}  ${c.red('dropped')}`);
  for (const m of t.moved)
    tpLines.push(`  ${c.yellow('→')} ${c.bold(p(m.name))}  moved ${p(stageName.get(m.from) ?? m.from)} → ${p(stageName.get(m.to) ?? m.to)}`);
  for (const e of t.changed) {
    const score = e.emotion ? `  ${scoreText(e.emotion.from, from)} → ${scoreText(e.emotion.to, to)} ${delta(scoreDelta(change, e.emotion))}`.trimEnd() : '';
    tpLines.push(`  ${c.yellow('~')} ${c.bold(p(e.name))} ${where(e.stageId)}${score}  ${c.dim(e.fields.join(', '))}`);
    if (e.renamed) tpLines.push(`      ${c.dim('was')} ${p(e.renamed.from)}`);
  }
  if (tpLines.length) out.push('', c.bold('Touchpoints'), ...tpLines);

  const stageLines = change.stages
    .filter((s) => s.status !== 'kept' || s.fields.length > 0 || s.average.from !== s.average.to)
    .map((s) => {
      const mark = s.status === 'added' ? c.green('+') : s.status === 'removed' ? c.red('−') : ' ';
      const avg = `${scoreText(s.average.from, from)} → ${scoreText(s.average.to, to)} ${delta(scoreDelta(change, s.average))}`.trimEnd();
      return `  ${mark} ${c.bold(p(s.name))}  ${c.dim('average')} ${avg}${s.fields.length ? `  ${c.dim(s.fields.join(', '))}` : ''}`;
    });
  if (stageLines.length) out.push('', c.bold('Stages'), ...stageLines);

  const { opened, closed } = change.valleys;
  if (opened.length || closed.length) {
    out.push('', c.bold('Valleys'));
    // On a map with several personas, whose valley it is.
    const who = (v: (typeof opened)[number]): string => (v.persona ? ` ${c.dim(`[${p(v.persona.name)}]`)}` : '');
    for (const v of opened) out.push(`  ${c.red('▼ opened')} ${c.bold(p(v.name))} ${where(v.stageId)}${who(v)}  ${scoreText(v.emotion, to)}`);
    for (const v of closed)
      out.push(
        `  ${c.green('✓ closed')} ${c.bold(p(v.name))} ${where(v.stageId)}${who(v)}  ${c.dim('was')} ${scoreText(v.emotion, from)}${v.dropped ? c.dim(' (dropped)') : ''}`,
      );
  }
  const items = (title: string, changes: ItemChanges): void => {
    if (!changes.added.length && !changes.removed.length) return;
    out.push('', c.bold(title));
    for (const i of changes.added) out.push(`  ${c.green('+')} ${p(i.text)}  ${c.dim(`(${p(i.name)})`)}`);
    for (const i of changes.removed) out.push(`  ${c.red('−')} ${p(i.text)}  ${c.dim(`(${p(i.name)})`)}`);
  };
  items('Pains', change.pains);
  items('Opportunities', change.opportunities);
  return `${out.join('\n')}\n`;
}
