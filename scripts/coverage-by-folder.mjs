// Prints line, statement, branch and function coverage per src/ folder from the json-summary that
// `vitest run --coverage` writes (coverage/coverage-summary.json, or the path given as argument).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const file = process.argv[2] ?? 'coverage/coverage-summary.json';
const summary = JSON.parse(readFileSync(file, 'utf8'));
const KINDS = ['lines', 'statements', 'branches', 'functions'];
const folders = new Map();
for (const [path, entry] of Object.entries(summary)) {
  if (path === 'total') continue;
  const rel = relative(resolve('src'), path).split('\\').join('/');
  const folder = rel.includes('/') ? `src/${rel.slice(0, rel.lastIndexOf('/'))}` : 'src';
  const acc = folders.get(folder) ?? Object.fromEntries(KINDS.map((k) => [k, { covered: 0, total: 0 }]));
  for (const k of KINDS) {
    acc[k].covered += entry[k].covered;
    acc[k].total += entry[k].total;
  }
  folders.set(folder, acc);
}
const pct = (c) => (c.total === 0 ? '100.0' : ((100 * c.covered) / c.total).toFixed(1)).padStart(6);
const rows = [...folders].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(6, ...rows.map(([f]) => f.length));
console.log(`${'folder'.padEnd(width)}  ${KINDS.map((k) => k.padStart(12)).join('')}`);
for (const [folder, acc] of rows) console.log(`${folder.padEnd(width)}  ${KINDS.map((k) => `${pct(acc[k])}%`.padStart(12)).join('')}`);
console.log(`${'total'.padEnd(width)}  ${KINDS.map((k) => `${pct(summary.total[k])}%`.padStart(12)).join('')}`);
