// `cjm diff --format json`: the change as one document with stable keys (documented in the README).
// Keys are written in a fixed order and averages rounded to two decimals, so the document diffs cleanly.
import type { FromTo, ItemChanges, JourneyChange } from './change.js';

export const DIFF_JSON_VERSION = 1;

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100 + 0);
const fromTo = (v: FromTo<number>): { from: number | null; to: number | null } => ({ from: round(v.from), to: round(v.to) });
const items = (c: ItemChanges) => {
  const one = (i: ItemChanges['added'][number]) => (i.owner === 'touchpoint' ? { touchpoint: i.id, text: i.text } : { stage: i.id, text: i.text });
  return { added: c.added.map(one), removed: c.removed.map(one) };
};

type Valleys = JourneyChange['valleys']['opened'];
const valleyIds = (valleys: Valleys): string[] => [...new Set(valleys.map((v) => v.touchpointId))];
const byPersona = (valleys: Valleys) => valleys.map((v) => ({ touchpoint: v.touchpointId, persona: v.persona?.id ?? null }));

/** `names`: how the two inputs were named on the command line (a file, or REV:PATH). */
export function changeToJson(change: JourneyChange, names: { old: string; new: string }): string {
  const perPersona = [...change.valleys.opened, ...change.valleys.closed].some((v) => v.persona);
  const doc = {
    cjmDiff: DIFF_JSON_VERSION,
    old: names.old,
    new: names.new,
    differs: change.differs,
    titles: { from: change.titles.from, to: change.titles.to },
    fields: change.fields,
    touchpoints: {
      added: change.touchpoints.added.map((t) => t.id),
      removed: change.touchpoints.removed.map((t) => t.id),
      moved: change.touchpoints.moved.map((m) => ({ id: m.id, from: m.from, to: m.to })),
      changed: change.touchpoints.changed.map((c) =>
        c.emotion ? { id: c.id, fields: c.fields, emotion: { from: c.emotion.from, to: c.emotion.to } } : { id: c.id, fields: c.fields },
      ),
    },
    stages: change.stages.map((s) => ({ id: s.id, status: s.status, fields: s.fields, average: fromTo(s.average) })),
    valleys: { opened: valleyIds(change.valleys.opened), closed: valleyIds(change.valleys.closed) },
    // On maps with several personas, whose valleys opened and closed (the lists above name each touchpoint once).
    ...(perPersona ? { valleysByPersona: { opened: byPersona(change.valleys.opened), closed: byPersona(change.valleys.closed) } } : {}),
    pains: items(change.pains),
    opportunities: items(change.opportunities),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
