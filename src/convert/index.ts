// Converting a journey between its two spec formats. Both start from the normalised model,
// so any input that compiles can be written out as YAML or Markdown.
export { toMarkdown } from './markdown.js';
export { toYaml } from './yaml.js';
