// JSON output: the validated, normalised model with its analysis, for other tools.
import type { Analysis } from '../analyse/analysis.js';
import type { Journey } from '../model/journey.js';

export const JSON_OUTPUT_VERSION = 1;

export function toJson(journey: Journey, analysis: Analysis): string {
  return `${JSON.stringify({ cjm: JSON_OUTPUT_VERSION, journey, analysis }, null, 2)}\n`;
}
