/**
 * Words for a failed file operation. Node's own messages ("EACCES: permission denied, open '…'")
 * name a system call; a person needs to know what to do next.
 */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'you do not have permission to use this file or folder',
  EPERM: 'the system did not allow it (the file may be locked or protected)',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EROFS: 'the disk is read-only',
  ENOENT: 'the file or its folder does not exist (any more)',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'it is a folder, not a file',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open; close some programs and try again',
  ENAMETOOLONG: 'the name or path is too long',
  EFBIG: 'the file is too large for this disk',
  EIO: 'the disk reported a read or write error',
};

export function fileErrorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const reason = code === undefined ? undefined : REASONS[code];
  if (reason !== undefined) return reason;
  return error instanceof Error ? error.message : String(error);
}
