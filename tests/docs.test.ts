// The docs match the code: every src/ and tests/ path docs/ARCHITECTURE.md names exists, and the
// README's development table lists exactly the npm scripts package.json has.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (rel: string): string => readFileSync(new URL(`../${rel}`, import.meta.url), 'utf8');
const exists = (rel: string): boolean => existsSync(new URL(`../${rel}`, import.meta.url));

/** `src/render/{svg,html}` → `src/render/svg`, `src/render/html`. */
const expandBraces = (path: string): string[] => {
  const m = /^(.*)\{([^{}]*)\}(.*)$/.exec(path);
  return m ? m[2]!.split(',').flatMap((alt) => expandBraces(`${m[1]}${alt}${m[3]}`)) : [path];
};

function pathsNamedIn(markdown: string): string[] {
  const found = [...markdown.matchAll(/\b(?:src|tests)\/[\w.{},/-]*[\w}]/g)].flatMap((m) => expandBraces(m[0]));
  return [...new Set(found.map((p) => p.replace(/[/.]+$/, '')))].sort();
}

function scriptsListedIn(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Development'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| command |')));
  return [...table.matchAll(/^\| `npm (?:run )?([\w:-]+)`/gm)].map((m) => m[1]!).sort();
}

describe('docs/ARCHITECTURE.md', () => {
  const paths = pathsNamedIn(read('docs/ARCHITECTURE.md'));

  it('names files and folders (so the check below checks something)', () => {
    expect(paths.length).toBeGreaterThan(30);
    expect(pathsNamedIn('see `src/render/{svg,pdf}` and tests/helpers/cli.ts.')).toEqual(['src/render/pdf', 'src/render/svg', 'tests/helpers/cli.ts']);
  });

  it('names only src/ and tests/ paths that exist', () => {
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });
});

describe('README development table', () => {
  it('lists every npm script, and only those', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts).sort();
    expect(scriptsListedIn(read('README.md'))).toEqual(scripts);
  });
});
