// How a score is written everywhere (map, report, diff). Here, not in layout, so src/compare can use it too.

/**
 * A score as people write it: signed with a real minus on scales that straddle zero (+2, −1), plain
 * on 1–5 scales where a "+" would read as "above neutral". The map rounds to one decimal so labels
 * stay short; `exact` keeps every digit the analyst wrote (the HTML details and table).
 */
export function formatScore(score: number, scale: readonly [number, number], exact = false): string {
  const shown = exact ? score : Math.round(score * 10) / 10;
  if (shown < 0) return `\u2212${-shown}`;
  return shown > 0 && scale[0] < 0 ? `+${shown}` : String(shown);
}
