// Bullet keys that are also names of Object.prototype members (`constructor`, `valueOf`…) are
// unknown keys like any other, not a lookup that finds a function and writes a field "undefined".
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';

const FRONT = '---\ntitle: T\n---\n';

describe('Markdown bullet keys named like Object.prototype members', () => {
  it.each(['constructor', 'Constructor', 'valueOf', 'hasOwnProperty', 'toString'])('reports "- %s:" as an unknown key at the key', (key) => {
    for (const [spec, line] of [
      [`${FRONT}## A\n### B\n- emotion: 1\n- ${key}: x\n`, 7],
      [`${FRONT}## A\n- ${key}: x\n### B\n- emotion: 1\n`, 5],
    ] as const) {
      const { diagnostics } = prepare(spec, { file: 'map.md' });
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual([`md-unknown-key@${line}:3`]);
      expect(errors[0]?.message).toContain(`"${key}"`);
    }
  });
});
