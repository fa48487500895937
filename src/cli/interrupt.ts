// Ctrl-C and `kill` during a batch. The first signal stops new maps from starting and lets the ones
// being written finish, so every output on disk is whole; the process then dies by that signal, as
// shells and CI runners expect. A second signal does not wait: it removes this process's temporary
// files and exits at once.
import { unlinkSync } from 'node:fs';
import { tempPathFor } from '../io/write.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type TrappedSignal = (typeof SIGNALS)[number];

export interface Interrupts {
  signal: AbortSignal;
  /** The signal that arrived, if any. */
  received(): TrappedSignal | undefined;
  /** Stops trapping; when a signal arrived, re-raises it so the process ends the way the caller asked. */
  release(): void;
}

export function removeTemporaries(outputPaths: Iterable<string>): void {
  for (const path of outputPaths) {
    try {
      unlinkSync(tempPathFor(path));
    } catch {
      // not there: nothing was being written to it
    }
  }
}

export function trapInterrupts(outputPaths: () => Iterable<string>): Interrupts {
  const controller = new AbortController();
  let got: TrappedSignal | undefined;
  const handlers = SIGNALS.map((name) => {
    const handler = (): void => {
      if (got) {
        removeTemporaries(outputPaths());
        process.exit(name === 'SIGINT' ? 130 : 143);
      }
      got = name;
      controller.abort();
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    received: () => got,
    release() {
      for (const [name, handler] of handlers) process.off(name, handler);
      if (got) {
        removeTemporaries(outputPaths());
        process.kill(process.pid, got);
      }
    },
  };
}
