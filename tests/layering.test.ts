// `npm run deps` fires: the dependency-cruiser rules on a planted violation, and the process-API
// check (dependency-cruiser cannot see calls), which names file and line when library code outside
// src/cli ends the process or traps signals.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    writeFileSync(
      join(dir, 'src', 'batch', 'bad.ts'),
      'const a = 1;\nprocess.on("SIGTERM", stop);\nprocess.kill(process.pid, \'SIGINT\');\nprocess.exitCode = 1;\n',
    );
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/batch/bad.ts:2:');
    expect(result.stderr).toContain('src/batch/bad.ts:3:');
    expect(result.stderr).not.toContain('bad.ts:4:');
    expect(result.stderr).not.toContain('src/cli/');
  });
});

describe('dependency-cruiser rules', () => {
  it('fail on parse importing validate, on a folder cycle and on the package entry importing the CLI', () => {
    const project = join(dir, 'cruise');
    const write = (path: string, text: string): void => {
      mkdirSync(join(project, path, '..'), { recursive: true });
      writeFileSync(join(project, path), text);
    };
    write('tsconfig.json', '{"compilerOptions":{"module":"NodeNext","moduleResolution":"NodeNext","strict":true}}');
    write('src/parse/a.ts', "import { b } from '../validate/b.js';\nexport const a = b;\n");
    write('src/validate/b.ts', 'export const b = 1;\n');
    write('src/layout/c.ts', "import { d } from '../analyse/d.js';\nexport const c = 1 + d;\n");
    write('src/analyse/d.ts', "import { c } from '../layout/c.js';\nexport const d = () => c;\n");
    write('src/cli/main.ts', 'export const main = 1;\n');
    write('src/index.ts', "export { a } from './parse/a.js';\nexport { main } from './cli/main.js';\n");
    copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(project, '.dependency-cruiser.cjs'));
    const bin = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
    const result = spawnSync(process.execPath, [bin, 'src', '--config', '.dependency-cruiser.cjs'], { cwd: project, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('parse-not-validate: src/parse/a.ts → src/validate/b.ts');
    expect(result.stdout).toContain('only-cli-imports-cli: src/index.ts → src/cli/main.ts');
    expect(result.stdout).toContain('no-folder-cycles: src/analyse');
  });
});
