// Finding 6: 99 aliases of a touchpoint with a 200 KB thought, in a 201 KB spec, made 140 MB of
// HTML (1.9 GB of memory) and 40 s of PDF: the alias guard counted aliases, not what they expand to.
// Now the text aliases expand into is counted, and a spec past MAX_EXPANDED_CHARS is refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasedThoughtYaml } from '../../scripts/lib/hostile.mjs';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-06-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 6: aliases of a big touchpoint', () => {
  it('is refused at the first alias, within bounds', () => {
    writeFileSync(join(dir, 'map.yaml'), aliasedThoughtYaml(99, 200_000));
    const run = runMeasured(['build', 'map.yaml', '-f', 'html,pdf', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^map\.yaml:9:9: error alias-limit: aliases here expand into more than 5,242,880 characters of text/m);
  });
});
