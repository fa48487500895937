// Project defaults for build / check / watch: `cjm.config.yaml` in the working folder, or a `cjm`
// key in its package.json. The caller's values (command-line flags) win over it (see settings.ts).
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { checkConfig } from './config-check.js';
import type { ConfigValues, Located } from './config-check.js';
import { readSpecFile } from '../io/read-spec.js';

export type { ConfigValues } from './config-check.js';

export interface LoadedConfig {
  /** The file the values came from, as messages show it; undefined when there is none. */
  file?: string;
  values: ConfigValues;
  /** One line per mistake, already prefixed with file:line:col. */
  problems: string[];
}

export const CONFIG_FILES = ['cjm.config.yaml', 'cjm.config.yml'] as const;

/** The config's text; a config that is a symlink out of its folder, or not a regular file, is refused unread (as specs are). */
const readText = async (path: string): Promise<string | undefined | { refused: string }> => {
  const read = await readSpecFile(path, dirname(path));
  return read.ok ? read.text : read.unsafe ? { refused: read.reason } : undefined;
};

function fromYaml(text: string, file: string): { entries: Located[]; problems: string[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = (offset = 0): string => {
    const { line, col } = counter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (doc.errors.length > 0) return { entries: [], problems: doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`) };
  if (doc.contents === null) return { entries: [], problems: [] };
  if (!isMap(doc.contents))
    return { entries: [], problems: [`${at(doc.contents.range?.[0])}: expected a mapping of settings (include, outDir, formats, theme, font)`] };
  const start = (node: unknown): number | undefined => (isNode(node) ? node.range?.[0] : undefined);
  const entries = doc.contents.items.map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    value: isNode(pair.value) ? (pair.value.toJSON() as unknown) : pair.value,
    keyAt: at(start(pair.key)),
    valueAt: at(start(pair.value) ?? start(pair.key)),
  }));
  return { entries, problems: [] };
}

function fromPackageJson(text: string, file: string): { entries: Located[]; problems: string[] } | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return undefined; // not ours to report; npm will
  }
  const section = (pkg as { cjm?: unknown } | null)?.cjm;
  if (section === undefined) return undefined;
  if (typeof section !== 'object' || section === null || Array.isArray(section))
    return { entries: [], problems: [`${file}: "cjm" must be an object of settings`] };
  const entries = Object.entries(section).map(([key, value]) => ({ key, value, keyAt: `${file}: cjm.${key}`, valueAt: `${file}: cjm.${key}` }));
  return { entries, problems: [] };
}

/** Paths in the config are relative to its folder; commands work relative to cwd. */
function rebase(values: ConfigValues, configDir: string, cwd: string): ConfigValues {
  const prefix = relative(cwd, configDir).split(sep).join('/');
  if (prefix === '') return values;
  const glob = (g: string): string => (g.startsWith('/') ? g : posix.join(prefix, g));
  const path = (p: string | undefined): string | undefined => (p === undefined ? undefined : resolve(configDir, p));
  return {
    ...values,
    include: values.include?.map(glob),
    exclude: values.exclude?.map(glob),
    outDir: path(values.outDir),
    font: path(values.font),
  };
}

/** `explicit` is --config; otherwise cjm.config.yaml / .yml, then package.json, in cwd. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const candidates = explicit ? [explicit] : [...CONFIG_FILES, 'package.json'];
  for (const name of candidates) {
    const path = resolve(cwd, name);
    const text = await readText(path);
    if (text === undefined) {
      if (explicit) return { values: {}, problems: [`${explicit}: no such file`] };
      continue;
    }
    if (typeof text === 'object') return { values: {}, problems: [`${name}: unsafe-input: ${text.refused}`] };
    const parsed = name.endsWith('package.json') ? fromPackageJson(text, name) : fromYaml(text, name);
    if (!parsed) continue;
    const checked = checkConfig(parsed.entries);
    const problems = [...parsed.problems, ...checked.problems];
    return { file: name, values: rebase(checked.values, dirname(path), cwd), problems };
  }
  return { values: {}, problems: [] };
}
