// The spec reader's rules: regular files whose real path stays in the folder being built.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSpecFile, rootForNamedFile } from '../../src/io/read-spec.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-read-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const maps = join(dir, 'maps');
mkdirSync(join(maps, 'sub'), { recursive: true });
writeFileSync(join(maps, 'a.yaml'), 'title: A\n');
writeFileSync(join(maps, 'sub', 'b.yaml'), 'title: B\n');
writeFileSync(join(dir, 'outside.yaml'), 'title: SECRET\n');
writeFileSync(join(maps, 'notes.env'), 'SECRET\n');
symlinkSync('sub/b.yaml', join(maps, 'inside.yaml'));
symlinkSync('../outside.yaml', join(maps, 'out.yaml'));
symlinkSync('notes.env', join(maps, 'env.yaml'));
symlinkSync('/dev/zero', join(maps, 'zero.yaml'));
execFileSync('mkfifo', [join(maps, 'pipe.yaml')]);

describe('readSpecFile', () => {
  it('reads regular files and symlinks that stay inside', async () => {
    expect(await readSpecFile(join(maps, 'a.yaml'), maps)).toEqual({ ok: true, text: 'title: A\n' });
    expect(await readSpecFile(join(maps, 'inside.yaml'), maps)).toEqual({ ok: true, text: 'title: B\n' });
  });

  it.each(['out.yaml', 'env.yaml', 'zero.yaml', 'pipe.yaml'])('refuses %s by name without reading it', async (name) => {
    const read = await readSpecFile(join(maps, name), maps);
    expect(read).toMatchObject({ ok: false, unsafe: true });
    expect(JSON.stringify(read)).not.toContain('SECRET');
  });

  it('a named file may link within its own folder only', async () => {
    const root = rootForNamedFile(join(maps, 'out.yaml'));
    expect(root).toBe(maps);
    expect(await readSpecFile(join(maps, 'out.yaml'), root)).toMatchObject({ ok: false, unsafe: true });
    expect(await readSpecFile(join(dir, 'outside.yaml'), rootForNamedFile(join(dir, 'outside.yaml')))).toMatchObject({ ok: true });
  });

  it('reports a missing file as an ordinary error', async () => {
    expect(await readSpecFile(join(maps, 'nope.yaml'), maps)).toMatchObject({ ok: false, unsafe: false });
  });
});
