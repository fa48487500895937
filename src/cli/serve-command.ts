// Glue for `cjm serve`: the watch loop compiles HTML in memory with the job runner (nothing is written to disk) and
// hands each page, with live reload added, to the server, which tells open browsers to reload.
import { extname, relative, sep } from 'node:path';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import type { BatchSettings } from './batch-options.js';
import { watchLoop } from './watch-loop.js';
import { compile } from '../compile.js';
import { compileJob } from '../batch/job.js';
import type { Job } from '../batch/job.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { SourceFile } from '../batch/sources.js';
import { startServer } from '../serve/server.js';
import type { MapServer } from '../serve/server.js';
import { errorPage, withLiveReload } from '../serve/live-reload.js';
import { readSpecFile, specReadProblem } from '../io/read-spec.js';

/** `/team/onboarding.html` for `maps/team/onboarding.yaml` served from `maps`. */
export function pagePath(source: SourceFile): string {
  const rel = relative(source.base, source.path).split(sep).join('/');
  return `/${rel.slice(0, rel.length - extname(rel).length)}.html`;
}

async function servePage(source: SourceFile, settings: BatchSettings, server: MapServer, served: Set<string>, ctx: CliContext, first: boolean): Promise<void> {
  const path = pagePath(source);
  // A refused spec (a symlink out of the folder, a device) is named on stderr; its page shows no content.
  const read = await readSpecFile(source.path, source.root ?? source.base);
  if (!read.ok) {
    if (read.unsafe) ctx.error(specReadProblem(source.file, read));
    return;
  }
  const text = read.text;
  // The job runner's writer here is the server: the page lives in memory, not on disk.
  const job: Job = {
    id: 0,
    file: source.file,
    path: source.path,
    outputs: [{ format: 'html', path, shown: path }],
    options: settings.options,
    mode: 'write',
    cwd: ctx.cwd,
  };
  const result = await compileJob(job, text, compile, async (output, html) => {
    server.setPage(output.path, withLiveReload(String(html)));
    return 'written';
  });
  for (const d of result.diagnostics) ctx.report(d, text);
  if (!result.failed) {
    served.add(path);
    if (!first) ctx.info(`rebuilt ${source.file} → ${server.origin}${path}`);
  } else if (!served.has(path)) {
    // Nothing good to show yet: show why, on a page that reloads once the spec is fixed.
    server.setPage(path, errorPage(source.file, result.diagnostics.map((d) => formatDiagnostic(d, text, { color: false })).join('\n')));
  } else {
    ctx.info(`${source.file}: not rebuilt; the page keeps its last good version`);
  }
  server.reload(path);
}

export async function serveMaps(settings: BatchSettings, port: number, ctx: CliContext): Promise<void> {
  let server: MapServer;
  try {
    server = await startServer(port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return ctx.error(
      code === 'EADDRINUSE'
        ? `port ${port} is in use; pick another with --port (0 for any free one)`
        : `cannot listen on 127.0.0.1:${port}: ${code ?? String(err)}`,
      EXIT.usage,
    );
  }
  const served = new Set<string>();
  try {
    await watchLoop({
      settings,
      ctx,
      async rebuild(sources, first, live) {
        for (const source of sources) await servePage(source, settings, server, served, live, first);
      },
      ready(sources) {
        const first = sources.length === 1 && sources[0] ? pagePath(sources[0]) : '/';
        ctx.stdout.write(`serving ${sources.length} ${sources.length === 1 ? 'map' : 'maps'} at ${server.origin}${first} (Ctrl-C stops)\n`);
      },
    });
  } finally {
    await server.close();
  }
}
