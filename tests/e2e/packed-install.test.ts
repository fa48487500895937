// The package as a maps repository gets it: `npm pack`, install the tarball into an empty project
// (dependencies from the registry or npm's cache), then `npx cjm build` a Chinese PDF there. Checks the
// install footprint (≤ 60 MB, README "Install") and that the PDF embeds the vendored CJK font, read
// through the bundled pdf engine: the project has no pdfkit, fontkit or font package of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const LIMIT_BYTES = 60 * 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'cjm-packed-'));
const project = join(work, 'maps-repo');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, NO_COLOR: '1' } });

/** Bytes of every file under `dir` (symlinks not followed). */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(path);
    else total += lstatSync(path).size;
  }
  return total;
}

describe('the packed tarball, installed into an empty project', () => {
  beforeAll(() => {
    // `npm pack` runs `prepare` (the full build), as publishing does.
    const tarball = npm(['pack', '--pack-destination', work], ROOT).trim().split('\n').pop()!;
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'maps-repo', version: '1.0.0', private: true }));
    npm(['install', '--save-dev', join(work, tarball)], project);
  }, 900_000);

  it('takes 60 MB or less of node_modules, with no pdfkit, fontkit or font package', () => {
    const bytes = sizeOf(join(project, 'node_modules'));
    expect(bytes).toBeLessThanOrEqual(LIMIT_BYTES);
    for (const name of ['pdfkit', 'fontkit', 'ajv', '@expo-google-fonts']) expect(existsSync(join(project, 'node_modules', name))).toBe(false);
  });

  it('builds a Chinese PDF with npx cjm, embedding Noto Sans TC from the package', () => {
    const spec = readFileSync(join(ROOT, 'examples/skincare-zh.yaml'), 'utf8').replace(/^# yaml-language-server.*\n/, '');
    writeFileSync(join(project, 'x.yaml'), spec);
    execFileSync('npx', ['--no-install', 'cjm', 'build', 'x.yaml', '-f', 'pdf', '--quiet'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    const pdf = join(project, 'x.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    // name, type, encoding, emb, sub, uni: both weights embedded (subset) from the vendored files.
    expect(fonts).toMatch(/\+NotoSansTC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(fonts).toMatch(/\+NotoSansTC-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    // And the text is real, extractable Chinese.
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('看到 IG 廣告');
  });
});
