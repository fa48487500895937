// The settings of a build, check or watch, and how they combine with the config file: a value
// given by the caller (a flag typed on the command line) wins, then cjm.config.yaml (or
// package.json "cjm"), then the default. The CLI turns its flags into SettingsInput.
import { resolve } from 'node:path';
import type { MapView, OutputFormat, PageSize } from '../compile.js';
import type { ThemeName } from '../layout/index.js';
import type { BatchOptions } from './job.js';
import { FORMAT_NAMES, parseFormats } from './config-check.js';
import { loadConfig } from './config.js';
import type { LoadedConfig } from './config.js';
import { expandInputs } from './sources.js';
import { planOutputs } from './plan.js';
import type { PlannedSource } from './plan.js';

/** What the caller asked for; undefined means "not given", so the config file or the default decides. */
export interface SettingsInput {
  /** Files, folders and globs; none means the config's include. */
  files: readonly string[];
  outDir?: string;
  /** Comma-separated output formats, as typed. */
  format?: string;
  theme?: ThemeName;
  page?: PageSize;
  /** Paper sheets portrait instead of landscape (--portrait, config `portrait`). */
  portrait?: boolean;
  font?: string;
  author?: string;
  /** SVG: the map's id/class prefix (--id-prefix). */
  idPrefix?: string;
  view?: MapView;
  /** Threads to build on, as typed. */
  jobs?: string;
  /** PNG pixels per SVG px, as typed. */
  scale?: string;
}

/** --scale bounds: below 0.25 text is unreadable; above 8 a one-page map is hundreds of megapixels. */
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 8;

export interface BuildSettings {
  /** Files, folders and globs: the caller's, else the config's include. */
  inputs: string[];
  exclude: string[];
  outDir?: string;
  /** Undefined when neither the caller nor the config chose (build -o then goes by the file's extension). */
  formats?: OutputFormat[];
  options: BatchOptions;
  /** Threads; undefined lets the batch decide. */
  parallel?: number;
}

/** Merges the caller's values over a loaded config. Any problem (one line each) means no settings. */
export function mergeSettings(input: SettingsInput, config: LoadedConfig, cwd: string): { settings?: BuildSettings; problems: string[] } {
  const problems = [...config.problems];
  let formats = config.values.formats;
  if (input.format !== undefined) {
    const parsed = parseFormats(input.format);
    if (parsed.bad.length > 0 || parsed.formats.length === 0)
      problems.push(`unknown output format "${parsed.bad.join(', ') || input.format}"; choose from ${FORMAT_NAMES.join(', ')}`);
    formats = parsed.formats;
  }
  const jobs = input.jobs === undefined ? undefined : Number(input.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) problems.push(`--jobs must be a whole number of 1 or more (got "${input.jobs}")`);
  const scale = input.scale === undefined ? undefined : Number(input.scale);
  if (scale !== undefined && !(input.scale!.trim() !== '' && scale >= MIN_SCALE && scale <= MAX_SCALE))
    problems.push(`--scale must be a number from ${MIN_SCALE} to ${MAX_SCALE} (got "${input.scale}")`);
  const inputs = input.files.length > 0 ? [...input.files] : (config.values.include ?? []);
  if (inputs.length === 0) problems.push('no input files: name specs, folders or globs, or set "include" in cjm.config.yaml');
  if (problems.length > 0) return { problems };
  const fontPath = input.font ?? config.values.font;
  const settings: BuildSettings = {
    inputs,
    exclude: config.values.exclude ?? [],
    outDir: input.outDir ?? config.values.outDir,
    formats,
    options: {
      theme: input.theme ?? config.values.theme ?? 'light',
      page: input.page ?? config.values.page ?? 'fit',
      portrait: input.portrait ?? config.values.portrait ?? false,
      fontPath: fontPath === undefined ? undefined : resolve(cwd, fontPath),
      author: input.author,
      ...(scale === undefined ? {} : { scale }),
      ...(config.values.valleyThreshold === undefined ? {} : { valleyThreshold: config.values.valleyThreshold }),
      ...(config.values.rules === undefined ? {} : { rules: config.values.rules }),
      ...(input.idPrefix === undefined ? {} : { idPrefix: input.idPrefix }),
      ...(input.view === undefined ? {} : { view: input.view }),
    },
    parallel: jobs,
  };
  return { settings, problems };
}

/** Loads the config (`configFile`, else the one found in `cwd`) and merges `input` over it. */
export async function loadSettings(input: SettingsInput, cwd: string, configFile?: string): Promise<{ settings?: BuildSettings; problems: string[] }> {
  return mergeSettings(input, await loadConfig(cwd, configFile), cwd);
}

/** The sources the settings name and where their outputs go; any problem (usage error) means none. */
export async function planBuild(settings: BuildSettings, cwd: string): Promise<{ planned?: PlannedSource[]; problems: string[] }> {
  const { sources, problems } = await expandInputs(settings.inputs, cwd, settings.exclude);
  const plan = planOutputs(sources, settings.formats ?? ['svg'], settings.outDir, cwd);
  return { planned: plan.problems.length > 0 ? undefined : plan.planned, problems: [...problems, ...plan.problems] };
}
