// layout(): model + analysis + theme + measurer → Scene. Pure and deterministic; every band is
// built by its own module, and this file only stacks them and assembles the drawing order.
import type { Journey } from '../model/journey.js';
import type { Analysis } from '../analyse/analysis.js';
import type { Measurer } from '../text/measurer.js';
import type { GroupNode, Scene, SceneNode } from './scene.js';
import type { ThemeName } from './theme.js';
import type { LayoutContext } from './context.js';
import type { Baseline } from '../compare/baseline.js';
import type { PersonaPhotos } from '../model/photo.js';
import { tableMeasurer } from '../text/index.js';
import { labelsFor } from '../i18n/labels.js';
import { themes } from './theme.js';
import { layoutColumns } from './columns.js';
import { layoutHeader } from './header.js';
import { layoutTopRow, topRowMinWidth } from './top-row.js';
import { layoutStageHeaders } from './stages.js';
import { layoutLanes } from './lane-layout.js';
import { valleyBands } from './valleys.js';
import { scenePaging } from './paging.js';
import { describeJourney, touchpointTooltip } from './describe.js';
import { BAND_GAP, fontFamilyFor, MARGIN } from './metrics.js';
import { stageColor } from './theme.js';
import { droppedNote } from './baseline.js';
import { layoutSources } from './sources.js';

export type { ThemeName, Theme } from './theme.js';
export { themes } from './theme.js';
export type { Scene } from './scene.js';

export interface LayoutOptions {
  theme?: ThemeName;
  measurer?: Measurer;
  /**
   * The map without its title band, persona card and "Where it hurts" box (only the legend stays
   * above the stages): for the HTML page, which shows those itself.
   */
  compact?: boolean;
  /** Draw this map against its baseline: ghost curve, deltas, new marks. */
  baseline?: Baseline;
  /**
   * Lays the band above the stages (title, persona, "where it hurts", legend) out this many px wide
   * (margins included), not across the map: the first sheet of a paged map shows it whole. The
   * cards wrap onto more rows when they do not fit side by side.
   */
  introWidth?: number;
  /** Each touchpoint column's width, left to right (an empty stage's column counts): paper sheets widen their columns to fill the sheet. */
  columnWidths?: readonly number[];
  /** Persona photos by persona id (read by compile): drawn in a circle in place of the initial. */
  photos?: PersonaPhotos;
}

export function layout(journey: Journey, analysis: Analysis, options: LayoutOptions = {}): Scene {
  const theme = themes[options.theme ?? 'light'];
  const cols = layoutColumns(journey, options.columnWidths);
  const ctx: LayoutContext = {
    journey,
    analysis,
    theme,
    labels: labelsFor(journey.locale),
    measurer: options.measurer ?? tableMeasurer,
    cols,
    valleyIds: new Set(analysis.valleys.map((v) => v.touchpointId)),
    lowestIds: new Set(analysis.valleys.filter((v) => v.lowest).map((v) => v.touchpointId)),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.photos ? { photos: options.photos } : {}),
  };

  const compact = options.compact ?? false;
  // A map with few touchpoints is still wide enough for the persona, valleys and legend row.
  const sheet = options.introWidth;
  const width = sheet === undefined ? Math.max(cols.right, MARGIN + topRowMinWidth(ctx, compact)) + MARGIN : Math.max(cols.right + MARGIN, sheet);
  const inner = (sheet ?? width) - MARGIN * 2;
  let y = MARGIN;
  const header = compact ? { nodes: [], height: 0 } : layoutHeader(ctx, MARGIN, y, inner);
  if (!compact) y += header.height + BAND_GAP;
  const row = layoutTopRow(ctx, MARGIN, y, inner, compact, sheet !== undefined);
  y += row.height + BAND_GAP + 8;
  const stages = layoutStageHeaders(ctx, y);
  const headerRow = { y, height: stages.height };
  y += stages.height + 10;
  const lanesTop = y;
  const lanes = layoutLanes(ctx, lanesTop);
  const lanesBottom = lanesTop + lanes.height;
  const dropped = droppedNote(ctx, MARGIN, lanesBottom + BAND_GAP, inner);
  // The HTML page lists the sources itself, with real links.
  const notesTop = lanesBottom + (dropped.height ? BAND_GAP + dropped.height : 0);
  const sources = compact ? { nodes: [], height: 0, width: 0 } : layoutSources(ctx, MARGIN, notesTop + BAND_GAP, inner);
  const notesBottom = notesTop + (sources.height ? BAND_GAP + sources.height : 0);

  const tints: SceneNode[] = cols.stages.map((span) => ({
    kind: 'rect',
    role: 'stage-tint',
    x: span.x,
    y: lanesTop,
    width: span.width,
    height: lanes.height,
    fill: stageColor(theme, span.index),
    fillOpacity: theme.stageTintOpacity,
  }));
  const groups: GroupNode[] = [];
  cols.columns.forEach((col, i) => {
    const tp = col.touchpoint;
    if (!tp) return;
    groups.push({
      kind: 'group',
      role: 'touchpoint',
      id: `tp-${tp.id}`,
      data: { touchpoint: tp.id, stage: col.stage.id },
      tooltip: touchpointTooltip(ctx, tp, col.stage),
      children: [
        { kind: 'rect', role: 'touchpoint-column', x: col.x, y: lanesTop, width: col.width, height: lanes.height, fill: theme.background, fillOpacity: 0 },
        ...(lanes.perColumn.get(i) ?? []),
      ],
    });
  });

  return {
    width,
    height: notesBottom + MARGIN,
    // Only a well-formed BCP 47 tag reaches the output's lang attribute.
    lang: /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(journey.locale) ? journey.locale : 'en',
    title: journey.title,
    description: describeJourney(ctx),
    background: theme.background,
    fontFamily: fontFamilyFor(journey.locale),
    theme: theme.name,
    nodes: [
      ...header.nodes,
      ...row.nodes,
      ...stages.nodes,
      ...lanes.stripes,
      ...tints,
      ...valleyBands(ctx, lanesTop - 4, lanesBottom + 4),
      ...lanes.under,
      ...groups,
      ...dropped.nodes,
      ...sources.nodes,
    ],
    paging: scenePaging({
      cols,
      width,
      headerRow,
      stageLabels: stages.labels,
      stageNotes: stages.notes,
      lanesTop,
      rows: lanes.rows,
      introRight: MARGIN + Math.max(inner, row.width),
      ...(notesBottom > lanesBottom
        ? {
            notes: {
              x: MARGIN,
              y: lanesBottom + BAND_GAP,
              width: Math.max(sources.width, dropped.height ? inner : 0),
              height: notesBottom - lanesBottom - BAND_GAP,
            },
          }
        : {}),
      ...(compact ? {} : { title: { x: MARGIN, y: MARGIN, width: inner, height: header.height } }),
    }),
  };
}
