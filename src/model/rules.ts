// The journey-quality rules (src/analyse/lint.ts, src/compare/gap-lint.ts) a spec's `rules:` or cjm.config.yaml's `rules:`
// can turn off or up. No imports: config checking reads it without loading the pipeline.
export const LINT_RULES = [
  'valley-without-pain',
  'pain-without-opportunity',
  'pain-unaddressed',
  'valley-without-evidence',
  'baseline-valley-unanswered',
] as const;
export const RULE_LEVELS = ['off', 'warning', 'error'] as const;
export type LintRule = (typeof LINT_RULES)[number];
export type RuleLevel = (typeof RULE_LEVELS)[number];

/**
 * The level of a rule that neither the spec nor the config names: a warning, except for opt-in
 * rules, which most maps would not pass (few maps cite research at every valley yet).
 */
export const RULE_DEFAULTS: Readonly<Record<LintRule, RuleLevel>> = {
  'valley-without-pain': 'warning',
  'pain-without-opportunity': 'warning',
  'pain-unaddressed': 'warning',
  'valley-without-evidence': 'off',
  'baseline-valley-unanswered': 'warning',
};
