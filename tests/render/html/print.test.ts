// The HTML page's print rules (src/render/html/print.ts, styles.ts): whatever the map's theme or the
// reader's colour scheme, paper gets the light sheets on white. A dark map printed as it shows on
// screen would be a page of toner that is hard to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { themes } from '../../../src/layout/theme.js';
import { PALETTES } from '../../../src/render/html/styles.js';
import { ROOT } from '../../helpers/cli.js';

const spec = readFileSync(join(ROOT, 'examples', 'long-term-care-zh.yaml'), 'utf8');

/** The bodies of the page's `@media print{…}` blocks. */
function printRules(html: string): string {
  const out: string[] = [];
  for (let at = html.indexOf('@media print{'); at >= 0; at = html.indexOf('@media print{', at + 1)) {
    let depth = 0;
    let i = at + '@media print'.length;
    for (; i < html.length; i += 1) {
      if (html[i] === '{') depth += 1;
      else if (html[i] === '}' && --depth === 0) break;
    }
    out.push(html.slice(at, i + 1));
  }
  return out.join('\n');
}

describe('printing the HTML page of a dark map', () => {
  for (const theme of ['dark', 'light'] as const) {
    it(`${theme} theme: the print rules set the light palette on white and show only the sheets`, async () => {
      const html = String((await compile(spec, { file: 'examples/long-term-care-zh.yaml', format: 'html', theme })).outputs.html);
      const rules = printRules(html);
      expect(rules).toContain('color-scheme:light');
      expect(rules).toContain(`--bg:${PALETTES.light.bg}`);
      expect(rules).toContain(`--text:${PALETTES.light.text}`);
      expect(rules).not.toContain(PALETTES.dark.bg);
      expect(rules).toMatch(/body\{[^}]*background:#fff/);
      expect(rules).toContain('body>:not(.cjm-print){display:none!important}');
      // The sheets themselves are the light map: its background, none of the dark theme's.
      const section = html.slice(html.indexOf('<section class="cjm-print"'), html.indexOf('</section>', html.indexOf('<section class="cjm-print"')));
      expect(section).toContain(`<svg class="cjm-sheet"`);
      expect(section).toContain(`fill="${themes.light.background}"`);
      expect(section.toLowerCase()).not.toContain(themes.dark.background.toLowerCase());
    });
  }
});
