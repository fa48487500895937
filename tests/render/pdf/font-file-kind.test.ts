// A spec's `font:` is read as a file; a path that is a pipe or a device (/dev/zero, /dev/stdin)
// would never end or fill memory, so only regular files are read.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFaces } from '../../../src/render/pdf/fonts.js';
import { tempDir } from '../../helpers/temp.js';

let writer: number | undefined;
afterEach(() => {
  // Closing the pipe's writer lets a read still waiting on it finish.
  if (writer !== undefined) closeSync(writer);
  writer = undefined;
});

describe.skipIf(process.platform === 'win32')('font files that are not regular files', () => {
  it('refuses a named pipe at once instead of waiting on it forever', async () => {
    const fifo = join(tempDir('cjm-font-'), 'font.ttf');
    execFileSync('mkfifo', [fifo]);
    // Someone holds the pipe open for writing and never writes: a read would block until they close it.
    writer = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    const loaded = await loadFaces(new Set(['normal']), 'en', fifo);
    expect(loaded).toEqual({ ok: false, message: `cannot use font "${fifo}": not a regular file` });
  });

  it('refuses a device', async () => {
    expect(await loadFaces(new Set(['normal']), 'en', '/dev/null')).toEqual({ ok: false, message: 'cannot use font "/dev/null": not a regular file' });
  });

  it('still says a folder is a folder', async () => {
    const dir = tempDir('cjm-font-');
    expect(await loadFaces(new Set(['normal']), 'en', dir)).toEqual({ ok: false, message: `cannot use font "${dir}": it is a folder` });
  });
});
