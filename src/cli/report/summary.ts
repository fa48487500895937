// What a finished batch amounts to, shared by the text and JSON reporters.
import type { JobResult } from '../../batch/job.js';

export type BatchCommand = 'build' | 'check';

export interface BatchReport {
  command: BatchCommand;
  /** In job (source) order. */
  results: JobResult[];
  /** check --strict: outputs with no source, as messages show them. */
  orphans: string[];
  /** check --strict: temporary files a killed build left behind, as messages show them. */
  temporaries?: string[];
  seconds: number;
}

export interface Reporter {
  start(total: number): void;
  result(result: JobResult): void;
  finish(report: BatchReport): void;
}

export interface Counts {
  /** Maps that built (or, for check, compiled). */
  maps: number;
  failed: number;
  files: number;
  written: number;
  stale: number;
  missing: number;
}

export function count(results: readonly JobResult[]): Counts {
  const outputs = results.flatMap((r) => r.outputs);
  const failed = results.filter((r) => r.failed).length;
  const by = (status: string): number => outputs.filter((o) => o.status === status).length;
  return { maps: results.length - failed, failed, files: outputs.length, written: by('written'), stale: by('stale'), missing: by('missing') };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `built 42 maps (126 files, 3 written) in 0.8 s, 2 failed` */
export function summaryLine(report: BatchReport): string {
  const c = count(report.results);
  const time = `in ${report.seconds.toFixed(1)} s`;
  const failed = c.failed > 0 ? `, ${c.failed} failed` : '';
  if (report.command === 'build') return `built ${plural(c.maps, 'map')} (${plural(c.files, 'file')}, ${c.written} written) ${time}${failed}`;
  const findings = [
    c.stale > 0 && `${c.stale} stale`,
    c.missing > 0 && `${c.missing} missing`,
    report.orphans.length > 0 && `${report.orphans.length} without a source`,
    (report.temporaries?.length ?? 0) > 0 && `${report.temporaries?.length} left-over temporary`,
  ].filter(Boolean);
  // A map that failed was not compared, so "all up to date" would overstate what was checked.
  const verdict = findings.length > 0 ? findings.join(', ') : c.failed > 0 ? 'up to date' : 'all up to date';
  return `checked ${plural(c.maps, 'map')} (${plural(c.files, 'file')}) ${time}: ${verdict}${failed}`;
}

/** `docs/a.svg: stale (from maps/a.yaml)`, one per output check lists, then orphans. */
export function checkFindings(report: BatchReport): string[] {
  const lines = report.results.flatMap((r) =>
    r.outputs.filter((o) => o.status === 'stale' || o.status === 'missing').map((o) => `${o.shown}: ${o.status} (from ${r.file})`),
  );
  const leftovers = (report.temporaries ?? []).map((t) => `${t}: temporary file left by a build that was killed; delete it`);
  return [...lines, ...report.orphans.map((o) => `${o}: no source`), ...leftovers];
}
