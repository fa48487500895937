// Writes schemas/journey.schema.json from the zod model (src/model/json-schema.ts).
// esbuild bundles just that module, so the schema can be regenerated even while other parts of
// the tree do not type-check. `--check` exits 1 when the committed file is stale.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'schemas', 'journey.schema.json');
const dir = await mkdtemp(join(tmpdir(), 'cjm-schema-'));
try {
  const outfile = join(dir, 'json-schema.mjs');
  await build({
    entryPoints: [join(root, 'src/model/json-schema.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  const { journeyJsonSchemaText } = await import(pathToFileURL(outfile).href);
  const text = journeyJsonSchemaText();
  if (process.argv.includes('--check')) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error('schemas/journey.schema.json is stale: run npm run schema');
      process.exitCode = 1;
    }
  } else {
    await mkdir(join(root, 'schemas'), { recursive: true });
    await writeFile(target, text);
    console.log('wrote schemas/journey.schema.json');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
