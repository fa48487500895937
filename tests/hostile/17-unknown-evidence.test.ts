// Finding 17: 5,000 touchpoints citing a misspelt source among 3,000 declared ones took 55 s to
// validate, and 5,000 on a misspelt channel among 3,000 registered ones 52 s: each unknown id looked
// for a "did you mean" among every declared id, and each check scanned the list. Now ids are looked up in a set, and only the diagnostics that are ever shown
// (the first MAX_DIAGNOSTICS) get a suggestion.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unknownChannelYaml, unknownEvidenceYaml } from '../../scripts/lib/hostile.mjs';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-17-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 17: many references to undeclared sources and channels', () => {
  it('5,000 misspelt evidence ids among 3,000 sources are reported within bounds, the first with a suggestion', () => {
    writeFileSync(join(dir, 'map.yaml'), unknownEvidenceYaml(5_000));
    const run = runMeasured(['validate', 'map.yaml'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^map\.yaml:3006:43: error unknown-source: source "sourze-0" is not declared in this map$/m);
    expect(run.stderr).toContain('hint: did you mean "source-0"?');
  });

  it('5,000 touchpoints on misspelt channels among 3,000 registered ones likewise', () => {
    writeFileSync(join(dir, 'channels.yaml'), unknownChannelYaml(5_000));
    const run = runMeasured(['validate', 'channels.yaml'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^channels\.yaml:3006:\d+: error unknown-channel: channel "chanel-0" is not in the channels registry$/m);
    expect(run.stderr).toContain('hint: did you mean "channel-0"?');
  });
});
