// `-f png` from the command line: build writes a PNG, `-o -` streams it, `check` notices a stale one,
// `check --strict` knows the PNGs cjm wrote, and --scale is checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-png-'));
  copyFileSync(join(ROOT, 'examples/skincare-zh.yaml'), join(dir, 'skincare.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const size = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];
const svgSize = (svg: string): [number, number] => {
  const m = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  return [Number(m[1]), Number(m[2])];
};

describe('cjm -f png', () => {
  it('build writes a PNG at twice the SVG size, and --scale changes it', () => {
    const built = runCli(['build', 'skincare.yaml', '-f', 'png,svg'], { cwd: dir });
    expect(built.stderr).not.toContain('error');
    expect(built.status).toBe(0);
    const png = readFileSync(join(dir, 'skincare.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [w, h] = svgSize(readFileSync(join(dir, 'skincare.svg'), 'utf8'));
    expect(size(png)).toEqual([Math.round(w * 2), Math.round(h * 2)]);
    expect(runCli(['build', 'skincare.yaml', '-o', 'one.png', '--scale', '1'], { cwd: dir }).status).toBe(0);
    expect(size(readFileSync(join(dir, 'one.png')))).toEqual([Math.round(w), Math.round(h)]);
  });

  it('-o - writes the same PNG bytes to standard output', () => {
    const out = spawnSync(process.execPath, [BIN, 'build', 'skincare.yaml', '-f', 'png', '-o', '-'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(out.status).toBe(0);
    expect(Buffer.compare(out.stdout, readFileSync(join(dir, 'skincare.png')))).toBe(0);
  });

  it('check passes on a fresh PNG and reports it stale after the spec changes', () => {
    expect(runCli(['check', 'skincare.yaml', '-f', 'png'], { cwd: dir }).status).toBe(0);
    const spec = readFileSync(join(dir, 'skincare.yaml'), 'utf8');
    writeFileSync(join(dir, 'skincare.yaml'), spec.replace(/^title: .*$/m, 'title: 小芳的新旅程'));
    const checked = runCli(['check', 'skincare.yaml', '-f', 'png'], { cwd: dir });
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('skincare.png: stale (from skincare.yaml)');
    writeFileSync(join(dir, 'skincare.yaml'), spec);
  });

  it('check --strict lists a PNG cjm wrote whose spec is gone, and leaves other PNGs alone', () => {
    copyFileSync(join(dir, 'skincare.png'), join(dir, 'old.png'));
    writeFileSync(join(dir, 'photo.png'), readFileSync(join(dir, 'skincare.png')).subarray(0, 33));
    const checked = runCli(['check', 'skincare.yaml', '-f', 'png', '--strict'], { cwd: dir });
    expect(checked.stdout).toContain('old.png: no source');
    expect(checked.stdout).not.toContain('photo.png');
    expect(checked.stdout).not.toContain('skincare.png: no source');
  });

  it('config formats can name png', () => {
    const sub = join(dir, 'project');
    rmSync(sub, { recursive: true, force: true });
    runCli(['init', join(sub, 'map.yaml'), '--locale', 'ja'], { cwd: dir });
    writeFileSync(join(sub, 'cjm.config.yaml'), 'include: [map.yaml]\nformats: [png]\n');
    expect(runCli(['build'], { cwd: sub }).status).toBe(0);
    expect(existsSync(join(sub, 'map.png'))).toBe(true);
  });

  it('a bad --scale is a usage error', () => {
    for (const bad of ['0', 'abc', '100', '']) {
      const run = runCli(['build', 'skincare.yaml', '-f', 'png', '--scale', bad], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--scale must be a number from 0.25 to 8');
    }
  });
});
