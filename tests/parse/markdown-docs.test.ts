// The Markdown examples in the README and in docs/markdown-format.md are real maps: they compile
// with no errors or warnings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';

const blocks = (doc: string): string[] =>
  [...readFileSync(new URL(`../../${doc}`, import.meta.url), 'utf8').matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('Markdown examples in the docs', () => {
  for (const doc of ['README.md', 'docs/markdown-format.md']) {
    it(`${doc} has a Markdown map that compiles cleanly`, () => {
      const found = blocks(doc);
      expect(found.length).toBeGreaterThan(0);
      for (const text of found) {
        const { prepared, diagnostics } = prepare(text, { file: `${doc}.md` });
        expect(diagnostics).toEqual([]);
        expect(prepared?.journey.stages.length).toBeGreaterThan(1);
      }
    });
  }
});
