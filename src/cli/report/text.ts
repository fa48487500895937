// Human-facing batch output on stderr (check's findings go to stdout, they are the answer).
// On a terminal: one progress line redrawn in place, then a summary. In CI or through a pipe:
// plain lines only (`wrote docs/a.svg`), never a carriage return. --quiet: errors only.
import type { CliContext } from '../context.js';
import type { JobResult } from '../../batch/job.js';
import type { BatchCommand, BatchReport, Reporter } from './summary.js';
import { checkFindings, count, summaryLine } from './summary.js';

/** CI services set CI=true (GitHub, GitLab, CircleCI…); `CI=false` or `0` opts back out. */
export const inCi = (env: CliContext['env']): boolean => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

export function liveTerminal(ctx: CliContext): boolean {
  return Boolean(ctx.stderr.isTTY) && !inCi(ctx.env);
}

const CLEAR_LINE = '\r\x1b[2K';

export function textReporter(ctx: CliContext, command: BatchCommand): Reporter {
  const live = liveTerminal(ctx);
  let total = 0;
  let done = 0;
  let shownPercent = -1;
  let progressVisible = false;
  const clearProgress = (): void => {
    if (progressVisible) ctx.stderr.write(CLEAR_LINE);
    progressVisible = false;
  };
  const drawProgress = (file: string): void => {
    const percent = Math.floor((done * 100) / total);
    if (!live || ctx.quiet || total < 2 || done >= total || percent === shownPercent) return;
    shownPercent = percent;
    const width = String(total).length;
    ctx.stderr.write(`${CLEAR_LINE}[${String(done).padStart(width)}/${total}] ${percent}% ${file}`);
    progressVisible = true;
  };
  return {
    start(n) {
      total = n;
    },
    result(result: JobResult) {
      done += 1;
      clearProgress();
      for (const d of result.diagnostics) ctx.report(d, result.sourceText ?? '');
      if (result.problem) ctx.error(result.problem);
      // Name every file written in logs; on a terminal only for a single map (the summary says the rest).
      if (command === 'build' && (!live || total === 1)) {
        for (const o of result.outputs) {
          if (o.status === 'written') ctx.info(`wrote ${o.shown}`);
          else if (total === 1) ctx.info(`unchanged ${o.shown}`);
        }
      }
      drawProgress(result.file);
    },
    finish(report: BatchReport) {
      clearProgress();
      if (command === 'check') {
        const findings = checkFindings(report);
        for (const line of findings) ctx.stdout.write(`${line}\n`);
        if (findings.length > 0) ctx.fail(1);
      }
      if (count(report.results).failed > 0) ctx.fail(1);
      // One map says all it has to say in its own lines; batches end with a summary.
      if (total > 1) ctx.info(summaryLine(report));
    },
  };
}
