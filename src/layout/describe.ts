// The accessible summary (SVG <desc>, PDF subject) and per-touchpoint tooltips, in the map's language.
import { channelLabelOf } from '../i18n/channels.js';
import { itemTexts, primaryEmotion } from '../model/per-persona.js';
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
  const low = analysis.lowest;
  if (low) {
    const col = ctx.cols.byTouchpoint.get(low.touchpointId);
    parts.push(
      fill(m.summaryLowest, {
        name: col?.touchpoint?.name ?? low.touchpointId,
        stage: col?.stage.name ?? low.stageId,
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
  const emotion = primaryEmotion(journey, tp.emotion);
  if (emotion !== undefined) {
    const mark = ctx.lowestIds.has(tp.id) ? ` (${labels.lowest})` : ctx.valleyIds.has(tp.id) ? ` (${labels.valley})` : '';
    lines.push(labelled(journey.locale, labels.lanes.emotion, `${scoreOnScale(emotion, journey.emotionScale)}${mark}`));
  }
  if (tp.pains.length) lines.push(labelled(journey.locale, labels.lanes.pains, itemTexts(tp.pains).join('; ')));
  if (tp.opportunities.length) lines.push(labelled(journey.locale, labels.lanes.opportunities, itemTexts(tp.opportunities).join('; ')));
  return lines.join('\n');
}
