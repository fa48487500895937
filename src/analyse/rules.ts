// `rules:` in a spec: journey-quality warnings turned off, or up to errors, by code.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';

export function applyRules(diagnostics: Diagnostic[], rules: Journey['rules']): Diagnostic[] {
  if (!rules) return diagnostics;
  const levels = rules as Record<string, string | undefined>;
  return diagnostics.flatMap((d) => {
    const level = Object.hasOwn(levels, d.code) ? levels[d.code] : undefined;
    if (level === 'off') return [];
    return level === 'error' ? [{ ...d, severity: 'error' as const }] : [d];
  });
}
