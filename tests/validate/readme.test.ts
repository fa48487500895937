// The YAML map in the README is a real map: it validates with no error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';

describe('README YAML example', () => {
  it('compiles without errors', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const maps = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((t) => /^stages:/m.test(t));
    expect(maps.length).toBeGreaterThan(0);
    for (const text of maps) {
      const { prepared, diagnostics } = prepare(text, { file: 'README.yaml' });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(prepared?.journey.stages.map((s) => s.name)).toEqual(['認知', '考慮']);
    }
  });
});
