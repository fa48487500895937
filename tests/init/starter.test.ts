// The starter maps of `cjm init`: they build with no errors or warnings, cover the five classic
// stages and a persona, and the YAML and Markdown forms are the same map.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { DEFAULT_STAGE_IDS } from '../../src/model/schema.js';
import { STARTER_LOCALES, starterMap } from '../../src/init/index.js';

describe('starter maps', () => {
  for (const locale of STARTER_LOCALES) {
    it(`${locale}: YAML and Markdown build cleanly into the same map and SVG`, async () => {
      const yaml = await compile(starterMap('yaml', locale), { file: 'journey.yaml', format: 'svg' });
      const md = await compile(starterMap('md', locale), { file: 'journey.md', format: 'svg' });
      expect(yaml.diagnostics).toEqual([]);
      expect(md.diagnostics).toEqual([]);
      expect(md.journey).toEqual(yaml.journey);
      expect(md.outputs.svg).toBe(yaml.outputs.svg);
      expect(yaml.journey?.stages.map((s) => s.id)).toEqual([...DEFAULT_STAGE_IDS]);
      expect(yaml.journey?.persona?.goals.length).toBeGreaterThan(0);
      expect(yaml.journey?.locale).toBe(locale);
    });

    it(`${locale}: every field of a touchpoint is explained in a comment`, () => {
      for (const format of ['yaml', 'md'] as const) {
        const text = starterMap(format, locale);
        for (const field of ['channel', 'when', 'action', 'thought', 'feeling', 'emotion', 'owner', 'metrics', 'frontstage', 'backstage', 'support', 'emotionScale', 'timescale', 'locale', 'type', 'channels', 'font']) {
          expect(text, `${format}: ${field}`).toContain(field);
        }
      }
    });
  }
});
