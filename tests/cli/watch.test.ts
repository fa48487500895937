// `cjm build --watch`: rebuilds what was saved, rides out a broken edit, stops cleanly on Ctrl-C.
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMapRepo } from '../helpers/map-repo.js';
import { spawnCli } from '../helpers/spawn-cli.js';
import type { RunningCli } from '../helpers/spawn-cli.js';
import { ROOT } from '../helpers/cli.js';

let repo: ReturnType<typeof makeMapRepo>;
let cli: RunningCli | undefined;
beforeEach(() => {
  repo = makeMapRepo('cjm-watch-');
});
afterEach(async () => {
  await cli?.stop('SIGKILL');
  repo.cleanup();
});

const spec = (): string => join(repo.dir, 'maps/saas-trial-en.yaml');
const svg = (): string => readFileSync(join(repo.dir, 'docs/saas-trial-en.svg'), 'utf8');
const retitle = (title: string): string => readFileSync(join(ROOT, 'examples/saas-trial-en.yaml'), 'utf8').replace(/^title: .*$/m, `title: ${title}`);

describe('cjm build --watch', () => {
  it('rebuilds only the saved map, keeps the last good output through a broken edit, and exits 0 on Ctrl-C', async () => {
    cli = spawnCli(['build', 'maps', '--out-dir', 'docs', '--watch'], { cwd: repo.dir, env: { CI: 'true' } });
    await cli.waitFor(/watching 4 maps for changes/);
    expect(cli.stderr()).toMatch(/built 4 maps \(4 files, 4 written\)/);

    let mark = cli.mark();
    writeFileSync(spec(), retitle('First edit'));
    await cli.waitFor(/wrote docs\/saas-trial-en\.svg\n/, 15_000, mark);
    expect(svg()).toContain('First edit');

    // Editors save by writing a temporary file and renaming it over the spec.
    mark = cli.mark();
    writeFileSync(`${spec()}.tmp~`, retitle('Saved by rename'));
    renameSync(`${spec()}.tmp~`, spec());
    await cli.waitFor(/wrote docs\/saas-trial-en\.svg\n/, 15_000, mark);
    expect(svg()).toContain('Saved by rename');

    mark = cli.mark();
    writeFileSync(spec(), 'title: [unclosed\n');
    await cli.waitFor(/saas-trial-en\.yaml: not rebuilt; its last good outputs stay/, 15_000, mark);
    expect(cli.stderr().slice(mark)).toMatch(/maps\/saas-trial-en\.yaml:\d+:\d+: error /);
    expect(svg()).toContain('Saved by rename');

    mark = cli.mark();
    writeFileSync(spec(), retitle('Fixed again'));
    await cli.waitFor(/wrote docs\/saas-trial-en\.svg\n/, 15_000, mark);
    expect(svg()).toContain('Fixed again');
    // Only the saved map was rebuilt in these rounds.
    expect(cli.stderr().slice(mark)).not.toMatch(/skincare|hotel|event-platform/);

    mark = cli.mark();
    copyFileSync(join(ROOT, 'examples/skincare-zh.yaml'), join(repo.dir, 'maps/team/new-map.yaml'));
    await cli.waitFor(/wrote docs\/team\/new-map\.svg\n/, 15_000, mark);

    const ended = await cli.stop('SIGINT');
    expect(ended).toEqual({ code: 0, signal: null });
    expect(cli.stderr()).toMatch(/stopped watching\n$/);
    expect(cli.stderr()).not.toMatch(/\n\s+at /);
  });
});
