// Finding 4: a thought of 70,000 short lines built with -f pdf overflowed the stack (exit 70) in
// render/pdf/bounds.ts (Math.min(...xs)). Now the thought is refused as too long, and the PDF
// bounds code takes text of any length.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { longThoughtYaml } from '../../scripts/lib/hostile.mjs';
import { intersects } from '../../src/render/pdf/bounds.js';
import type { SceneNode } from '../../src/layout/scene.js';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-04-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 4: a thought of 70,000 lines, -f pdf', () => {
  it('is refused as too long, at the thought, within bounds', () => {
    writeFileSync(join(dir, 'map.yaml'), longThoughtYaml(70_000));
    const run = runMeasured(['build', 'map.yaml', '-f', 'pdf', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^map\.yaml:7:18: error text-too-long: thought is 210,000 characters long/m);
  });

  it('PDF clipping measures a text node of 200,000 lines without overflowing the stack', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => ({ text: 'ab', x: 10, y: 20 + i * 12, width: 14 }));
    const node = { kind: 'text', x: 10, y: 20, fontSize: 10, anchor: 'start', lines } as unknown as SceneNode;
    expect(intersects(node, { x: 0, y: 0, width: 100, height: 100 })).toBe(true);
    expect(intersects(node, { x: 0, y: 3_000_000, width: 100, height: 100 })).toBe(false);
  });
});
