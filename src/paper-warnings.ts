// The `page-overflow` warnings of a map laid out for paper: each part taller than a sheet (sheets.ts
// flows it onto the next sheets, or draws it smaller when it has no place to split), pointed at what
// makes it tall: the touchpoint field of a lane, or the persona for the band above the stages.
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { diagnosticAt, problems } from './diagnostics/codes.js';
import { MIN_TEXT_PT, type PaperSize, type SheetOverflow } from './layout/sheets.js';
import type { Journey } from './model/journey.js';
import type { ParsedSource } from './parse/source.js';

const PAPER_NAMES: Record<PaperSize, string> = { a4: 'A4', a3: 'A3', letter: 'Letter' };
const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The spec's data path of a touchpoint, by id. */
function touchpointPath(journey: Journey, id: string): (string | number)[] | undefined {
  for (const [si, stage] of journey.stages.entries()) {
    const ti = stage.touchpoints.findIndex((tp) => tp.id === id);
    if (ti >= 0) return ['stages', si, 'touchpoints', ti];
  }
  return undefined;
}

/** The persona's key (`persona:` or `personas:`), which makes the band above the stages tall. */
function introKey(source: ParsedSource | undefined): string[] | undefined {
  const data = source?.data;
  if (typeof data !== 'object' || data === null) return undefined;
  return ['persona', 'personas'].filter((k) => k in data).slice(0, 1);
}

export function paperWarnings(
  overflow: readonly SheetOverflow[],
  journey: Journey,
  source: ParsedSource | undefined,
  file: string,
  paper: PaperSize,
): Diagnostic[] {
  return overflow.map((o) => {
    const tp = o.touchpoint === undefined ? undefined : journey.stages.flatMap((s) => s.touchpoints).find((t) => t.id === o.touchpoint);
    const tpPath = o.touchpoint === undefined ? undefined : touchpointPath(journey, o.touchpoint);
    const part =
      o.part === 'intro'
        ? 'the band of title, persona, "where it hurts" and legend'
        : o.part === 'sources'
          ? 'the Sources card'
          : tp
            ? `the ${o.part === 'touchpoint' ? 'card' : o.part === 'custom' ? `lane "${o.name ?? ''}"` : o.part} of touchpoint "${tp.name}"`
            : `the ${o.part === 'custom' ? `"${o.name ?? ''}"` : o.part} lane`;
    const sheets = o.sheets[0] === o.sheets[1] ? String(o.sheets[0]) : `${o.sheets[0]}–${o.sheets[1]}`;
    const min = MIN_TEXT_PT[paper];
    const smallest = o.shrunkTo === undefined ? undefined : `${o.shrunkTo.toFixed(1)} pt${o.shrunkTo < min - 1e-9 ? ` (below the ${min} pt minimum)` : ''}`;
    const path =
      o.part === 'intro'
        ? introKey(source)
        : o.part === 'sources'
          ? ['sources']
          : tpPath && (o.part === 'touchpoint' || o.part === 'custom' ? tpPath : [...tpPath, o.part]);
    const span = source && path && path.length > 0 ? source.locate(path, 'key') : START;
    return diagnosticAt(problems.pageOverflow(part, PAPER_NAMES[paper], sheets, smallest), source?.file ?? file, span);
  });
}
