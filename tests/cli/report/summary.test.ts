// The last line of a batch: counts that add up, and no claim about maps that could not be checked.
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../../src/cli/report/summary.js';
import type { JobResult } from '../../../src/batch/job.js';

const ok = (id: number): JobResult => ({
  id,
  file: `m${id}.yaml`,
  failed: false,
  diagnostics: [],
  outputs: [{ format: 'svg', path: `/o/m${id}.svg`, shown: `o/m${id}.svg`, status: 'current' }],
});
const broken = (id: number): JobResult => ({ id, file: `m${id}.yaml`, failed: true, diagnostics: [], outputs: [] });

describe('check summary line', () => {
  it('says "all up to date" only when every map was checked', () => {
    expect(summaryLine({ command: 'check', results: [ok(1), ok(2)], orphans: [], seconds: 0.1 })).toBe('checked 2 maps (2 files) in 0.1 s: all up to date');
    expect(summaryLine({ command: 'check', results: [ok(1), broken(2)], orphans: [], seconds: 0.1 })).toBe(
      'checked 1 map (1 file) in 0.1 s: up to date, 1 failed',
    );
  });
});
