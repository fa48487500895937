// The limits of src/model/limits.ts that concern parsed data: checked before the schema, so a spec
// past them is refused in one linear pass, before any step whose cost grows with its size.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { DataPath, ParsedSource } from '../parse/source.js';
import { MAX_STAGES, MAX_TEXT_LENGTH, MAX_TOUCHPOINTS } from '../model/limits.js';
import { fieldName } from './paths.js';

/** Long texts reported per file: the first few say what to fix. */
const MAX_LONG_TEXTS = 10;

interface Visit {
  value: unknown;
  key?: string | number;
  parent?: Visit;
}

const pathOf = (v: Visit): DataPath => {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = v; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
};

/** Every text (and key) longer than MAX_TEXT_LENGTH, walked without recursion (any nesting depth). */
function longTexts(source: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: Visit[] = [{ value: source.data }];
  while (stack.length > 0 && out.length < MAX_LONG_TEXTS) {
    const v = stack.pop()!;
    if (typeof v.value === 'string' && v.value.length > MAX_TEXT_LENGTH) {
      const path = pathOf(v);
      out.push(diagnosticAt(problems.textTooLong(fieldName(path), v.value.length), source.file, source.locate(path, 'value')));
    } else if (Array.isArray(v.value)) {
      for (let i = v.value.length - 1; i >= 0; i -= 1) stack.push({ value: v.value[i], key: i, parent: v });
    } else if (v.value !== null && typeof v.value === 'object') {
      const keys = Object.keys(v.value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        if (key.length > MAX_TEXT_LENGTH) {
          const path = pathOf({ value: undefined, key, parent: v });
          out.push(diagnosticAt(problems.textTooLong('a key', key.length), source.file, source.locate(path, 'key')));
        } else stack.push({ value: (v.value as Record<string, unknown>)[key], key, parent: v });
      }
    }
  }
  return out;
}

/** How many stages and touchpoints the data holds, when it is shaped like a map. */
function counts(data: unknown): { stages: number; touchpoints: number } {
  const stages = (data as { stages?: unknown } | null)?.stages;
  if (!Array.isArray(stages)) return { stages: 0, touchpoints: 0 };
  let touchpoints = 0;
  for (const stage of stages) {
    const list = (stage as { touchpoints?: unknown } | null)?.touchpoints;
    if (Array.isArray(list)) touchpoints += list.length;
  }
  return { stages: stages.length, touchpoints };
}

export function limitDiagnostics(source: ParsedSource): Diagnostic[] {
  const out = longTexts(source);
  const found = counts(source.data);
  const at = () => source.locate(['stages'], 'key');
  if (found.stages > MAX_STAGES) out.push(diagnosticAt(problems.tooManyStages(found.stages), source.file, at()));
  if (found.touchpoints > MAX_TOUCHPOINTS) out.push(diagnosticAt(problems.tooManyTouchpoints(found.touchpoints), source.file, at()));
  return out;
}
