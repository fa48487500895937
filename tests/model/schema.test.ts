// schemas/journey.schema.json is generated from the zod model: it must not drift, every field must
// carry hover help, and the JSON Schema and zod must agree on what is valid.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { journeyJsonSchema, journeyJsonSchemaText } from '../../src/model/json-schema.js';
import { parseSource } from '../../src/parse/index.js';
import { validate } from '../../src/validate/index.js';

const committed = readFileSync(new URL('../../schemas/journey.schema.json', import.meta.url), 'utf8');
const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

// allowUnionTypes: metric values are `type: [number, string]`.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const schemaValid = ajv.compile(journeyJsonSchema());

const zodValid = (text: string): boolean => {
  const parsed = parseSource(text, { file: 'x.yaml' });
  if (!parsed.source) return false;
  return validate(parsed.source).journey !== undefined;
};

type Json = Record<string, unknown>;
/** Every schema that describes a named field: object properties, record keys and values, tuple items. */
function fields(schema: Json, path: string, out: [string, Json][] = []): [string, Json][] {
  const children: [string, unknown][] = [
    ...Object.entries((schema.properties as Json | undefined) ?? {}),
    ...(schema.additionalProperties && typeof schema.additionalProperties === 'object' ? [['<value>', schema.additionalProperties] as [string, unknown]] : []),
    ...(schema.propertyNames ? [['<key>', schema.propertyNames] as [string, unknown]] : []),
    ...((schema.prefixItems as unknown[] | undefined) ?? []).map((s, i) => [`[${i}]`, s] as [string, unknown]),
  ];
  for (const [name, child] of children) {
    out.push([`${path}.${name}`, child as Json]);
    fields(child as Json, `${path}.${name}`, out);
  }
  for (const key of ['items', 'anyOf'] as const) {
    const sub = schema[key];
    if (Array.isArray(sub))
      sub.forEach((s, i) => {
        fields(s as Json, `${path}|${i}`, out);
      });
    else if (sub && typeof sub === 'object') fields(sub as Json, `${path}[]`, out);
  }
  return out;
}

describe('JSON Schema', () => {
  it('the committed file is what the model generates (run npm run schema if this fails)', () => {
    expect(committed).toBe(journeyJsonSchemaText());
  });

  it('is draft 2020-12 with an $id and a title', () => {
    const schema = journeyJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^[a-z]+:/);
    expect(schema.title).toBeTruthy();
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
  });

  it('gives every field a description (editor hover help)', () => {
    const all = fields(journeyJsonSchema(), '$');
    expect(all.length).toBeGreaterThan(40);
    const missing = all.filter(([, s]) => typeof s.description !== 'string' || s.description === '').map(([n]) => n);
    expect(missing).toEqual([]);
  });

  for (const file of examples) {
    it(`examples/${file} is valid against it`, () => {
      const data = parse(readFileSync(new URL(file, EXAMPLES), 'utf8'));
      const ok = schemaValid(data);
      expect(schemaValid.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  const base = 'title: T\nstages:\n  - id: a\n    touchpoints:\n      - name: x\n        emotion: 1\n';
  const invalid: Record<string, string> = {
    'no title': base.replace('title: T\n', ''),
    'an unknown key': base.replace('emotion: 1', 'emotoin: 1'),
    'an emotion that is text': base.replace('emotion: 1', 'emotion: high'),
    'a colour that is not #rrggbb': `channels:\n  web: {color: blue}\n${base}`,
    'an id with spaces': base.replace('id: a', 'id: a b'),
    'an emotionScale of three numbers': `emotionScale: [1, 2, 3]\n${base}`,
    'a fractional emotionScale': `emotionScale: [0.5, 2]\n${base}`,
    'no stages': 'title: T\nstages: []\n',
    'an unknown map type': `type: journey\n${base}`,
    'a timescale range without an end': `timescale: {start: "2025-01-01"}\n${base}`,
  };
  it('the base of the invalid cases is valid for both', () => {
    expect(schemaValid(parse(base))).toBe(true);
    expect(zodValid(base)).toBe(true);
  });
  for (const [what, text] of Object.entries(invalid)) {
    it(`rejects ${what}, as zod does`, () => {
      expect(schemaValid(parse(text))).toBe(false);
      expect(zodValid(text)).toBe(false);
    });
  }
});
