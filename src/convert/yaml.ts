// Journey → YAML spec text, deterministic: keys in schema order, no line folding, emotion scale inline.
import { Document, isSeq } from 'yaml';
import type { Journey } from '../model/journey.js';
import { journeySpec } from './spec.js';

/** YAML text for plain data: one key per line, long strings never folded, `[low, high]` pairs inline. */
export function yamlText(data: Record<string, unknown>): string {
  const doc = new Document(data);
  const scale = doc.get('emotionScale', true);
  if (isSeq(scale)) scale.flow = true;
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

export const toYaml = (journey: Journey): string => yamlText(journeySpec(journey));
