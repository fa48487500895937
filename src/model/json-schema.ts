// The JSON Schema of journey specs, generated from the zod model (the single source of truth) for
// editors (YAML language server hover help and completion) and other tools. `npm run schema`
// writes it to schemas/journey.schema.json; a test fails when the committed file drifts.
import { z } from 'zod';
import { JourneySpecSchema } from './schema.js';

// A URN rather than a URL: the project has no published address yet, and a $id must not point at
// someone else's site. Editors find the file through `# yaml-language-server: $schema=…` instead.
export const JOURNEY_SCHEMA_ID = 'urn:cjm:schema:journey';

export function journeyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(JourneySpecSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
  const { $schema, ...rest } = generated;
  // $schema, $id and title first, so the file reads well; the rest keeps zod's (declaration) order.
  return { $schema, $id: JOURNEY_SCHEMA_ID, title: 'cjm journey map', ...rest };
}

export function journeyJsonSchemaText(): string {
  return `${JSON.stringify(journeyJsonSchema(), null, 2)}\n`;
}
