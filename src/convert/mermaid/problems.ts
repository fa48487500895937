// Every problem the Mermaid importer reports, with its wording, in one place like src/diagnostics/codes.ts.
import type { Problem } from '../../diagnostics/codes.js';
import { quoted } from '../../diagnostics/values.js';

const error = (code: string, message: string, hint?: string): Problem =>
  hint === undefined ? { code, severity: 'error', message } : { code, severity: 'error', message, hint };

const ESCAPES = 'write #58; for a colon, #59; for a semicolon, #35; for #';

export const mermaidProblems = {
  notJourney: (got: string) =>
    error('mermaid-not-journey', `a Mermaid user journey starts with \`journey\` (got ${quoted(got)})`, 'cjm imports only `journey` diagrams'),
  noJourney: () => error('mermaid-not-journey', 'this Markdown file holds no ```mermaid block with a `journey` diagram'),
  missingScore: (task: string) =>
    error('mermaid-missing-score', `task ${quoted(task)} has no score`, 'write it as `Task name: 3: Actor`, with a score from 1 to 5'),
  scoreNotNumber: (got: string) =>
    error('mermaid-score', `a score must be a number from 1 to 5 (got ${quoted(got)})`, `a colon ends the task name: ${ESCAPES}`),
  scoreOutOfRange: (got: number) =>
    error('mermaid-score', `a score must be from 1 to 5 (got ${got})`, 'Mermaid draws 1 as the saddest face and 5 as the happiest'),
  colonInSection: () => error('mermaid-syntax', 'a section name cannot hold a colon', ESCAPES),
  semicolon: () => error('mermaid-syntax', 'Mermaid does not accept `;` here', ESCAPES),
  unclosedDescription: () => error('mermaid-syntax', 'the `accDescr {` block is never closed', 'end it with `}`'),
  emptyTitle: () => error('mermaid-syntax', '`title` needs text after it'),
  empty: () =>
    error('mermaid-empty', 'the diagram has no section and no task, so there is no map to draw', 'add `section Name` and tasks such as `Task name: 3: Actor`'),
} as const;

/** Every code above. */
export const MERMAID_DIAGNOSTIC_CODES = ['mermaid-not-journey', 'mermaid-missing-score', 'mermaid-score', 'mermaid-syntax', 'mermaid-empty'] as const;
