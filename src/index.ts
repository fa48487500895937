// The cjm library: the same pipeline the CLI runs, one function per step.
//   parse → validate → analyse → layout → render
export { parseSource as parse, formatFromPath } from './parse/index.js';
export type { ParsedSource, InputFormat } from './parse/source.js';
export { validate } from './validate/index.js';
export { analyse, lint } from './analyse/index.js';
export type { Analysis, CurvePoint, Valley, StageStats } from './analyse/analysis.js';
export { layout } from './layout/index.js';
export { layoutOverview, OVERVIEW_WIDTH } from './layout/overview.js';
export type { OverviewOptions } from './layout/overview.js';
export type { ThemeName } from './layout/index.js';
export type * from './layout/scene.js';
export { renderSvg, prefixFrom, normalisePrefix } from './render/svg/index.js';
export type { SvgOptions } from './render/svg/index.js';
export { toJson } from './render/json.js';
export { compile, compileSvgSync, prepare, renderFormats, idPrefixFor, OUTPUT_FORMATS, MAP_VIEWS } from './compile.js';
export { toMarkdown, toYaml } from './convert/index.js';
export type { CompileOptions, CompileResult, MapView, OutputFormat, PageSize, Prepared } from './compile.js';
export type { Diagnostic, Severity, Span } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/format.js';
export { JourneySpecSchema } from './model/schema.js';
export type { JourneySpec } from './model/schema.js';
export type * from './model/journey.js';
export type { Measurer } from './text/measurer.js';

/** HTML and PDF renderers load their dependencies on demand. */
export const renderHtml = async (...args: Parameters<typeof import('./render/html/index.js').renderHtml>) =>
  (await import('./render/html/index.js')).renderHtml(...args);
export const renderPdf = async (...args: Parameters<typeof import('./render/pdf/index.js').renderPdf>) =>
  (await import('./render/pdf/index.js')).renderPdf(...args);

// Building many maps: settings (config file merged under the caller's values), where outputs go,
// the job runner that compiles and writes them, and the watch loop. The CLI is a shell over these.
export { loadConfig, CONFIG_FILES } from './batch/config.js';
export type { LoadedConfig, ConfigValues } from './batch/config.js';
export { loadSettings, mergeSettings, planBuild } from './batch/settings.js';
export type { BuildSettings, SettingsInput } from './batch/settings.js';
export { planOutputs, planSingle, STDOUT } from './batch/plan.js';
export type { PlannedOutput, PlannedSource } from './batch/plan.js';
export { runJob, compileJob, writerFor } from './batch/job.js';
export type { BatchOptions, Job, JobMode, JobResult, OutputStatus, OutputWriter, CompileFn } from './batch/job.js';
export { runAll, runJobs, jobsFor, parallelism } from './batch/run.js';
export type { RunOptions } from './batch/run.js';
export { watchSources } from './batch/watch-loop.js';
export type { WatchOptions } from './batch/watch-loop.js';
