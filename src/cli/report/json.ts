// --reporter json: nothing while building, then one document on stdout with every output's status
// and every diagnostic, for CI annotations and other tools. No timings: same input, same document.
import type { CliContext } from '../context.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticToJson } from '../../diagnostics/format.js';
import type { JobResult } from '../../batch/job.js';
import type { BatchReport, Reporter } from './summary.js';
import { checkFindings, count } from './summary.js';

/** Unreadable sources and unwritable outputs have no position in the spec; they point at its start. */
const problemDiagnostic = (r: JobResult): Diagnostic => ({
  file: r.file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  severity: 'error',
  code: r.problemCode ?? 'io-error',
  message: r.problem ?? '',
});

export function jsonDocument(report: BatchReport): object {
  const c = count(report.results);
  const findings = report.command === 'check' ? checkFindings(report).length : 0;
  const diagnostics = report.results.flatMap((r) => [...r.diagnostics.map(diagnosticToJson), ...(r.problem ? [problemDiagnostic(r)] : [])]);
  return {
    command: report.command,
    ok: c.failed === 0 && findings === 0,
    summary: { ...c, orphans: report.orphans.length },
    maps: report.results.map((r) => ({
      source: r.file,
      failed: r.failed,
      outputs: r.outputs.map((o) => ({ path: o.shown, format: o.format, status: o.status })),
    })),
    ...(report.command === 'check' ? { orphans: report.orphans, temporaries: report.temporaries ?? [] } : {}),
    diagnostics,
    // The same three keys as `cjm validate --reporter json`, so one parser reads both.
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

export function jsonReporter(ctx: CliContext): Reporter {
  return {
    start() {},
    result() {},
    finish(report) {
      const document = jsonDocument(report) as { ok: boolean };
      if (!document.ok) ctx.fail(1);
      ctx.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    },
  };
}
