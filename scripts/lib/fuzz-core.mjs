// The fuzz harness's engine, shared by `npm run fuzz` (scripts/fuzz.mjs) and the seeded slice in
// tests/fuzz/fuzz.test.ts: mutates the example specs (bytes, lines, Unicode, nesting, aliases) and
// compiles each mutant in-process with both parsers and every renderer. Any exception escaping
// compile() is a crash (compile must turn all bad input into diagnostics). Deterministic per seed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator, so every input can be rebuilt from its seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadExamples(root) {
  const dir = join(root, 'examples');
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|md)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const UNICODE = [
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u202E',
  '\uD83D\uDE00',
  '\uD800',
  '\u0301',
  '表',
  '𠀀',
  '\t',
  '\r',
  '\r\n',
  '"',
  "'",
  '&',
  '*',
  '<',
  '>',
  '#',
  '{',
  '}',
  '[',
  ']',
  ':',
  '- ',
  '---',
  '|',
  '>-',
  '!!binary',
  '%',
  '@',
  '`',
  '\\',
  '🙂',
  '😣',
  'ﾟ',
];
const TOKENS = [
  '&a ',
  '*a',
  '<<: *a',
  '{',
  '}',
  '[',
  ']',
  ', ',
  ': ',
  '- ',
  '? ',
  '!!str ',
  '!tag ',
  '~',
  'null',
  '.inf',
  '-.nan',
  '1e999',
  '0x1F',
  '9'.repeat(40),
  '## ',
  '### ',
  '- emotion: ',
  '{#id}',
  '<!-- ',
  ' -->',
  '```',
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const int = (r, n) => Math.floor(r() * n);

/** One mutation of `text`; `r` decides which and where. */
function mutateOnce(text, r) {
  const lines = text.split('\n');
  const at = int(r, text.length + 1);
  switch (int(r, 12)) {
    case 0: // flip a byte (as a code unit)
      return text.slice(0, at) + String.fromCharCode(int(r, 128)) + text.slice(at + 1);
    case 1: // insert odd Unicode
      return text.slice(0, at) + pick(r, UNICODE) + text.slice(at);
    case 2: // insert a YAML / Markdown token
      return text.slice(0, at) + pick(r, TOKENS) + text.slice(at);
    case 3: {
      // delete a stretch
      const len = int(r, 40);
      return text.slice(0, at) + text.slice(at + len);
    }
    case 4: {
      // duplicate a line
      const i = int(r, lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 5: {
      // delete a line
      lines.splice(int(r, lines.length), 1);
      return lines.join('\n');
    }
    case 6: {
      // swap two lines
      const i = int(r, lines.length);
      const j = int(r, lines.length);
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    }
    case 7: {
      // re-indent a line
      const i = int(r, lines.length);
      lines[i] = ' '.repeat(int(r, 12)) + (lines[i] ?? '').trimStart();
      return lines.join('\n');
    }
    case 8: {
      // nest: wrap a value in many brackets
      const depth = 1 + int(r, 200);
      return `${text.slice(0, at)}${'['.repeat(depth)}x${']'.repeat(depth)}${text.slice(at)}`;
    }
    case 9: {
      // anchor a line's value and alias it elsewhere
      const i = int(r, lines.length);
      const j = int(r, lines.length);
      lines[i] = (lines[i] ?? '').replace(/: (.+)$/, ': &m $1');
      lines[j] = (lines[j] ?? '').replace(/: (.+)$/, ': *m');
      return lines.join('\n');
    }
    case 10: {
      // repeat a line many times (large, same-named input)
      const i = int(r, lines.length);
      lines.splice(i, 0, ...Array.from({ length: 1 + int(r, 300) }, () => lines[i] ?? ''));
      return lines.join('\n');
    }
    default: {
      // long text
      return text.slice(0, at) + 'x'.repeat(int(r, 20_000)) + text.slice(at);
    }
  }
}

/** The mutant for `seed`: an example, mutated 1-8 times. */
export function mutant(examples, seed) {
  const r = rng(seed);
  const base = examples[int(r, examples.length)];
  let text = base.text;
  const steps = 1 + int(r, 8);
  for (let i = 0; i < steps; i += 1) text = mutateOnce(text, r);
  return { name: base.name, text };
}

const FORMATS = ['svg', 'html', 'json', 'pdf'];

/**
 * Compiles one mutant as YAML and as Markdown into every format. Returns what happened; `crash`
 * holds the message of any exception that escaped compile().
 */
export async function runOne(compile, examples, seed) {
  const { name, text } = mutant(examples, seed);
  const started = process.cpuUsage();
  const result = { seed, name, bytes: text.length, crash: undefined, ok: 0, cpuMs: 0 };
  for (const inputFormat of ['yaml', 'md']) {
    try {
      const r = await compile(text, { file: `fuzz-${seed}.${inputFormat}`, inputFormat, format: FORMATS });
      if (r.ok) result.ok += 1;
    } catch (err) {
      result.crash = `${inputFormat}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
      break;
    }
  }
  const used = process.cpuUsage(started);
  result.cpuMs = (used.user + used.system) / 1000;
  return result;
}
