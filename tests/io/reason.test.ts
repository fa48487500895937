import { describe, expect, it } from 'vitest';
import { ioReason } from '../../src/io/reason.js';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: raw message`), { code });

describe('ioReason', () => {
  it('says in words what an errno code means', () => {
    expect(ioReason(errno('EACCES'))).toBe('permission denied');
    expect(ioReason(errno('ENOENT'))).toBe('no such file');
    expect(ioReason(errno('ENOTDIR'))).toBe('a part of the path is a file, not a folder');
    expect(ioReason(errno('EISDIR'))).toBe('is a folder');
  });

  it('falls back to the code, then to the message', () => {
    expect(ioReason(errno('EWHATEVER'))).toBe('EWHATEVER');
    expect(ioReason(new Error('boom'))).toBe('boom');
    expect(ioReason('text')).toBe('text');
  });
});
