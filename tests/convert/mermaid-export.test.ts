// Exporting a map with several personas to Mermaid, whose tasks have one score each: the first
// persona scored on a touchpoint gives the score, and the actors are the personas with that score.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { parseMermaidJourney, toMermaid } from '../../src/convert/mermaid/index.js';

const journeyOf = (spec: Record<string, unknown>) => prepare(stringify(spec), { file: 'x.yaml' }).prepared!.journey;

describe('toMermaid with several personas', () => {
  const journey = journeyOf({
    title: '門診',
    personas: [
      { id: 'mom', name: '林媽媽' },
      { id: 'grandpa', name: '林阿公, 80' },
    ],
    stages: [
      {
        name: '看診',
        touchpoints: [
          { name: '掛號', emotion: { mom: 1, grandpa: -1 }, owner: '櫃台' },
          { name: '候診', emotion: { grandpa: -2 } },
          { name: '領藥', emotion: { mom: 0, grandpa: 0 } },
          { name: '回家', emotion: 2 },
          { name: '複診', emotion: {} },
        ],
      },
    ],
  });

  it('scores each task for the first persona scored there, with the personas of that score as actors', () => {
    const back = parseMermaidJourney(toMermaid(journey), 'x.mmd');
    expect(back.diagnostics).toEqual([]);
    expect(back.journey!.sections[0]!.tasks).toEqual([
      { name: '掛號', score: 4, actors: ['林媽媽', '櫃台'] },
      { name: '候診', score: 1, actors: ['林阿公, 80'] },
      { name: '領藥', score: 3, actors: ['林媽媽', '林阿公, 80'] },
      { name: '回家', score: 5, actors: ['林媽媽', '林阿公, 80'] },
      { name: '複診', score: 3, actors: [] },
    ]);
  });

  it('leaves a map with one persona as before: owners as actors', () => {
    const one = journeyOf({
      title: 'T',
      persona: { id: 'mom', name: 'Mom' },
      stages: [{ name: 'S', touchpoints: [{ name: 'A', emotion: { mom: -2 }, owner: 'Desk' }] }],
    });
    expect(toMermaid(one)).toContain('    A: 1: Desk\n');
  });
});
