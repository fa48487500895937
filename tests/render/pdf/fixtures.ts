// Hand-built scenes for the PDF back-end: the same shape layout produces (stage header bars, one
// touchpoint group per column with its 'touchpoint-column' rect, lane labels in the left column, and
// the page structure in `paging`), small enough to reason about in tests.
import type { PageCut, PagingColumn, PagingStage, Scene, SceneNode, TextNode } from '../../../src/layout/scene.js';

export const GUTTER = 176;
export const COL_W = 184;
export const COL_GAP = 10;
export const STAGE_GAP = 8;

export function label(text: string, x: number, y: number, options: Partial<TextNode> = {}): TextNode {
  const width = text.length * 12;
  return {
    kind: 'text',
    lines: [{ text, width, x, y }],
    fontSize: 12,
    lineHeight: 17,
    weight: 'normal',
    fill: '#111827',
    anchor: 'start',
    box: { x: options.anchor === 'end' ? x - width : options.anchor === 'middle' ? x - width / 2 : x, y: y - 13, width, height: 17 },
    ...options,
  };
}

/** A map with `perStage[i]` touchpoint columns in stage i; text names every touchpoint `T<n>`. */
export function columnScene(perStage: number[], height = 600): Scene {
  const nodes: SceneNode[] = [label('Touchpoint', 40, 140, { role: 'lane-label', weight: 'bold' })];
  const groups: SceneNode[] = [];
  const columns: PagingColumn[] = [];
  const stages: PagingStage[] = [];
  let x = GUTTER;
  let n = 0;
  perStage.forEach((count, s) => {
    if (s > 0) x += STAGE_GAP;
    const start = x;
    for (let i = 0; i < count; i += 1) {
      if (i > 0) x += COL_GAP;
      n += 1;
      groups.push({
        kind: 'group',
        role: 'touchpoint',
        id: `tp-${n}`,
        children: [
          { kind: 'rect', role: 'touchpoint-column', x, y: 120, width: COL_W, height: height - 160, fill: '#ffffff', fillOpacity: 0 },
          { kind: 'rect', role: 'touchpoint-card', x, y: 120, width: COL_W, height: 60, radius: 8, fill: '#ffffff', stroke: '#cbd5e1', strokeWidth: 1 },
          label(`T${n}`, x + 10, 145, { role: 'touchpoint-name', weight: 'bold' }),
        ],
      });
      columns.push({ x, width: COL_W, stage: s, touchpoint: String(n) });
      x += COL_W;
    }
    const stageLabel = label(`${s + 1} Stage${s + 1}`, start + 12, 100, { fill: '#ffffff', weight: 'bold' });
    stages.push({ id: `s${s + 1}`, x: start, width: x - start, label: stageLabel });
    nodes.push({ kind: 'rect', role: 'stage-header', x: start, y: 80, width: x - start, height: 30, radius: 8, fill: '#3b5bdb' }, stageLabel);
  });
  const width = x + 40;
  const gutter = GUTTER - COL_GAP / 2;
  const cuts: PageCut[] = [{ x: gutter, stage: true }];
  columns.slice(1).forEach((c, i) => {
    cuts.push({ x: (columns[i]!.x + COL_W + c.x) / 2, stage: c.stage !== columns[i]!.stage });
  });
  cuts.push({ x: width, stage: true });
  return {
    width,
    height,
    lang: 'en',
    title: 'Columns',
    description: '',
    background: '#f8fafc',
    fontFamily: 'sans-serif',
    theme: 'light',
    nodes: [label('Title', 40, 40, { fontSize: 26, weight: 'bold' }), ...nodes, ...groups],
    paging: {
      gutter,
      bodyTop: 80,
      headerRow: { y: 80, height: 30 },
      title: { x: 40, y: 14, width: width - 80, height: 40 },
      lanesTop: 120,
      rows: [{ y: 120, height: height - 160, emotion: true }],
      introRight: width - 40,
      stages,
      columns,
      cuts,
    },
  };
}

/** A one-text scene, for checking how a single node is drawn. */
export function textScene(texts: TextNode[], extra: SceneNode[] = []): Scene {
  return {
    width: 800,
    height: 400,
    lang: 'zh-Hant',
    title: '測試',
    description: '',
    background: '#ffffff',
    fontFamily: 'sans-serif',
    theme: 'light',
    nodes: [...extra, ...texts],
  };
}
