// The whole pipeline in one call: source text → diagnostics and rendered outputs.
// The CLI and any docs-site plugin go through here. HTML, PDF and PNG renderers load lazily.
import { dirname, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { hasErrors } from './diagnostics/diagnostic.js';
import type { InputFormat, ParsedSource } from './parse/source.js';
import { parseSource } from './parse/index.js';
import { validate } from './validate/index.js';
import { analyse, lint } from './analyse/index.js';
import type { Analysis } from './analyse/analysis.js';
import type { Journey } from './model/journey.js';
import { layout } from './layout/index.js';
import { layoutSheets } from './layout/sheets.js';
import { paperWarnings } from './paper-warnings.js';
import type { ThemeName } from './layout/index.js';
import type { Scene } from './layout/scene.js';
import type { Measurer } from './text/measurer.js';
import { normalisePrefix, prefixFrom, renderSvg } from './render/svg/index.js';
import { layoutOverview } from './layout/overview.js';
import { toJson } from './render/json.js';
import { resolveBaseline } from './compare/baseline.js';
import type { Baseline, ReadText } from './compare/baseline.js';
import { baselineGaps } from './compare/gap-lint.js';
import { ioReason } from './io/reason.js';
import { MAX_DIAGNOSTICS } from './model/limits.js';
import { diagnosticAt, problems } from './diagnostics/codes.js';
import type { RuleLevel } from './model/schema.js';
import type { PersonaPhotos } from './model/photo.js';
import { resolvePhotos } from './photos.js';

export const OUTPUT_FORMATS = ['svg', 'html', 'pdf', 'png', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type PageSize = 'fit' | 'a4' | 'a3' | 'letter';

export interface CompileOptions {
  /** Name used in diagnostics and to pick the input format; `<stdin>` when omitted. */
  file?: string;
  inputFormat?: InputFormat;
  theme?: ThemeName;
  measurer?: Measurer;
  /**
   * PDF: page size (default 'fit': one page the size of the map). 'a4', 'a3' and 'letter' lay the map
   * out for sheets of that paper (layoutSheets), landscape unless `portrait`. Also a font file
   * (PDF and PNG; overrides the spec's `font`) and the author.
   */
  page?: PageSize;
  portrait?: boolean;
  fontPath?: string;
  /** PNG: pixels per SVG px (default 2). */
  scale?: number;
  author?: string;
  /** The spec's absolute path, when `file` is shown otherwise; `baseline:` is relative to its folder. */
  path?: string;
  /** Folder that relative spec names and `baseline:` paths start from (default: the process's). */
  cwd?: string;
  /** Reads the file `baseline:` names (default: from disk), so a plugin or test can supply it. */
  readBaseline?: ReadText;
  /** A baseline already prepared (`cjm diff -o`): used instead of the spec's `baseline:`. */
  baseline?: Baseline;
  /**
   * SVG: the map's name prefix for ids, classes and its scoped style (see renderSvg's SvgOptions).
   * Default: derived from `outputName`, else `file`, else the title (prefixFrom), the same on every run.
   */
  idPrefix?: string;
  /** Project defaults from cjm.config.yaml; the spec's own `valleyThreshold:` and `rules:` win. */
  valleyThreshold?: number;
  rules?: Readonly<Record<string, RuleLevel>>;
  /** The output file's name (or path): its stem names the default id prefix. */
  outputName?: string;
  /** SVG and PDF: the full map (default) or the overview for narrow columns (title, stages, touchpoints, curve, valleys, legend). */
  view?: MapView;
}

export const MAP_VIEWS = ['full', 'overview'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** The stem of a file name or path (`docs/clinic.map.svg` → `clinic.map`); undefined for stdin/stdout. */
function stemOf(name: string | undefined): string | undefined {
  if (!name || name === '-' || name === '<stdin>' || name === '<stdout>') return undefined;
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  return stem || undefined;
}

/** The id prefix a compile uses: the option, else the output's stem, else the input's, else the title. */
export function idPrefixFor(journey: Journey, options: Pick<CompileOptions, 'idPrefix' | 'outputName' | 'file'>): string {
  if (options.idPrefix !== undefined && options.idPrefix !== '') return normalisePrefix(options.idPrefix);
  return prefixFrom(stemOf(options.outputName) ?? stemOf(options.file) ?? journey.title);
}

export interface Prepared {
  journey: Journey;
  analysis: Analysis;
  /** The parsed source, so problems found while rendering can point into the file. */
  source?: ParsedSource;
  /** The map named by `baseline:` (or given), compared with this one. */
  baseline?: Baseline;
  /** The personas' photos (`image:`), read from disk, by persona id. */
  photos?: PersonaPhotos;
}

export interface CompileResult {
  /** False when any error diagnostic was reported; then `outputs` is empty. */
  ok: boolean;
  diagnostics: Diagnostic[];
  outputs: Partial<Record<OutputFormat, string | Uint8Array>>;
  journey?: Journey;
  analysis?: Analysis;
}

/** Parse, validate and analyse; no rendering. */
export function prepare(text: string, options: CompileOptions = {}): { prepared?: Prepared; diagnostics: Diagnostic[] } {
  const { prepared, diagnostics } = prepareAll(text, options);
  return { ...(prepared ? { prepared } : {}), diagnostics: capped(diagnostics) };
}

/**
 * The first MAX_DIAGNOSTICS diagnostics and one line counting the rest: a file of 50,000 unknown keys
 * would otherwise print 200,000 lines, and nobody fixes more than the first screenful before rebuilding.
 */
function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const first = diagnostics.slice(0, MAX_DIAGNOSTICS);
  const next = diagnostics[MAX_DIAGNOSTICS]!;
  const { file, line, column, endLine, endColumn } = next;
  const severity = diagnostics.slice(MAX_DIAGNOSTICS).some((d) => d.severity === 'error') ? 'error' : 'warning';
  first.push(diagnosticAt(problems.tooManyDiagnostics(diagnostics.length - MAX_DIAGNOSTICS, severity), file, { line, column, endLine, endColumn }));
  return first;
}

function prepareAll(text: string, options: CompileOptions): { prepared?: Prepared; diagnostics: Diagnostic[] } {
  const file = options.file ?? '<stdin>';
  const parsed = parseSource(text, { file, format: options.inputFormat });
  if (!parsed.source || hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  const validated = validate(parsed.source);
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics];
  if (!validated.journey || hasErrors(diagnostics)) return { diagnostics };
  const journey = withProjectThreshold(validated.journey, options.valleyThreshold);
  if (!journey) {
    const [min, max] = validated.journey.emotionScale;
    diagnostics.push(
      diagnosticAt(
        problems.thresholdOutOfScale(min, max, options.valleyThreshold!, 'valleyThreshold in cjm.config.yaml'),
        file,
        parsed.source.locate(['emotionScale'], 'key'),
      ),
    );
    return { diagnostics };
  }
  const analysis = analyse(journey);
  // Journey-quality warnings (a valley nobody explains, pains with no opportunity) ride along.
  for (const d of lint(journey, analysis, parsed.source, options.rules)) diagnostics.push(d);
  return { prepared: { journey, analysis, source: parsed.source }, diagnostics };
}

/** The config's valleyThreshold applies to maps that set none; undefined when it is off this map's scale. */
function withProjectThreshold(journey: Journey, threshold: number | undefined): Journey | undefined {
  if (threshold === undefined || journey.valleyThreshold !== undefined) return journey;
  const [min, max] = journey.emotionScale;
  return threshold < min || threshold > max ? undefined : { ...journey, valleyThreshold: threshold };
}

const readUtf8: ReadText = (path) => readFile(path, 'utf8');

/** prepare()'s map with its personas' photos read; a photo that cannot be used is an error at its `image:` line. */
function withPhotos(p: Prepared, options: CompileOptions): { prepared?: Prepared; diagnostics: Diagnostic[] } {
  const { photos, diagnostics } = resolvePhotos(p.journey, p.source, {
    file: options.file,
    ...(options.path ? { path: options.path } : {}),
    cwd: options.cwd ?? process.cwd(),
  });
  if (hasErrors(diagnostics)) return { diagnostics };
  return { prepared: Object.keys(photos).length > 0 ? { ...p, photos } : p, diagnostics };
}

/**
 * prepare(), the photos, then the baseline: read through `options.readBaseline`, compared, and the
 * gap check run. A baseline or a photo that cannot be used is an error at its line, and no map is prepared.
 */
export async function prepareWithBaseline(text: string, options: CompileOptions = {}): Promise<{ prepared?: Prepared; diagnostics: Diagnostic[] }> {
  const first = prepare(text, options);
  if (!first.prepared || hasErrors(first.diagnostics)) return { diagnostics: first.diagnostics };
  const pictured = withPhotos(first.prepared, options);
  const diagnostics = [...first.diagnostics, ...pictured.diagnostics];
  const p = pictured.prepared;
  if (!p) return { diagnostics };
  let baseline = options.baseline;
  if (!baseline) {
    const resolved = await resolveBaseline(p.journey, p.analysis, p.source, {
      file: options.file,
      ...(options.path ? { path: options.path } : {}),
      cwd: options.cwd ?? process.cwd(),
      read: options.readBaseline ?? readUtf8,
      reason: ioReason,
    });
    for (const d of resolved.diagnostics) diagnostics.push(d);
    if (hasErrors(resolved.diagnostics) || !resolved.baseline) return hasErrors(resolved.diagnostics) ? { diagnostics } : { prepared: p, diagnostics };
    baseline = resolved.baseline;
  }
  for (const d of baselineGaps(p.journey, baseline, p.source, options.rules)) diagnostics.push(d);
  return { prepared: { ...p, baseline }, diagnostics };
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Where the first of `chars` appears in what the spec draws (1-based, code points): YAML comment
 * lines are skipped, they are not on the map. When none does, the characters come from cjm's own
 * labels, so the `locale:` value is the place to point at; else the start of the file.
 */
function firstUse(source: ParsedSource | undefined, chars: readonly string[]): typeof START {
  if (!source) return START;
  const text = source.format === 'yaml' ? source.text.replace(/^[ \t]*#.*$/gm, (line) => ' '.repeat(line.length)) : source.text;
  const at = chars.reduce((m, c) => {
    const i = text.indexOf(c);
    return i >= 0 && i < m ? i : m;
  }, Infinity);
  if (!Number.isFinite(at)) return source.locate(['locale'], 'value');
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** The spec's `font` is relative to the spec file's folder (to the working directory for stdin). */
const specFontPath = (font: string | undefined, file: string | undefined): string | undefined =>
  font === undefined ? undefined : !file || file === '<stdin>' ? resolve(font) : resolve(dirname(file), font);

/** A --font from the command line wins over the spec's `font:`. */
const fontOption = (p: Prepared, options: CompileOptions): { fontPath?: string } => {
  const fontPath = options.fontPath ?? specFontPath(p.journey.font, options.file);
  return fontPath === undefined ? {} : { fontPath };
};

/** A spec's own `font:` is pointed at; a --font from the command line has no place in the file. */
const fontSpan = (p: Prepared, options: CompileOptions): typeof START => (!options.fontPath && p.source ? p.source.locate(['font'], 'value') : START);
// The baseline rides along, so the HTML page's scenes and the paper sheets draw it as the screen map does.
const sceneOptions = (p: Prepared, options: CompileOptions, theme: ThemeName = options.theme ?? 'light', compact = false) => ({
  theme,
  compact,
  ...(options.measurer ? { measurer: options.measurer } : {}),
  ...(p.baseline ? { baseline: p.baseline } : {}),
  ...(p.photos ? { photos: p.photos } : {}),
});

const sceneFor = (p: Prepared, options: CompileOptions, theme: ThemeName = options.theme ?? 'light', compact = false): Scene =>
  layout(p.journey, p.analysis, sceneOptions(p, options, theme, compact));

/** The scene SVG and PDF draw: the full map, or the overview (which draws no baseline: it has no room for one). */
const mainScene = (p: Prepared, options: CompileOptions): Scene =>
  options.view === 'overview'
    ? layoutOverview(p.journey, p.analysis, { theme: options.theme ?? 'light', ...(options.measurer ? { measurer: options.measurer } : {}) })
    : sceneFor(p, options);

/** Render an already prepared journey into the requested formats. */
export async function renderFormats(
  p: Prepared,
  formats: readonly OutputFormat[],
  options: CompileOptions = {},
): Promise<{ outputs: CompileResult['outputs']; diagnostics: Diagnostic[] }> {
  const outputs: CompileResult['outputs'] = {};
  const diagnostics: Diagnostic[] = [];
  const needsScene = formats.some((f) => f === 'svg' || f === 'png' || (f === 'pdf' && (options.page ?? 'fit') === 'fit'));
  const scene = needsScene ? mainScene(p, options) : undefined;
  for (const format of formats) {
    if (format === 'svg' && scene) outputs.svg = renderSvg(scene, { idPrefix: idPrefixFor(p.journey, options) });
    if (format === 'json') outputs.json = toJson(p.journey, p.analysis);
    if (format === 'html') {
      const { renderHtml } = await import('./render/html/index.js');
      outputs.html = renderHtml({
        journey: p.journey,
        analysis: p.analysis,
        ...(p.photos ? { photos: p.photos } : {}),
        // The page shows the title, persona and valleys itself; its map is the compact one.
        scenes: { light: sceneFor(p, options, 'light', true), dark: sceneFor(p, options, 'dark', true) },
        theme: options.theme ?? 'light',
        // Printed, the page gives the PDF's sheets: the --page paper, A4 when it is 'fit'; never dark on paper.
        print: layoutSheets(p.journey, p.analysis, sceneOptions(p, options, options.theme === 'mono' ? 'mono' : 'light'), {
          paper: (options.page ?? 'fit') === 'fit' ? 'a4' : (options.page as 'a4' | 'a3' | 'letter'),
          portrait: options.portrait ?? false,
        }),
      });
    }
    if (format === 'pdf') {
      const { renderPdf } = await import('./render/pdf/index.js');
      const page = options.page ?? 'fit';
      const paper =
        page === 'fit' ? undefined : layoutSheets(p.journey, p.analysis, sceneOptions(p, options), { paper: page, portrait: options.portrait ?? false });
      const pdf = await renderPdf(paper?.scene ?? scene ?? sceneFor(p, options), {
        ...(paper ? { sheets: paper.sheets } : {}),
        fontPath: options.fontPath ?? specFontPath(p.journey.font, options.file),
        author: options.author ?? (p.journey.personas.map((persona) => persona.name).join(', ') || undefined),
        title: p.journey.title,
      });
      const file = options.file ?? '<stdin>';
      if (paper && page !== 'fit') for (const d of paperWarnings(paper.overflow, p.journey, p.source, file, page)) diagnostics.push(d);
      if (pdf.error !== undefined) {
        // A spec's own `font:` is pointed at; a --font from the command line has no place in the file.
        const span = !options.fontPath && p.source ? p.source.locate(['font'], 'value') : START;
        diagnostics.push({ severity: 'error', code: 'font-unreadable', message: pdf.error, file, ...span });
      } else outputs.pdf = pdf.bytes;
      for (const message of pdf.warnings) {
        diagnostics.push({ severity: 'warning', code: 'missing-glyph', message, file, ...firstUse(p.source, pdf.missing) });
      }
    }
    if (format === 'png' && scene) {
      const { renderPng } = await import('./render/png/index.js');
      const png = await renderPng(scene, {
        ...(options.scale === undefined ? {} : { scale: options.scale }),
        ...fontOption(p, options),
      });
      const file = options.file ?? '<stdin>';
      if (png.error !== undefined) {
        diagnostics.push({ severity: 'error', code: 'font-unreadable', message: png.error, file, ...fontSpan(p, options) });
      } else outputs.png = png.bytes;
      for (const message of png.warnings) {
        diagnostics.push({ severity: 'warning', code: 'missing-glyph', message, file, ...firstUse(p.source, png.missing) });
      }
      if (png.scaledDown) diagnostics.push({ severity: 'warning', code: 'png-scaled-down', message: png.scaledDown, file, ...START });
    }
  }
  return { outputs, diagnostics };
}

/** Compile one source into one or more formats (default SVG). Never throws on bad input. */
export async function compile(text: string, options: CompileOptions & { format?: OutputFormat | readonly OutputFormat[] } = {}): Promise<CompileResult> {
  const { prepared, diagnostics } = await prepareWithBaseline(text, options);
  // A journey-quality rule turned up to error (rules:) fails the build like any other error.
  if (!prepared || hasErrors(diagnostics)) return { ok: false, diagnostics, outputs: {} };
  const formats = typeof options.format === 'string' ? [options.format] : (options.format ?? ['svg']);
  const rendered = await renderFormats(prepared, formats, options);
  const renderFailed = hasErrors(rendered.diagnostics);
  return {
    ok: !renderFailed,
    diagnostics: [...diagnostics, ...rendered.diagnostics],
    outputs: renderFailed ? {} : rendered.outputs,
    journey: prepared.journey,
    analysis: prepared.analysis,
  };
}

/**
 * compile() for SVG alone, with no promise and no lazy import: markdown-it renders synchronously,
 * so the docs-site plugins call this. Never throws on bad input.
 */
export function compileSvgSync(text: string, options: CompileOptions = {}): CompileResult & { svg?: string } {
  const first = prepare(text, options);
  if (!first.prepared) return { ok: false, diagnostics: first.diagnostics, outputs: {} };
  const pictured = withPhotos(first.prepared, options);
  const diagnostics = [...first.diagnostics, ...pictured.diagnostics];
  const prepared = pictured.prepared;
  if (!prepared) return { ok: false, diagnostics, outputs: {} };
  // The same scene and options as renderFormats' SVG.
  const svg = renderSvg(mainScene(prepared, options), { idPrefix: idPrefixFor(prepared.journey, options) });
  return { ok: true, diagnostics, outputs: { svg }, svg, journey: prepared.journey, analysis: prepared.analysis };
}
