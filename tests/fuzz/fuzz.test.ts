// A short seeded slice of `npm run fuzz`: mutated examples through both parsers and every renderer,
// in-process. No exception may escape compile(); the seeds are fixed, so a failure is reproducible
// with `npm run fuzz -- --seed S --count 1`. No time assertions here (the harness has them).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExamples, mutant, runOne } from '../../scripts/lib/fuzz-core.mjs';
import { compile } from '../../src/compile.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const examples = loadExamples(ROOT);
const SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i);

describe('fuzz slice', () => {
  it('mutants are deterministic per seed and differ between seeds', () => {
    expect(mutant(examples, 7)).toEqual(mutant(examples, 7));
    expect(mutant(examples, 7).text).not.toBe(mutant(examples, 8).text);
  });

  it.each(SEEDS)('seed %i compiles without an exception escaping', async (seed) => {
    const r = await runOne(compile, examples, seed);
    expect(r.crash, `seed ${seed}`).toBeUndefined();
  });
});
