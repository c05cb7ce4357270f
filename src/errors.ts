// An error whale reports as one line and exit code 2: the tool could not do what was asked.
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file system error as a few words for a one-line message. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ENOTREG': return 'not a regular file';
    default: return error instanceof Error ? error.message : String(error);
  }
}
