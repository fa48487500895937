// Mermaid interop: import `journey` diagrams (a .mmd file, or the ```mermaid blocks of a Markdown file)
// as cjm specs, and export a map as a Mermaid `journey`.
export { parseMermaidJourney, mermaidText } from './parse.js';
export type { MermaidJourney, MermaidSection, MermaidTask } from './parse.js';
export { markdownJourneyBlocks } from './blocks.js';
export { mermaidToSpec, UNSECTIONED_STAGE } from './to-spec.js';
export { toMermaid, mermaidScore } from './export.js';
export { MERMAID_DIAGNOSTIC_CODES } from './problems.js';
