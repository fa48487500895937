// Standard input has no file name: Markdown is recognised by its headings, everything else is YAML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFromText } from '../../src/parse/index.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

describe('formatFromText', () => {
  it('recognises every Markdown example and every YAML example', () => {
    for (const name of ['skincare-zh.md', 'long-term-care-zh.md', 'saas-trial-en.md', 'event-platform-zh.md'])
      expect(formatFromText(example(name)), name).toBe('md');
    for (const name of ['skincare-zh.yaml', 'hotel-blueprint-en.yaml', 'saas-trial-en.yaml', 'event-platform-zh.yaml'])
      expect(formatFromText(example(name)), name).toBe('yaml');
  });

  it('reads # lines in YAML as comments, not headings', () => {
    expect(formatFromText('# Checkout journey\n## Notes\ntitle: T\nstages: []\n')).toBe('yaml');
    expect(formatFromText('---\ntitle: T\n---\nstages: []\n## S\n')).toBe('yaml');
    expect(formatFromText('## S\n\nNote: a paragraph with a colon\n')).toBe('md');
  });

  it('takes Markdown with or without front matter, CRLF or BOM', () => {
    expect(formatFromText('## Stage\n\n### Touchpoint\n\n- emotion: 1\n')).toBe('md');
    expect(formatFromText('\uFEFF---\r\ntitle: T\r\n---\r\n\r\n## S\r\n')).toBe('md');
  });

  it('falls back to YAML for anything else', () => {
    for (const text of ['', 'title: T\n', '{title: T}', 'just words']) expect(formatFromText(text), text).toBe('yaml');
  });
});
