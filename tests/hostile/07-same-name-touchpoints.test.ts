// Finding 7: 20,000 touchpoints with the same name took 15 s (40,000: 101 s): deriving unique ids
// counted up from -2 again for each. Now suffixes continue where the last one stopped, and more
// touchpoints than MAX_TOUCHPOINTS are refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sameNameYaml } from '../../scripts/lib/hostile.mjs';
import { assignIds } from '../../src/validate/ids.js';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-07-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 7: touchpoints with the same name', () => {
  it('20,000 of them build, within bounds', () => {
    writeFileSync(join(dir, 'map.yaml'), sameNameYaml(20_000));
    const run = runMeasured(['build', 'map.yaml', '-f', 'json', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(0);
  });

  it('40,000 are refused as too many touchpoints', () => {
    writeFileSync(join(dir, 'big.yaml'), sameNameYaml(40_000));
    const run = runMeasured(['build', 'big.yaml', '-f', 'json', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^big\.yaml:2:1: error too-many-touchpoints: this map has 40,000 touchpoints; cjm draws up to 20,000/m);
  });

  it('derived ids stay unique and step aside for explicit and earlier ones', () => {
    const ids = assignIds([{ name: 'A' }, { explicit: 'a-3' }, { name: 'A' }, { name: 'A' }, { name: 'A-2' }, { name: 'A' }], 'tp');
    expect(ids).toEqual(['a', 'a-3', 'a-2', 'a-4', 'a-2-2', 'a-5']);
  });
});
