// Every problem the docs-site plugins report about a ```journey fence itself (not the spec in it),
// with its wording, in one place like src/diagnostics/codes.ts.
import type { Problem } from '../diagnostics/codes.js';
import { quoted } from '../diagnostics/values.js';

const error = (code: string, message: string, hint?: string): Problem =>
  hint === undefined ? { code, severity: 'error', message } : { code, severity: 'error', message, hint };

export const fenceProblems = {
  srcOutsideRoot: (src: string, root: string) =>
    error(
      'journey-src-outside-root',
      `src=${quoted(src)} points outside the docs root ${quoted(root)}`,
      "keep maps inside the docs folder, or set the plugin's `root` option",
    ),
  srcUnreadable: (src: string, reason: string) =>
    error('journey-src-unreadable', `cannot read src=${quoted(src)}: ${reason}`, 'the path is relative to the page holding the fence'),
  srcWithBody: () =>
    error('journey-src-with-body', 'this fence has both src= and a spec inside it', 'keep one: the file named by src, or the spec in the fence'),
} as const;

/** Every code above. */
export const FENCE_DIAGNOSTIC_CODES = ['journey-src-outside-root', 'journey-src-unreadable', 'journey-src-with-body'] as const;
