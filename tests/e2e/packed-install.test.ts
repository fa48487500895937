// The package as a maps repository gets it: `npm pack`, install the tarball into an empty project
// (dependencies from the registry or npm's cache), then `npx cjm build` a Chinese PDF there. Checks the
// install footprint (≤ 60 MB, README "Install") and that the PDF embeds the vendored CJK font, read
// through the bundled pdf engine: the project has no pdfkit, fontkit or font package of its own.
// Then a docs page through the cjm/markdown-it entry point, with the site's own markdown-it.
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
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, NO_COLOR: '1' },
  });

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

  it("renders a docs page through cjm/markdown-it with the project's own markdown-it, and ships both plugins with types", () => {
    // After the footprint check: markdown-it is the docs site's, not a dependency of cjm.
    npm(['install', '--save-dev', '--prefer-offline', 'markdown-it@15.0.3'], project);
    writeFileSync(join(project, 'maps.yaml'), readFileSync(join(ROOT, 'examples/skincare-zh.yaml'), 'utf8'));
    writeFileSync(join(project, 'page.md'), '# 旅程\n\n```journey src="maps.yaml"\n```\n\n```journey\ntitle: x\nstages: 3\n```\n');
    writeFileSync(
      join(project, 'render.mjs'),
      [
        "import MarkdownIt from 'markdown-it';",
        "import cjm from 'cjm/markdown-it';",
        "import remark from 'cjm/remark';",
        "import { readFileSync } from 'node:fs';",
        "import { resolve } from 'node:path';",
        'const md = new MarkdownIt().use(cjm);',
        "const [first] = readFileSync('page.md', 'utf8').split('```journey\\ntitle');",
        "console.log(md.render(first, { path: resolve('page.md') }));",
        "try { md.render(readFileSync('page.md', 'utf8'), { path: resolve('page.md') }); } catch (e) { console.log('ERROR ' + e.message.split('\\n')[0]); }",
        "console.log('remark ' + typeof remark);",
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['render.mjs'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(out).toContain('<h1>旅程</h1>');
    expect(out).toMatch(/<title id="cjm-page-0-(cjm-)?title">小芳的天然保養品網購旅程<\/title>/);
    expect(out).toContain('ERROR page.md:8:9: error wrong-type:');
    expect(out).toContain('remark function');
    for (const types of ['markdown-it.d.ts', 'remark.d.ts']) expect(existsSync(join(project, 'node_modules/cjm/dist/plugins', types))).toBe(true);
  });
});
