// Generators for the hostile inputs of issue 10 (findings 4-11), at any size: the regression tests
// in tests/hostile/ and the "hostile sizes" section of `npm run bench` build them at run time, so
// no large file is ever committed. Each returns the text of one spec.

const header = (title = 'Hostile') => `title: ${title}\nstages:\n`;

/** Finding 4: one thought of `lines` short lines (block scalar). */
export function longThoughtYaml(lines) {
  return `${header()}  - id: s\n    touchpoints:\n      - name: T\n        emotion: 1\n        thought: |\n${'          ab\n'.repeat(lines)}      - name: U\n        emotion: -1\n`;
}

/** A small valid map, for batches where one map is hostile. */
export function goodYaml(title = 'Good') {
  return `${header(title)}  - id: s\n    touchpoints:\n      - name: A\n        emotion: 1\n      - name: B\n        emotion: -1\n`;
}

/** Finding 6: `aliases` aliases of one touchpoint whose thought is `chars` characters long. */
export function aliasedThoughtYaml(aliases, chars) {
  const first = `      - &tp\n        name: T\n        emotion: 1\n        thought: ${'x'.repeat(chars)}\n`;
  return `${header()}  - id: s\n    touchpoints:\n${first}${'      - *tp\n'.repeat(aliases)}`;
}

/** Finding 7: `n` touchpoints that all have the same name (ids derived from it). */
export function sameNameYaml(n) {
  return `${header()}  - id: s\n    touchpoints:\n${'      - name: Same name\n'.repeat(n)}`;
}

/** Finding 8: a Markdown map whose stage description is one paragraph of `lines` soft-wrapped lines. */
export function softWrapMarkdown(lines) {
  return `---\ntitle: Hostile\n---\n\n## Stage {#s}\n\n${'word word\n'.repeat(lines)}\n### T\n\n- emotion: 1\n`;
}

/** Finding 9: `n` errors (emotions out of scale), each its own touchpoint. */
export function manyErrorsYaml(n) {
  let out = `${header()}  - id: s\n    touchpoints:\n`;
  for (let i = 0; i < n; i += 1) out += `      - name: T${i}\n        emotion: 9\n`;
  return out;
}

/** Finding 9: one touchpoint with `n` unknown keys. */
export function unknownKeysYaml(n) {
  let out = `${header()}  - id: s\n    touchpoints:\n      - name: T\n`;
  for (let i = 0; i < n; i += 1) out += `        unknown${i}: x\n`;
  return out;
}

/** Finding 10: a glob with `{a,b}` repeated `times` times, or braces nested `depth` deep. */
export const repeatedBraces = (times) => `maps/${'{a,b}'.repeat(times)}*.yaml`;
export const nestedBraces = (depth) => `maps/${'{a,'.repeat(depth)}b${'}'.repeat(depth)}.yaml`;

/** Finding 11: a title of `chars` characters. */
export const longTitleYaml = (chars) => `title: ${'x'.repeat(chars)}\nstages:\n  - id: s\n    touchpoints:\n      - name: A\n`;

/**
 * `sources` declared sources and `touchpoints` touchpoints, each citing a misspelt source and a real one:
 * every misspelling used to be compared with every declared id (55 s for 3,000 × 5,000).
 */
export function unknownEvidenceYaml(touchpoints, sources = 3_000) {
  const lines = ['title: T', 'sources:'];
  for (let i = 0; i < sources; i += 1) lines.push(`  - {id: source-${i}, kind: other}`);
  lines.push('stages:', '  - id: a', '    touchpoints:');
  for (let i = 0; i < touchpoints; i += 1) lines.push(`      - {name: t${i}, emotion: 1, evidence: [sourze-${i % sources}, source-${(i * 7) % sources}]}`);
  return `${lines.join('\n')}\n`;
}

/** The same with channels: `channels` declared, `touchpoints` touchpoints on a misspelt one. */
export function unknownChannelYaml(touchpoints, channels = 3_000) {
  const lines = ['title: T', 'channels:'];
  for (let i = 0; i < channels; i += 1) lines.push(`  channel-${i}: {}`);
  lines.push('stages:', '  - id: a', '    touchpoints:');
  for (let i = 0; i < touchpoints; i += 1) lines.push(`      - {name: t${i}, emotion: 1, channel: chanel-${i % channels}}`);
  return `${lines.join('\n')}\n`;
}
