// `cjm watch` rebuilds a map when only its baseline changes: which file a spec's `baseline:` names.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOf } from '../../src/batch/watch-loop.js';

describe('baselineOf', () => {
  const spec = resolve('/maps/future.yaml');
  it('resolves the top-level baseline: line from the spec folder, quoted or not, with a comment', () => {
    expect(baselineOf(spec, 'title: x\nbaseline: ./current.yaml\n')).toBe(resolve('/maps/current.yaml'));
    expect(baselineOf(spec, "baseline: '../old/現況.md'  # last quarter\n")).toBe(resolve('/old/現況.md'));
    expect(baselineOf(spec, '---\ntitle: x\nbaseline: "a b.yaml"\n---\n# x\n')).toBe(resolve('/maps/a b.yaml'));
  });
  it('ignores maps without one, and nested keys of that name', () => {
    expect(baselineOf(spec, 'title: x\n')).toBeUndefined();
    expect(baselineOf(spec, 'stages:\n  - baseline: nope.yaml\n')).toBeUndefined();
  });
});
