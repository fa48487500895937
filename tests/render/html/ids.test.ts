// Touchpoint ids are the user's (any letters, digits, -, _ and .), so the ids the page derives from
// them must stay unique whatever they are: `a` and `a-h` once gave two elements id="cjm-d-a-h".
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';

const CLASHING_IDS_SPEC = `title: Ids
stages:
  - id: s
    touchpoints:
      - {id: a-h, name: Second name, emotion: 1}
      - {id: a, name: First name, emotion: -1, pains: [p], opportunities: [o]}
      - {id: a-h-h, name: Third name, emotion: 0}
`;

describe('ids derived from touchpoint ids', () => {
  it('are unique even when one touchpoint id is another plus "-h"', async () => {
    const { outputs, diagnostics } = await compile(CLASHING_IDS_SPEC, { file: 'ids.yaml', format: 'html' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ids = [...String(outputs.html).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });
});
