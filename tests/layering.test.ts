// The process-API half of `npm run deps` (dependency-cruiser cannot see calls): it passes on src/
// and fails, naming file and line, when library code outside src/cli ends the process or traps signals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const SCRIPT = join(ROOT, 'scripts', 'check-process-apis.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'cjm-layering-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-process-apis', () => {
  it('passes on src/ as it is', () => {
    expect(run().status).toBe(0);
  });

  it('fails on process.exit, process.kill and signal handlers outside src/cli, not inside it', () => {
    mkdirSync(join(dir, 'src', 'batch'), { recursive: true });
    mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
    writeFileSync(join(dir, 'src', 'cli', 'ok.ts'), "process.on('SIGINT', stop);\nprocess.exit(1);\n");
    writeFileSync(join(dir, 'src', 'batch', 'bad.ts'), "const a = 1;\nprocess.on(\"SIGTERM\", stop);\nprocess.kill(process.pid, 'SIGINT');\nprocess.exitCode = 1;\n");
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/batch/bad.ts:2:');
    expect(result.stderr).toContain('src/batch/bad.ts:3:');
    expect(result.stderr).not.toContain('bad.ts:4:');
    expect(result.stderr).not.toContain('src/cli/');
  });
});
