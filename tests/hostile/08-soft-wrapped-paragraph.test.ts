// Finding 8: one Markdown paragraph of 80,000 soft-wrapped lines took 15 s (160,000: 53 s): each
// line was joined by reading the end of the whole paragraph. Now only the last line is read; the
// paragraph is then refused as too long for one text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { softWrapMarkdown } from '../../scripts/lib/hostile.mjs';
import { readBlocks } from '../../src/parse/markdown/blocks.js';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-08-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 8: a paragraph of 160,000 soft-wrapped lines', () => {
  it('is refused as too long, at the paragraph, within bounds', () => {
    writeFileSync(join(dir, 'map.md'), softWrapMarkdown(160_000));
    const run = runMeasured(['build', 'map.md', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^map\.md:7:1: error text-too-long: description is 1,599,999 characters long/m);
  });

  it('still joins lines as a reader sees them (a space, none between CJK)', () => {
    const blocks = readBlocks(['one', 'two', '三', '四', '𠀀', '五'], 1);
    expect(blocks.map((b) => b.content.text)).toEqual(['one two 三四𠀀五']);
  });
});
