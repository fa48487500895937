// Project defaults from cjm.config.yaml or package.json, with positioned errors.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/batch/config.js';
import { parseFormats } from '../../src/batch/config-check.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('reads every setting from cjm.config.yaml', async () => {
    writeFileSync(
      join(dir, 'cjm.config.yaml'),
      'include: "maps/**/*.yaml"\nexclude: [maps/drafts/**]\noutDir: docs/maps\nformats: [svg, html]\ntheme: dark\npage: a4\nfont: fonts/x.ttf\n',
    );
    expect(await loadConfig(dir)).toEqual({
      file: 'cjm.config.yaml',
      values: {
        include: ['maps/**/*.yaml'],
        exclude: ['maps/drafts/**'],
        outDir: 'docs/maps',
        formats: ['svg', 'html'],
        theme: 'dark',
        page: 'a4',
        font: 'fonts/x.ttf',
      },
      problems: [],
    });
  });

  it('accepts formats as a comma list, and an empty file', async () => {
    writeFileSync(join(dir, 'cjm.config.yml'), 'formats: svg, json\n');
    expect((await loadConfig(dir)).values).toEqual({ formats: ['svg', 'json'] });
    writeFileSync(join(dir, 'cjm.config.yml'), '# nothing yet\n');
    expect(await loadConfig(dir)).toEqual({ file: 'cjm.config.yml', values: {}, problems: [] });
  });

  it('falls back to the cjm key of package.json, and to nothing', async () => {
    expect(await loadConfig(dir)).toEqual({ values: {}, problems: [] });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x' }));
    expect(await loadConfig(dir)).toEqual({ values: {}, problems: [] });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', cjm: { outDir: 'out', theme: 'mono' } }));
    expect(await loadConfig(dir)).toEqual({ file: 'package.json', values: { outDir: 'out', theme: 'mono' }, problems: [] });
    writeFileSync(join(dir, 'cjm.config.yaml'), 'theme: dark\n');
    expect((await loadConfig(dir)).values).toEqual({ theme: 'dark' });
  });

  it('points at unknown settings and bad values with line and column', async () => {
    writeFileSync(join(dir, 'cjm.config.yaml'), 'theme: neon\nfromats: [svg]\nformats: [svg, gif]\ncolour: red\n');
    expect((await loadConfig(dir)).problems).toEqual([
      'cjm.config.yaml:1:8: theme must be one of light, dark, mono',
      'cjm.config.yaml:2:1: unknown setting "fromats" (did you mean "formats"?)',
      'cjm.config.yaml:3:10: formats must be a list of output formats (svg, html, pdf, png, json)',
      'cjm.config.yaml:4:1: unknown setting "colour" (known: include, exclude, outDir, formats, theme, page, portrait, font, valleyThreshold, rules)',
    ]);
  });

  it('reads valleyThreshold and rules, and points at unknown rules and levels', async () => {
    writeFileSync(join(dir, 'cjm.config.yaml'), 'valleyThreshold: -1\nrules:\n  valley-without-pain: off\n  pain-without-opportunity: error\n');
    expect((await loadConfig(dir)).values).toEqual({ valleyThreshold: -1, rules: { 'valley-without-pain': 'off', 'pain-without-opportunity': 'error' } });
    writeFileSync(join(dir, 'cjm.config.yaml'), 'valleyThreshold: low\nrules:\n  valley-without-pains: off\n  pain-without-opportunity: loud\n');
    expect((await loadConfig(dir)).problems).toEqual([
      'cjm.config.yaml:1:18: valleyThreshold must be a score, e.g. -1 on a [-2, 2] scale',
      'cjm.config.yaml:3:3: unknown rule "valley-without-pains" (known: valley-without-pain, pain-without-opportunity, pain-unaddressed, valley-without-evidence, baseline-valley-unanswered)',
      'cjm.config.yaml:3:3: rule pain-without-opportunity must be one of off, warning, error',
    ]);
  });

  it('reports YAML syntax errors and a non-mapping document', async () => {
    writeFileSync(join(dir, 'cjm.config.yaml'), 'theme: [dark\n');
    expect((await loadConfig(dir)).problems[0]).toMatch(/^cjm\.config\.yaml:\d+:\d+: /);
    writeFileSync(join(dir, 'cjm.config.yaml'), '- svg\n');
    expect((await loadConfig(dir)).problems).toEqual(['cjm.config.yaml:1:1: expected a mapping of settings (include, outDir, formats, theme, font)']);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ cjm: { theme: 3 } }));
    rmSync(join(dir, 'cjm.config.yaml'));
    expect((await loadConfig(dir)).problems).toEqual(['package.json: cjm.theme: theme must be one of light, dark, mono']);
  });

  it('resolves paths in an explicit --config file from its own folder', async () => {
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'maps.yaml'), 'include: ["maps/*.yaml"]\noutDir: out\n');
    expect((await loadConfig(dir, 'conf/maps.yaml')).values).toEqual({ include: ['conf/maps/*.yaml'], outDir: join(dir, 'conf', 'out') });
    expect((await loadConfig(dir, 'conf/none.yaml')).problems).toEqual(['conf/none.yaml: no such file']);
  });
});

describe('parseFormats', () => {
  it('splits, lower-cases, removes duplicates and reports unknown names', () => {
    expect(parseFormats('SVG, html,svg')).toEqual({ formats: ['svg', 'html'], bad: [] });
    expect(parseFormats(['gif', 'png', 'pdf'])).toEqual({ formats: ['png', 'pdf'], bad: ['gif'] });
  });
});
