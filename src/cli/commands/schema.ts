// `cjm schema`: print the JSON Schema of the spec format (for editors and other tools).
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { journeyJsonSchemaText } from '../../model/json-schema.js';

export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of journey specs')
    .addHelpText('after', '\nExample:\n  $ cjm schema > journey.schema.json')
    .action(() => {
      ctx.stdout.write(journeyJsonSchemaText());
    });
}
