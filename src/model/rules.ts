// The journey-quality rules (src/analyse/lint.ts, src/compare/gap-lint.ts) a spec's `rules:` or cjm.config.yaml's `rules:`
// can turn off or up. No imports: config checking reads it without loading the pipeline.
export const LINT_RULES = ['valley-without-pain', 'pain-without-opportunity', 'baseline-valley-unanswered'] as const;
export const RULE_LEVELS = ['off', 'warning', 'error'] as const;
export type LintRule = (typeof LINT_RULES)[number];
export type RuleLevel = (typeof RULE_LEVELS)[number];
