// The journey-quality settings of cjm.config.yaml (`valleyThreshold`, `rules`) for the commands that
// read one map without building it (validate, report), so they judge a map as `cjm build` does.
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import { loadConfig } from '../batch/config.js';
import type { RuleLevel } from '../model/rules.js';

export interface ProjectDefaults {
  valleyThreshold?: number;
  rules?: Record<string, RuleLevel>;
}

export const CONFIG_OPTION = ['--config <file>', 'settings file (default: cjm.config.yaml, or "cjm" in package.json)'] as const;

/** The config's defaults; undefined (after a usage error) when the config cannot be used. */
export async function projectDefaults(ctx: CliContext, configFile: string | undefined): Promise<ProjectDefaults | undefined> {
  const config = await loadConfig(ctx.cwd, configFile);
  if (config.problems.length > 0) {
    for (const problem of config.problems) ctx.error(problem, EXIT.usage);
    return undefined;
  }
  const { valleyThreshold, rules } = config.values;
  return { ...(valleyThreshold === undefined ? {} : { valleyThreshold }), ...(rules === undefined ? {} : { rules }) };
}
