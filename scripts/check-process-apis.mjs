// Only src/cli may end the process, kill it or trap its signals: the library runs inside other
// people's programs. dependency-cruiser sees imports, not calls, so this looks for the calls.
// Exits 1 and lists every use outside src/cli. Run by `npm run deps`; a test passes another root.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
/** process.exit(, process.kill(, process.on/once('SIGINT'…), also with spaces or double quotes. */
const FORBIDDEN = /\bprocess\s*\.\s*(?:exit\s*\(|kill\s*\(|(?:on|once|addListener|prependListener)\s*\(\s*['"`]SIG)/;

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.[cm]?ts$/.test(e.name) ? [join(dir, e.name)] : []));

const found = [];
for (const file of files(SRC)) {
  const rel = relative(ROOT, file).split(sep).join('/');
  if (rel.startsWith('src/cli/')) continue;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (FORBIDDEN.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
    });
}
if (found.length > 0) {
  process.stderr.write(`process-level calls belong in src/cli only:\n${found.map((f) => `  ${f}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('✔ no process.exit / process.kill / signal handlers outside src/cli\n');
