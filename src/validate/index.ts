// Parsed data → the Journey model, after the size limits (limits.ts), in three steps: shape (the zod schema), meaning (what the schema
// cannot say), normalisation (defaults, derived ids). Errors stop before normalisation; warnings ride along.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';
import { JourneySpecSchema } from '../model/schema.js';
import type { ParsedSource } from '../parse/source.js';
import { shapeDiagnostics } from './shape.js';
import { meaningDiagnostics } from './meaning.js';
import { normalise } from './normalise.js';
import { limitDiagnostics } from './limits.js';

/** Diagnostics top to bottom, as a reader goes through the file (stable for equal positions). */
const inSourceOrder = (list: Diagnostic[]): Diagnostic[] => [...list].sort((a, b) => a.line - b.line || a.column - b.column);

export function validate(source: ParsedSource): { journey?: Journey; diagnostics: Diagnostic[] } {
  const limits = limitDiagnostics(source);
  if (limits.length > 0) return { diagnostics: inSourceOrder(limits) };
  const parsed = JourneySpecSchema.safeParse(source.data);
  if (!parsed.success) return { diagnostics: inSourceOrder(shapeDiagnostics(parsed.error.issues, source)) };
  const diagnostics = inSourceOrder(meaningDiagnostics(parsed.data, source));
  if (hasErrors(diagnostics)) return { diagnostics };
  return { journey: normalise(parsed.data), diagnostics };
}
