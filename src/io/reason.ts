// Why a file could not be read or written, in words (not errno codes): every command says the same.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'a file is in the way',
  ENAMETOOLONG: 'the name is too long',
  EOUTSIDE: 'a folder on the way is a symlink that leads outside the output folder; refused',
};

/** A short reason for a failed file operation: known errno codes in words, else the error's message. */
export function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  const known = e?.code === undefined ? undefined : REASONS[e.code];
  if (known) return known;
  return e?.code ?? (err instanceof Error ? err.message : String(err));
}
