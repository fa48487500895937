// Finding 11: a 20 MB title took 1.86 GB and 11 s (50 MB: 3 GB, 27 s). Now a spec over
// MAX_SPEC_BYTES is refused before it is parsed, and one text over MAX_TEXT_LENGTH after.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { longTitleYaml } from '../../scripts/lib/hostile.mjs';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-11-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 11: a huge title', () => {
  it('a 20 MB title is refused as a spec too large', () => {
    writeFileSync(join(dir, 'map.yaml'), longTitleYaml(20_000_000));
    const run = runMeasured(['build', 'map.yaml', '-f', 'svg,html,pdf', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^map\.yaml:1:1: error spec-too-large: this file is 20,000,059 bytes; cjm reads specs of up to 5,242,880 bytes$/m);
  });

  it('a 4 MB title in Markdown front matter is refused as too long a text', () => {
    writeFileSync(join(dir, 'map.md'), `---\ntitle: ${'標'.repeat(1_000_000)}\n---\n\n## S\n\n### T\n`);
    const run = runMeasured(['build', 'map.md', '-f', 'svg,html,pdf', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^map\.md:2:8: error text-too-long: title is 1,000,000 characters long/m);
  });
});
