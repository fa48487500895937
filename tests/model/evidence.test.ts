// Footnote numbers: a source's place in `sources:`, built once per journey (renderers ask at every item).
import { describe, expect, it } from 'vitest';
import { citedNumbers, citedSources, sourceNumbers } from '../../src/model/evidence.js';
import type { Source } from '../../src/model/journey.js';

const sources: Source[] = [
  { id: 'survey', kind: 'survey' },
  { id: 'logs', kind: 'support-tickets' },
];

describe('evidence', () => {
  it('numbers sources by their place, and cites each once, ascending, skipping unknown ids', () => {
    expect([...sourceNumbers({ sources })]).toEqual([
      ['survey', 1],
      ['logs', 2],
    ]);
    expect(citedNumbers(['logs', 'nope', 'survey', 'logs'], sourceNumbers({ sources }))).toEqual([1, 2]);
    expect(citedSources(['logs'], { sources }).map((s) => s.id)).toEqual(['logs']);
  });

  it('builds the table once per journey, not once per question', () => {
    const journey = { sources };
    expect(sourceNumbers(journey)).toBe(sourceNumbers(journey));
    expect(sourceNumbers({ sources: [...sources] })).not.toBe(sourceNumbers(journey));
  });
});
