// The accessible summary (SVG <desc>, PDF subject) and per-touchpoint tooltips, in the map's language.
import { channelLabelOf } from '../i18n/channels.js';
import { itemTexts, primaryEmotion, valueFor } from '../model/per-persona.js';
import type { CurvePoint } from '../analyse/analysis.js';
import { curvesOf } from '../analyse/curves.js';
import type { Touchpoint, Stage } from '../model/journey.js';
import type { LayoutContext } from './context.js';
import { fill, labelled, scoreOnScale } from './context.js';
import { labelLocale } from '../i18n/labels.js';

export function describeJourney(ctx: LayoutContext): string {
  const { journey, analysis, labels } = ctx;
  const m = labels.map;
  const scale = journey.emotionScale;
  const cjk = labelLocale(journey.locale) !== 'en';
  // The map's own description comes first, ended like a sentence so the summary does not run into it.
  const about = journey.description?.trim();
  const opening = about ? [/[.!?。！？]$/u.test(about) ? about : `${about}${cjk ? '。' : '.'}`] : [];
  const parts = [
    ...opening,
    fill(journey.stages.length === 1 ? m.summaryStage : m.summaryStages, {
      title: journey.title,
      n: journey.stages.length,
      list: journey.stages.map((s) => s.name).join(m.stageSeparator),
    }),
  ];
  // The lowest point of every curve (the first persona's on a tie), and whose it is on a map with several.
  const low = curvesOf(analysis).reduce<CurvePoint | undefined>((l, c) => (c.lowest && (!l || c.lowest.emotion < l.emotion) ? c.lowest : l), undefined);
  if (low) {
    const col = ctx.cols.byTouchpoint.get(low.touchpointId);
    // Whose it is goes beside the stage, inside the one pair of brackets: 線上掛號（掛號，媽媽）.
    const persona = journey.personas.find((p) => p.id === low.personaId);
    const stage = col?.stage.name ?? low.stageId;
    parts.push(
      fill(m.summaryLowest, {
        name: col?.touchpoint?.name ?? low.touchpointId,
        stage: persona ? `${stage}${cjk ? '，' : ', '}${persona.name}` : stage,
        score: scoreOnScale(low.emotion, scale),
      }),
    );
  }
  const worst = analysis.stages.find((s) => s.stageId === analysis.worstStageId);
  const worstStage = journey.stages.find((s) => s.id === analysis.worstStageId);
  if (worst?.average !== undefined && worstStage) parts.push(fill(m.summaryWorst, { stage: worstStage.name, score: scoreOnScale(worst.average, scale) }));
  // CJK sentences end in a full-width stop and need no space between them.
  return parts.join(cjk ? '' : ' ');
}

export function touchpointTooltip(ctx: LayoutContext, tp: Touchpoint, stage: Stage): string {
  const { journey, labels } = ctx;
  const channel = tp.channel ? channelLabelOf(journey, tp.channel) : undefined;
  const lines = [tp.name, [stage.name, channel, tp.when].filter(Boolean).join(' · ')];
  // One score per curve: the map's, or each persona's under its name.
  for (const curve of curvesOf(ctx.analysis)) {
    const emotion = curve.personaId === undefined ? primaryEmotion(journey, tp.emotion) : valueFor(tp.emotion, curve.personaId);
    if (emotion === undefined) continue;
    const valley = curve.valleys.find((v) => v.touchpointId === tp.id);
    const mark = valley?.lowest ? ` (${labels.lowest})` : valley ? ` (${labels.valley})` : '';
    const persona = journey.personas.find((p) => p.id === curve.personaId);
    const label = persona ? `${labels.lanes.emotion} · ${persona.name}` : labels.lanes.emotion;
    lines.push(labelled(journey.locale, label, `${scoreOnScale(emotion, journey.emotionScale)}${mark}`));
  }
  if (tp.pains.length) lines.push(labelled(journey.locale, labels.lanes.pains, itemTexts(tp.pains).join('; ')));
  if (tp.opportunities.length) lines.push(labelled(journey.locale, labels.lanes.opportunities, itemTexts(tp.opportunities).join('; ')));
  return lines.join('\n');
}
