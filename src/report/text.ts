// `cjm report`: the analysis in the terminal: stage figures, the emotion curve as a text chart, and
// the valleys lowest first with what hurts there. User text goes through printable(), so a spec can
// never send escape sequences or bidi controls to the terminal.
import { Chalk } from 'chalk';
import type { Analysis } from '../analyse/analysis.js';
import { type CurveAnalysis, curvesOf } from '../analyse/curves.js';
import type { Journey, Touchpoint } from '../model/journey.js';
import { cellsOf, printable, widthOf } from '../diagnostics/cells.js';
import { labelsFor } from '../i18n/labels.js';
import { formatScore, scoreOnScale, valleyWords } from '../layout/context.js';

/** Width of each figure column in the stage table. */
const COL = 8;
const width = (text: string): number => widthOf(cellsOf(text));
const pad = (text: string, cols: number): string => text + ' '.repeat(Math.max(0, cols - width(text)));
const padStart = (text: string, cols: number): string => ' '.repeat(Math.max(0, cols - width(text))) + text;
/** Cut to `cols` terminal columns, with an ellipsis when anything was dropped. */
function clip(text: string, cols: number): string {
  if (width(text) <= cols) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > cols - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** A curve as rows of text, highest score on top: ● a score, ▼ a valley, ◆ the lowest point. */
function curveChart(journey: Journey, analysis: Analysis, series: CurveAnalysis, c: InstanceType<typeof Chalk>): string[] {
  const [lo, hi] = journey.emotionScale;
  const scored = new Map(series.curve.map((p) => [p.index, p]));
  const valleys = new Map(series.valleys.map((v) => [v.index, v]));
  // Touchpoint indexes where a new stage starts get a space before them, so stages read as groups.
  const starts = new Set<number>();
  let count = 0;
  for (const s of journey.stages) {
    if (count > 0) starts.add(count);
    count += s.touchpoints.length;
  }
  const step = Math.max(1, Math.ceil((hi - lo) / 10));
  const rows: string[] = [];
  for (let level = hi; level >= lo; level -= step) {
    let line = '';
    for (let i = 0; i < count; i += 1) {
      if (starts.has(i)) line += ' ';
      const p = scored.get(i);
      const here = p !== undefined && Math.abs(p.emotion - level) < step / 2;
      const v = valleys.get(i);
      line += !here ? c.dim(level === analysis.neutral ? '─' : '·') : v?.lowest ? c.red.bold('◆') : v ? c.red('▼') : '●';
    }
    rows.push(`  ${padStart(formatScore(level, journey.emotionScale), 3)} ${line}`);
  }
  return rows;
}

export function reportText(journey: Journey, analysis: Analysis, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const labels = labelsFor(journey.locale);
  const score = (n: number | undefined): string => (n === undefined ? '' : formatScore(n, journey.emotionScale));
  const ts = journey.timescale;
  const meta = [
    labels.mapTypes[journey.type],
    typeof ts === 'string' ? ts : ts ? `${ts.start} – ${ts.end}` : undefined,
    journey.personas.map((p) => p.name).join(', '),
  ].filter((s): s is string => Boolean(s));
  const out: string[] = [c.bold(printable(journey.title)), c.dim(printable(meta.join(' · '))), ''];

  const names = journey.stages.map((s, i) => clip(printable(`${i + 1} ${s.name}`), 28));
  const nameW = Math.max(width(labels.page.stage), ...names.map(width));
  const head = `${pad(labels.page.stage, nameW)}  ${(['avg', 'min', 'max', 'scored', 'pains', 'ideas'] as const).map((h) => padStart(labels.report[h], COL)).join('')}`;
  out.push(c.bold(head));
  analysis.stages.forEach((s, i) => {
    const cells = [score(s.average), score(s.min), score(s.max), `${s.scored}/${s.touchpoints}`, String(s.pains), String(s.opportunities)];
    const line = `${pad(names[i] ?? '', nameW)}  ${cells.map((x) => padStart(x, COL)).join('')}`;
    out.push(s.stageId === analysis.worstStageId ? c.red(line) : line);
  });

  // One chart per persona on a map with several, each under the persona's name.
  const curves = curvesOf(analysis);
  const nameOf = (id: string | undefined): string => printable(journey.personas.find((p) => p.id === id)?.name ?? id ?? '');
  if (analysis.curve.length > 0 || curves.some((s) => s.curve.length > 0)) {
    out.push('', c.bold(labels.lanes.emotion));
    for (const series of curves) {
      if (series.personaId !== undefined) out.push(`  ${c.bold(nameOf(series.personaId))}`);
      out.push(...curveChart(journey, analysis, series, c));
    }
  }

  const byId = new Map<string, { tp: Touchpoint; stage: string }>();
  for (const s of journey.stages) for (const tp of s.touchpoints) byId.set(tp.id, { tp, stage: s.name });
  out.push('', c.bold(labels.page.hurts));
  if (analysis.valleys.length === 0) out.push(`  ${valleyWords(labels, analysis, journey.emotionScale).none}`);
  // Grouped by persona (under each one's name) on a map with several; lowest first within a group.
  for (const series of curves) {
    if (series.valleys.length === 0) continue;
    if (series.personaId !== undefined) out.push(`  ${c.bold(nameOf(series.personaId))}`);
    const valleys = [...series.valleys].sort((a, b) => a.emotion - b.emotion || a.index - b.index);
    for (const v of valleys) {
      const hit = byId.get(v.touchpointId);
      if (!hit) continue;
      const mark = v.lowest ? c.red.bold('◆') : c.red('▼');
      out.push(
        `  ${mark} ${padStart(scoreOnScale(v.emotion, journey.emotionScale), 3)}  ${c.bold(printable(hit.tp.name))} ${c.dim(`(${printable(hit.stage)})`)}`,
      );
      for (const pain of hit.tp.pains) out.push(`         ${c.red('−')} ${printable(pain.text)}`);
      for (const idea of hit.tp.opportunities) out.push(`         ${c.green('+')} ${printable(idea.text)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
